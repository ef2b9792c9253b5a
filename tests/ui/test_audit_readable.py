"""Issue 14 §7: an audit log a manager can read (labels, formatted values, one change per
row) and a settings dialog whose Save with nothing changed writes nothing."""

from __future__ import annotations

from sqlalchemy import func, select


def _audit_rows(ctx) -> int:
    from suite.core.models import AuditLog

    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(AuditLog))


def test_saving_the_settings_unchanged_writes_no_audit_row(owner_window, runtime, qtbot):
    from tests.ui.conftest import settle

    before = _audit_rows(runtime.ctx)
    for _ in range(2):  # defaults never stored, then again
        dialog = owner_window.open_settings()
        assert dialog.save()
        settle(qtbot)
    assert _audit_rows(runtime.ctx) == before
    # one real change writes one row, of that setting
    dialog = owner_window.open_settings()
    kitchen = next(w for r, w in dialog.pages if r.id == "kitchen.settings")
    kitchen.min_grams.setValue(kitchen.min_grams.value() + 5)
    assert dialog.save()
    settle(qtbot)
    assert _audit_rows(runtime.ctx) == before + 1
