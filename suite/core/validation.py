"""Checks every core service makes on what it is given, before anything is written.

The database must never be the one to refuse: PostgreSQL refuses an over-long ``varchar``, a
NUL character or an unknown foreign key with a driver error, where SQLite stores the value
as it is. So lengths, characters and references are checked here, with messages in the
user's language, and both databases answer alike.
"""

from __future__ import annotations

import re
from typing import Any

from suite.plugin_api.i18n import domain

T = domain("core")

#: the largest id a PostgreSQL ``integer`` column holds; a larger one is simply unknown
MAX_ID = 2**31 - 1
#: longest free text (notes, descriptions) a form takes
MAX_NOTES = 4000

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> bool:
    """False when *text* holds a character no database column can store (NUL, a lone
    surrogate of broken UTF-16)."""
    return _UNSTORABLE.search(text) is None


def clean_text(errors: dict, field: str, value: Any, max_length: int, *, required: object = None,
               strip: bool = True) -> str:
    """*value* as stored text (stripped), or an entry in *errors* under *field*: not text, an
    unstorable character, longer than *max_length*, or empty when *required* (its message)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        errors.setdefault(field, T("Enter text here."))
        return ""
    text = value.strip() if strip else value
    if not storable(text):
        errors.setdefault(field, T("This text holds a character that cannot be stored (NUL or a broken "
                                   "character): type it again."))
    elif len(text) > max_length:
        errors.setdefault(field, T("At most {n} characters.", n=max_length))
    elif required is not None and not text:
        errors.setdefault(field, required)
    return text


def valid_id(value: Any) -> bool:
    """True for a value that can be the id of a row (an int within the column's range)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_ID


def get_row(session, model, row_id: Any):
    """The row of *model* with id *row_id*, or None (also for ids no row can have)."""
    return session.get(model, row_id) if valid_id(row_id) else None


def lookup_text(value: Any, max_length: int) -> str | None:
    """A typed name or code to look a row up by, or None when no row can have it."""
    if not isinstance(value, str) or len(value) > max_length or not storable(value):
        return None
    return value


def shown(text: Any, max_length: int = 40) -> str:
    """*text* as it can be quoted in a message (unstorable characters replaced, shortened)."""
    text = text if isinstance(text, str) else str(text)
    return _UNSTORABLE.sub("\ufffd", text[:max_length])


def searchable(text: Any) -> str:
    """Typed search text without the characters no column holds (they could match nothing)."""
    return _UNSTORABLE.sub("", text) if isinstance(text, str) else ""


def flush_unique(session, field: str, message: object) -> None:
    """Flush; a unique constraint the service's own check could not see coming (another PC
    saved the same name a moment ago) becomes *message* on *field* instead of a driver error."""
    from sqlalchemy.exc import IntegrityError

    from suite.plugin_api.errors import ValidationError

    try:
        session.flush()
    except IntegrityError as exc:
        orig = getattr(exc, "orig", None)
        if getattr(orig, "sqlstate", None) == "23505" or "UNIQUE constraint failed" in str(orig):
            raise ValidationError(fields={field: message}) from None
        raise
