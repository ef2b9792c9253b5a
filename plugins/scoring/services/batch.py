"""Printing every assessment of a month at once: one PDF, or one file per person into a
folder, with progress and cancel (the GUI runs it in a worker; the command line renders
``scoring.assessment`` with ``staff=all``)."""

from __future__ import annotations

import contextvars
import re
from collections.abc import Callable
from pathlib import Path

from suite.plugin_api.context import Context
from suite.plugin_api.reports import render_report
from suite_plugins.scoring.services import common, months

#: (progress(done, total), cancelled()) for the story being built on this thread
HOOKS: contextvars.ContextVar = contextvars.ContextVar("scoring_batch_hooks", default=(None, None))


def _safe(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("_") or "staff"


def render_batch(ctx: Context, month: int, out: str | Path, *, department: str = "", one_file: bool = True,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """Render the assessments of everyone in scope (of a department). ``one_file``: one PDF
    at ``out``; else one PDF per person into the folder ``out``. Returns the files written
    (none when cancelled before the end of a single file)."""
    label = common.month_label(month)
    if one_file:
        token = HOOKS.set((progress, cancelled))
        try:
            path = render_report(ctx, "scoring.assessment", {"month": label, "staff": "all", "department": department},
                                 out)
        finally:
            HOOKS.reset(token)
        return [] if cancelled is not None and cancelled() else [path]
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    people = [ln for ln in months.sheet(ctx, month, department=department or None)]
    written = []
    for i, ln in enumerate(people):
        if cancelled is not None and cancelled():
            break
        target = folder / f"{label}-{_safe(ln['name'])}-{ln['staff_id']}.pdf"
        written.append(render_report(ctx, "scoring.assessment",
                                     {"month": label, "staff": str(ln["staff_id"]), "department": department}, target))
        if progress is not None:
            progress(i + 1, len(people))
    return written
