"""The set-up checklist of a new office: what must be entered before the suite is useful.

Every step is a :class:`~suite.plugin_api.records.SetupStep` (the core's below, the plugins'
through ``suite_setup_steps``). Whether a step is done is computed from the data each time
(the letterhead has an address, a phone and a logo; an active area exists; ...), so a step
done on another PC, by an import, or undone again (the last area deactivated) shows as it
is. The only thing stored is the office's choice that a step does not apply to it
(:func:`dismiss`), under the ``core`` settings namespace, shared by every PC.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import exists, select

from suite.core import permissions as P
from suite.core.company import get_company, get_setting, set_setting
from suite.core.models import Area, Customer, Staff, User
from suite.plugin_api.context import Context
from suite.plugin_api.errors import ValidationError
from suite.plugin_api.i18n import domain
from suite.plugin_api.records import SetupStep

T = domain("core")
log = logging.getLogger("suite.setup")

DISMISSED_KEY = "setup_dismissed"
#: who sees the checklist (and may dismiss a step): the people who set the office up
SETUP_PERMISSION = P.SETTINGS_MANAGE

# ---------------------------------------------------------------------------- the core's steps


def letterhead_done(ctx: Context) -> bool:
    company = get_company(ctx.as_system())
    return bool(company.address.strip() and company.phone.strip() and company.logo)


def _any(ctx: Context, condition) -> bool:
    with ctx.read() as s:
        return bool(s.scalar(select(exists().where(condition))))


def areas_done(ctx: Context) -> bool:
    return _any(ctx, Area.archived.is_(False))


def staff_done(ctx: Context) -> bool:
    return _any(ctx, Staff.archived.is_(False))


def logins_done(ctx: Context) -> bool:
    with ctx.read() as s:
        return bool(s.scalar(select(exists().where(Staff.archived.is_(False), Staff.user_id == User.id,
                                                   User.active.is_(True)))))


def customers_done(ctx: Context) -> bool:
    """Any customer (typed in or imported): for a plugin's "import customers" step."""
    return _any(ctx, Customer.archived.is_(False))


# ---------------------------------------------------------------------------- the checklist


@dataclass(frozen=True)
class StepState:
    """A step as the checklist shows it: ``done`` computed now, ``dismissed`` by the office,
    ``failed`` when its check raised (shown as not done; the error is in the log)."""

    step: SetupStep
    done: bool
    dismissed: bool = False
    failed: bool = False

    @property
    def settled(self) -> bool:
        return self.done or self.dismissed


def steps(ctx: Context) -> list[SetupStep]:
    """Every step the acting user may do: the core's and the plugins', in order."""
    if ctx.host is not None:
        records = list(ctx.host.setup_steps())
    else:
        from suite.core.plugin import CORE_STEPS

        records = list(CORE_STEPS)
    return [r for r in records if not r.permission or ctx.can(r.permission)]


def dismissed(ctx: Context) -> set[str]:
    value = get_setting(ctx, "core", DISMISSED_KEY, [])
    return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()


def checklist(ctx: Context) -> list[StepState]:
    """The checklist for the acting user (empty for a user who does not set the office up)."""
    if not ctx.can(SETUP_PERMISSION):
        return []
    from suite.host import resolve

    gone = dismissed(ctx)
    out = []
    for step in steps(ctx):
        try:
            done, failed = bool(resolve(step.done)(ctx)), False
        except Exception:  # noqa: BLE001 - one plugin's check must not hide the checklist
            log.exception("set-up step %s (%s): its check failed", step.id, step.plugin)
            done, failed = False, True
        out.append(StepState(step, done, step.id in gone and step.can_dismiss, failed))
    return out


def finished(states: list[StepState]) -> bool:
    """Every step done or dismissed: the home page no longer shows the checklist."""
    return all(s.settled for s in states)


def dismiss(ctx: Context, step_id: str, dismissed_: bool = True) -> None:
    """Record that a step does not apply to this office (``dismissed_=False`` brings it
    back). A step that cannot be dismissed (the letterhead) or an unknown id is refused."""
    ctx.require(SETUP_PERMISSION)
    step = next((s for s in steps(ctx) if s.id == step_id), None)
    if step is None:
        raise ValidationError(T("There is no set-up step \u201c{step}\u201d.", step=str(step_id)[:100]))
    if dismissed_ and not step.can_dismiss:
        raise ValidationError(T("\u201c{step}\u201d is needed by every office: it cannot be skipped.", step=step.title))
    current = dismissed(ctx)
    new = current | {step_id} if dismissed_ else current - {step_id}
    if new != current:
        set_setting(ctx, "core", DISMISSED_KEY, sorted(new), permission=SETUP_PERMISSION)
