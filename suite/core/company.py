"""Office-wide settings in the database, and the company details used on letterheads."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from suite.core import permissions as P
from suite.core.models import Attachment, Setting
from suite.core.validation import clean_text, lookup_text, storable
from suite.plugin_api.context import DEFAULT_TIMEZONE, Context
from suite.plugin_api.errors import ValidationError
from suite.plugin_api.i18n import domain

T = domain("core")

MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class Company:
    """The office's letterhead and time zone, as reports and the clock use them."""
    name: str = ""
    address: str = ""
    phone: str = ""
    logo: bytes | None = None
    timezone: str = DEFAULT_TIMEZONE


#: settings only certain permissions may write, whatever permission the caller names:
#: (namespace, key or None for every key) -> permission
PROTECTED_SETTINGS: dict[tuple[str, str | None], str] = {
    ("company", None): P.COMPANY_MANAGE,
    ("company", "timezone"): P.SETTINGS_MANAGE,  # moves every day boundary, clock and report
    ("core", None): P.SETTINGS_MANAGE,
}


_MISSING = object()


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True, sort_keys=True, default=str)


def get_setting(ctx: Context, namespace: str, key: str, default: Any = None) -> Any:
    """An office-wide setting (shared by every PC), the JSON value stored under (*namespace*,
    *key*), or *default*."""
    if lookup_text(namespace, 60) is None or lookup_text(key, 100) is None:
        return default
    with ctx.read() as s:
        row = s.scalar(select(Setting.value).where(Setting.namespace == namespace, Setting.key == key))
    return default if row is None else json.loads(row)


def get_settings(ctx: Context, namespace: str, *, session=None) -> dict[str, Any]:
    """Every setting of *namespace* as ``{key: value}`` (``session``: read in that open
    session instead of a new one, as a service that already holds one does)."""
    if lookup_text(namespace, 60) is None:
        return {}
    stmt = select(Setting.key, Setting.value).where(Setting.namespace == namespace)
    if session is not None:
        return {k: json.loads(v) for k, v in session.execute(stmt)}
    with ctx.read() as s:
        return {k: json.loads(v) for k, v in s.execute(stmt)}


def set_setting(ctx: Context, namespace: str, key: str, value: Any, *, permission: str = P.SETTINGS_MANAGE,
                default: Any = _MISSING) -> None:
    """Store an office-wide setting. ``permission`` is what the caller must hold (a plugin
    passes its own configuration permission); there is no "anyone may": ``None`` is a
    programming error. Nothing is written (and nothing audited) when the value is the one
    stored, or, with ``default`` given, when nothing is stored and the value is the default
    (a settings page saved unchanged writes no row). The company's settings and the core's need their own permissions
    besides (:data:`PROTECTED_SETTINGS`; the office time zone needs ``settings.manage``)."""
    if not permission or not isinstance(permission, str):
        raise TypeError("set_setting needs the permission its caller must hold (permission=None is not allowed)")
    needed = [permission]
    for (ns, k), perm in PROTECTED_SETTINGS.items():
        if ns == namespace and k in (None, key) and perm not in needed:
            needed.append(perm)
    ctx.require(*needed)
    errors: dict[str, object] = {}
    clean_text(errors, "namespace", namespace, 60, required=T("A setting needs a namespace."), strip=False)
    clean_text(errors, "key", key, 100, required=T("A setting needs a name."), strip=False)
    if errors:
        raise ValidationError(fields=errors)
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)  # NUL becomes \u0000
    if not storable(encoded):  # a lone surrogate: stored escaped, read back as it was
        encoded = json.dumps(value, ensure_ascii=True, sort_keys=True, default=str)
    with ctx.unit_of_work() as s:
        row = s.scalar(select(Setting).where(Setting.namespace == namespace, Setting.key == key))
        if row is None:
            if default is not _MISSING and _encode(default) == _encode(value):
                return
            s.add(Setting(namespace=namespace, key=key, value=encoded))
        elif row.value != encoded:
            row.value = encoded


def get_company(ctx: Context) -> Company:
    """The company details from the settings (name, address, phone, logo, time zone)."""
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


def save_company(ctx: Context, *, name: Any = _MISSING, address: Any = _MISSING, phone: Any = _MISSING,
                 logo: Any = _MISSING, logo_filename: str = "logo.png", timezone: Any = _MISSING) -> None:
    """Change the company details. ``logo`` takes PNG/JPEG bytes, or None to remove it."""
    ctx.require(P.COMPANY_MANAGE)
    if timezone is not _MISSING:
        ctx.require(P.SETTINGS_MANAGE)  # the office time zone moves every day boundary and clock
    errors: dict[str, object] = {}
    if name is not _MISSING:
        name = clean_text(errors, "name", name, 100, required=T("The company needs a name: it heads every printed report."))
    if address is not _MISSING:
        address = clean_text(errors, "address", address, 300)
    if phone is not _MISSING:
        phone = clean_text(errors, "phone", phone, 40)
    if timezone is not _MISSING and not _known_timezone(timezone):
        from suite.core.validation import shown

        errors["timezone"] = T("Unknown time zone \u201c{tz}\u201d.", tz=shown(timezone))
    if logo not in (_MISSING, None) and not isinstance(logo, (bytes, bytearray)):
        errors["logo"] = T("The logo must be a PNG or JPEG picture.")
    elif logo not in (_MISSING, None):
        logo = bytes(logo)
        if len(logo) > MAX_LOGO_BYTES:
            errors["logo"] = T("The logo is too large (at most 2 MB).")
        elif not (logo.startswith(b"\x89PNG") or logo.startswith(b"\xff\xd8")):
            errors["logo"] = T("The logo must be a PNG or JPEG picture.")
    if errors:
        raise ValidationError(fields=errors)
    with ctx.unit_of_work():
        for key, value in (("name", name), ("address", address), ("phone", phone), ("timezone", timezone)):
            if value is not _MISSING:
                set_setting(ctx, "company", key, value or "", permission=P.COMPANY_MANAGE)
        if logo is not _MISSING:
            attachment_id = None
            if logo is not None:
                with ctx.unit_of_work() as s:
                    att = Attachment(filename=logo_filename, mime="image/png" if logo.startswith(b"\x89PNG") else "image/jpeg",
                                     size=len(logo), sha256=hashlib.sha256(logo).hexdigest(), data=logo)
                    s.add(att)
                    s.flush()
                    attachment_id = att.id
            set_setting(ctx, "company", "logo_attachment_id", attachment_id, permission=P.COMPANY_MANAGE)


def _known_timezone(value: Any) -> bool:
    from zoneinfo import available_timezones

    global _TIMEZONES
    if _TIMEZONES is None:
        _TIMEZONES = frozenset(available_timezones())
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*", value) or len(value) > 60:
        return False
    if value in _TIMEZONES:
        return True
    try:  # a time zone database that cannot list itself (some Windows installs)
        from zoneinfo import ZoneInfo

        ZoneInfo(value)
        return True
    except Exception:  # noqa: BLE001 - whatever the reason, it is not a zone we can use
        return False


_TIMEZONES: frozenset[str] | None = None


def office_timezone(ctx: Context) -> str:
    return get_setting(ctx, "company", "timezone", DEFAULT_TIMEZONE) or DEFAULT_TIMEZONE
