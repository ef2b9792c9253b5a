"""Labels of record types and fields, for what a user reads: the audit log, exports, forms.

A model says what one of its rows is called with ``__label__`` and each column with
``info={"label": ...}``, both translatable messages of the plugin's catalog, so the
string extractor finds them (``python -m suite.i18n_tools update``)::

    from suite.plugin_api.db import Base, RecordMixin
    from suite.plugin_api.i18n import domain

    T = domain("orders")

    class Crew(RecordMixin, Base):
        __tablename__ = "orders_crews"
        __label__ = T("Crew")                    # a record type, singular
        __record_name__ = ("day", "driver_staff_id")  # how one row is named (optional)

        day: Mapped[dt.date] = mapped_column(Date, info={"label": T("Day")})
        driver_staff_id: Mapped[int] = mapped_column(ForeignKey("core_staff.id"),
                                                     info={"label": T("Driver")})
        status: Mapped[str] = mapped_column(String(10), info={
            "label": T("Status"), "choices": {"new": T("New"), "done": T("Done")}})
        # or choices kept elsewhere, imported when first shown: "choices": "mypkg.codes:STATUS"

A table declared without a class (an association table) carries the same keys in
``Table(..., info={"label": ...})``. The columns of the mixins (``id``, ``created_at``,
``version``...) are labelled once in :mod:`suite.plugin_api.db`.

Then :func:`table_label` and :func:`column_label` give the text in the user's language.
Where a model declares nothing (a table of an older plugin, a table since removed) both fall
back to a readable English label made from the name (``orders_vehicle_checks`` -> ``Vehicle
checks``, ``driver_staff_id`` -> ``Driver staff``), so nobody ever reads a raw name.
``tests/core/test_labels.py`` fails for a built-in table or column without a declared label;
a plugin's own tests can do the same with :func:`missing_labels`.

``__record_name__`` names a row in the audit log instead of its number: a column key, a
tuple of keys (joined with a space; a foreign key among them is itself named) or a function
of the row's mapping. Without it the first not empty of ``name``, ``title``, ``number``,
``plate``, ``code`` the table has is used, else ``#id``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from suite.plugin_api.i18n import Msg, text_of

__all__ = [
    "column_label", "table_label", "derive_label", "choice_label", "label_info", "missing_labels",
    "model_for", "table_for", "column_for", "record_name_spec", "FirstOf", "NAME_COLUMNS",
]

#: columns that name a row, tried in this order when a model declares no ``__record_name__``
NAME_COLUMNS = ("name", "display_name", "title", "number", "plate", "code", "subject")

_PREFIXES = ("core_", "orders_", "cmp_", "qa_", "inv_", "perf_", "kitchen_", "scoring_", "complaints_",
             "inventory_")
_tables: dict[str, Any] = {}
_models: dict[str, type] = {}


def derive_label(name: str, *, table: bool = False) -> str:
    """A readable English label from a table or column name: the plugin prefix (tables) and
    a trailing ``_id`` dropped, underscores as spaces, the first letter a capital."""
    text = name or ""
    if table:
        for prefix in _PREFIXES:
            if text.startswith(prefix):
                text = text[len(prefix):]
                break
        else:
            head, sep, rest = text.partition("_")
            if sep and rest:
                text = rest
    if text.endswith("_id") and len(text) > 3:
        text = text[:-3]
    text = re.sub(r"_+", " ", text).strip()
    return (text[:1].upper() + text[1:]) if text else name


def _refresh() -> None:
    from suite.db.base import Base

    _tables.clear()
    _tables.update(Base.metadata.tables)
    _models.clear()
    for mapper in Base.registry.mappers:
        table = getattr(mapper, "local_table", None)
        if table is not None and getattr(table, "name", None):
            _models.setdefault(table.name, mapper.class_)


def table_for(table_name: str):
    """The ``Table`` of that name among the loaded models, or None."""
    if table_name not in _tables:
        _refresh()
    return _tables.get(table_name)


def model_for(table_name: str) -> type | None:
    """The mapped class of a table, or None (a plain table, or one no loaded plugin has)."""
    if table_name not in _models or table_name not in _tables:
        _refresh()
    return _models.get(table_name)


def _declared_table_label(table_name: str) -> Msg | str | None:
    model = model_for(table_name)
    if model is not None and model.__dict__.get("__label__"):
        return model.__dict__["__label__"]
    table = table_for(table_name)
    if table is not None:
        return table.info.get("label")
    return None


def column_for(table_name: str, key: str):
    """The Column behind attribute *key* of *table_name*, or None. Never configures the
    mappers (a plugin's models may still be importing in another thread)."""
    table = table_for(table_name)
    if table is None:
        return None
    column = table.c.get(key)
    if column is not None:
        return column
    model = model_for(table_name)
    if model is not None:  # an attribute named apart from its column
        from sqlalchemy import inspect

        try:
            prop = inspect(model).get_property(key, _configure_mappers=False)
        except Exception:  # noqa: BLE001 - not a mapped attribute
            return None
        columns = getattr(prop, "columns", None)
        if columns:
            return columns[0]
    return None


def label_info(table_name: str, key: str) -> Mapping[str, Any]:
    """The ``info`` of a table's column (an attribute key of its model), ``{}`` if unknown."""
    column = column_for(table_name, key)
    return column.info if column is not None else {}


def table_label(table_name: str) -> str:
    """What one record of *table_name* is called, in the user's language (``orders_crews`` ->
    ``Crew`` / ``车组``); a readable English name when the model declares none."""
    declared = _declared_table_label(table_name)
    return text_of(declared) if declared else derive_label(table_name, table=True)


def column_label(table_name: str, key: str) -> str:
    """The label of a field of *table_name* (``driver_staff_id`` -> ``Driver`` / ``司机``); a
    readable English name when the column declares none."""
    declared = label_info(table_name, key).get("label")
    return text_of(declared) if declared else derive_label(key)


def choice_label(table_name: str, key: str, value: Any) -> str | None:
    """The words for a coded value (``"confirmed"`` -> ``Confirmed``) when the column
    declares ``info={"choices": {...}}``, else None."""
    choices = label_info(table_name, key).get("choices")
    if isinstance(choices, str):  # "module:attr", imported when first needed
        choices = _resolve(choices)
    if not choices:
        return None
    found = choices.get(value)
    return text_of(found) if found is not None else None


_resolved: dict[str, Any] = {}


def _resolve(ref: str) -> Any:
    if ref not in _resolved:
        import importlib

        module, _, attr = ref.partition(":")
        try:
            _resolved[ref] = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):
            _resolved[ref] = None
    return _resolved[ref]


def record_name_spec(table_name: str) -> tuple[str, ...] | Callable[[Mapping], str] | None:
    """How a row of *table_name* is named: a function of the row, column keys, or None."""
    model = model_for(table_name)
    spec = getattr(model, "__record_name__", None) if model is not None else None
    if callable(spec):
        return spec
    if isinstance(spec, str):
        return (spec,)
    if spec:
        return tuple(spec)
    table = table_for(table_name)
    if table is None:
        return None
    found = FirstOf(name for name in NAME_COLUMNS if name in table.c)
    return found or None


class FirstOf(tuple):
    """Name columns of a table that declares none: the first one not empty names the row."""


def missing_labels(tables: Iterable | None = None) -> list[str]:
    """``table`` or ``table.column`` for every table (default: all loaded) or column that
    declares no label: what a plugin's test asserts is empty."""
    from suite.db.base import Base

    out: list[str] = []
    for table in (tables if tables is not None else Base.metadata.tables.values()):
        if not _declared_table_label(table.name):
            out.append(table.name)
        model = model_for(table.name)
        keys: dict[str, Any] = {}
        if model is not None:
            from sqlalchemy import inspect

            for attr in inspect(model).column_attrs:
                keys[attr.key] = attr.columns[0]
        else:
            keys = {c.key: c for c in table.c}
        for key, column in keys.items():
            if not column.info.get("label"):
                out.append(f"{table.name}.{key}")
    return out
