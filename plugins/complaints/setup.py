"""The complaints desk's step of the set-up checklist: the office hours, done once they were
saved (the defaults, every day 08:00-20:00, are a guess until someone looks at them): changed
anywhere, or kept as they are with Save on the settings opened from the step (elsewhere a
settings dialog saved unchanged stores nothing)."""

from __future__ import annotations

from suite.plugin_api import core
from suite.plugin_api.context import Context


def hours_saved(ctx: Context) -> bool:
    """The desk's settings (opening hours) were saved at least once."""
    values = core.get_settings(ctx, "complaints")
    return "day_hours" in values or "open_minute" in values
