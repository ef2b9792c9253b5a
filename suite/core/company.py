"""Office-wide settings in the database, and the company details used on letterheads."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from suite.core import permissions as P
from suite.core.models import Attachment, Setting
from suite.plugin_api.context import DEFAULT_TIMEZONE, Context
from suite.plugin_api.errors import ValidationError
from suite.plugin_api.i18n import domain

T = domain("core")

MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class Company:
    name: str = ""
    address: str = ""
    phone: str = ""
    logo: bytes | None = None
    timezone: str = DEFAULT_TIMEZONE


def get_setting(ctx: Context, namespace: str, key: str, default: Any = None) -> Any:
    with ctx.read() as s:
        row = s.scalar(select(Setting.value).where(Setting.namespace == namespace, Setting.key == key))
    return default if row is None else json.loads(row)


def get_settings(ctx: Context, namespace: str) -> dict[str, Any]:
    with ctx.read() as s:
        return {k: json.loads(v) for k, v in s.execute(select(Setting.key, Setting.value).where(Setting.namespace == namespace))}


def set_setting(ctx: Context, namespace: str, key: str, value: Any, *, permission: str | None = P.SETTINGS_MANAGE) -> None:
    """Store an office-wide setting. ``permission`` is what the caller must hold (a plugin
    passes its own configuration permission)."""
    if permission:
        ctx.require(permission)
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    with ctx.unit_of_work() as s:
        row = s.scalar(select(Setting).where(Setting.namespace == namespace, Setting.key == key))
        if row is None:
            s.add(Setting(namespace=namespace, key=key, value=encoded))
        elif row.value != encoded:
            row.value = encoded


def get_company(ctx: Context) -> Company:
    values = get_settings(ctx, "company")
    logo = None
    if values.get("logo_attachment_id"):
        with ctx.read() as s:
            logo = s.scalar(select(Attachment.data).where(Attachment.id == values["logo_attachment_id"]))
    return Company(
        name=values.get("name", ""),
        address=values.get("address", ""),
        phone=values.get("phone", ""),
        logo=logo,
        timezone=values.get("timezone", DEFAULT_TIMEZONE),
    )


_MISSING = object()


def save_company(ctx: Context, *, name: Any = _MISSING, address: Any = _MISSING, phone: Any = _MISSING,
                 logo: Any = _MISSING, logo_filename: str = "logo.png", timezone: Any = _MISSING) -> None:
    """Change the company details. ``logo`` takes PNG/JPEG bytes, or None to remove it."""
    ctx.require(P.COMPANY_MANAGE)
    errors = {}
    if name is not _MISSING:
        name = (name or "").strip()
        if not name:
            errors["name"] = T("The company needs a name: it heads every printed report.")
        elif len(name) > 100:
            errors["name"] = T("At most {n} characters.", n=100)
    if timezone is not _MISSING:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            errors["timezone"] = T("Unknown time zone \u201c{tz}\u201d.", tz=timezone)
    if logo not in (_MISSING, None):
        if len(logo) > MAX_LOGO_BYTES:
            errors["logo"] = T("The logo is too large (at most 2 MB).")
        elif not (logo.startswith(b"\x89PNG") or logo.startswith(b"\xff\xd8")):
            errors["logo"] = T("The logo must be a PNG or JPEG picture.")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work():
        for key, value in (("name", name), ("address", address), ("phone", phone), ("timezone", timezone)):
            if value is not _MISSING:
                set_setting(ctx, "company", key, (value or "").strip(), permission=None)
        if logo is not _MISSING:
            attachment_id = None
            if logo is not None:
                with ctx.unit_of_work() as s:
                    att = Attachment(filename=logo_filename, mime="image/png" if logo.startswith(b"\x89PNG") else "image/jpeg",
                                     size=len(logo), sha256=hashlib.sha256(logo).hexdigest(), data=logo)
                    s.add(att)
                    s.flush()
                    attachment_id = att.id
            set_setting(ctx, "company", "logo_attachment_id", attachment_id, permission=None)


def office_timezone(ctx: Context) -> str:
    return get_setting(ctx, "company", "timezone", DEFAULT_TIMEZONE) or DEFAULT_TIMEZONE
