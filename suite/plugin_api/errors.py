"""Errors that services raise and every front end (GUI, command line) explains.

Each carries a message that is translated when it is shown (see :mod:`suite.plugin_api.i18n`),
so services never need to know the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping


class SuiteError(Exception):
    """Base of every error the suite explains to a user instead of showing a traceback."""

    def __init__(self, message: object = "", **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message)

    def __str__(self) -> str:
        text = str(self.message)
        if self.params:
            try:
                return text.format(**self.params)
            except (KeyError, IndexError, ValueError):
                return text
        return text


class UserError(SuiteError):
    """The user asked for something that cannot be done as asked (bad URL, missing file...)."""


class PermissionDenied(SuiteError):
    """The acting user lacks a permission a service needs."""

    def __init__(self, permission: str, message: object = "") -> None:
        from suite.plugin_api.i18n import Msg

        self.permission = permission
        super().__init__(
            message or Msg("errors", "You do not have the permission \u201c{permission}\u201d."),
            permission=permission,
        )


class NotFound(SuiteError):
    """A record the caller named does not exist (or is archived)."""


class ConflictError(SuiteError):
    """Someone else saved the same record since it was read (optimistic lock)."""

    def __init__(self, message: object = "", *, table: str = "", row_id: object = None) -> None:
        from suite.plugin_api.i18n import Msg

        self.table = table
        self.row_id = row_id
        super().__init__(
            message
            or Msg(
                "errors",
                "Someone else changed this record while you were editing it. "
                "Nothing of yours was saved.",
            )
        )


class ValidationError(SuiteError):
    """Input that breaks a rule. ``fields`` maps a field name to its message.

    A form shows each message beside its field; the command line prints them one per line.
    Nothing is written when this is raised.
    """

    def __init__(
        self, message: object = "", fields: Mapping[str, object] | None = None, **params: object
    ) -> None:
        from suite.plugin_api.i18n import Msg

        self.fields = dict(fields or {})
        if not message:
            if len(self.fields) == 1:
                message = next(iter(self.fields.values()))
            else:
                message = Msg("errors", "Please correct the highlighted fields.")
        super().__init__(message, **params)

    def field_messages(self) -> dict[str, str]:
        return {name: str(text) for name, text in self.fields.items()}

    def __str__(self) -> str:
        head = super().__str__()
        if len(self.fields) > 1:
            return head + " " + "; ".join(f"{k}: {v}" for k, v in self.field_messages().items())
        return head


class PluginError(SuiteError):
    """A plugin could not be loaded or misbehaved."""


def check_version(row, expected_version: int | None, *, table: str = "", row_id: object = None) -> None:
    """The one optimistic-lock check of an update service: *expected_version* is the version
    the caller read (``view.version``). ``None`` for an existing record is a programming error
    (TypeError: a caller that forgot it would silently overwrite someone's work); a different
    version raises :class:`ConflictError` and the service writes nothing."""
    if expected_version is None or isinstance(expected_version, bool) or not isinstance(expected_version, int):
        raise TypeError(f"expected_version must be the version the caller read, not {expected_version!r}")
    if row.version != expected_version:
        raise ConflictError(table=table or getattr(row, "__tablename__", ""),
                            row_id=row_id if row_id is not None else getattr(row, "id", None))
