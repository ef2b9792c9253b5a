"""Files kept in the database (the scan of a supplier's licence, a logo): the bytes, their
name, type, size and SHA-256, written and read under the caller's permission. A file whose
bytes no longer match their SHA-256 is refused when read."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass

from suite.core.models import Attachment
from suite.plugin_api.context import Context
from suite.plugin_api.errors import NotFound, SuiteError, ValidationError
from suite.plugin_api.i18n import domain

T = domain("core")

MAX_ATTACHMENT_BYTES = 10_000_000


@dataclass(frozen=True)
class AttachmentView:
    """A kept file without its bytes: its name, MIME type, size in bytes and SHA-256 (hex)."""

    id: int
    filename: str
    mime: str
    size: int
    sha256: str


def save_attachment(ctx: Context, filename: str, data: bytes, *, permission: str, field: str = "attachment") -> int:
    """Keep a file; returns its id. Inside a caller's unit of work it joins that transaction,
    so a record and its attachment are saved together or not at all."""
    ctx.require(permission)
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not name:
        raise ValidationError(fields={field: T("The file has no name.")})
    if not isinstance(data, (bytes, bytearray)) or not data:
        raise ValidationError(fields={field: T("The file {name} is empty.", name=name)})
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(fields={field: T("The file {name} is too large (at most 10 MB).", name=name)})
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    with ctx.unit_of_work() as s:
        att = Attachment(filename=name[:255], mime=mime[:100], size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                         data=bytes(data))
        s.add(att)
        s.flush()
        return att.id


def _get(s, attachment_id: int) -> Attachment:
    att = s.get(Attachment, attachment_id) if attachment_id is not None else None
    if att is None:
        raise NotFound(T("That file does not exist."))
    return att


def attachment_info(ctx: Context, attachment_id: int, *, permission: str) -> AttachmentView:
    """What is known of a kept file, without reading its bytes (``permission``: the right the
    caller's record asks for; NotFound when there is no such file)."""
    ctx.require(permission)
    with ctx.read() as s:
        a = _get(s, attachment_id)
        return AttachmentView(a.id, a.filename, a.mime, a.size, a.sha256)


def attachment_data(ctx: Context, attachment_id: int, *, permission: str) -> tuple[AttachmentView, bytes]:
    """The file and its bytes, checked against the SHA-256 taken when it was kept."""
    ctx.require(permission)
    with ctx.read() as s:
        a = _get(s, attachment_id)
        data = bytes(a.data)
        if hashlib.sha256(data).hexdigest() != a.sha256:
            raise SuiteError(T("The file {name} was changed after it was kept: it does not match its "
                               "fingerprint.", name=a.filename))
        return AttachmentView(a.id, a.filename, a.mime, a.size, a.sha256), data
