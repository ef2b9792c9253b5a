"""Colours shared by the widgets: badge levels, chart series, error text."""

from __future__ import annotations

from PySide6.QtGui import QColor

#: badge level -> (background, text)
BADGE_COLOURS: dict[str, tuple[str, str]] = {
    "neutral": ("#e8eaed", "#3c4043"),
    "info": ("#d2e3fc", "#174ea6"),
    "success": ("#ceead6", "#0d652d"),
    "warning": ("#feefc3", "#8a4b00"),
    "danger": ("#fad2cf", "#a50e0e"),
}

#: colours of chart series, in order (distinct also for colour-blind readers)
SERIES_COLOURS = ("#1a73e8", "#e8710a", "#188038", "#a142f4", "#d93025", "#12b5cb", "#9aa0a6")

ERROR_COLOUR = "#c5221f"
NEGATIVE_COLOUR = "#c5221f"
MUTED_COLOUR = "#5f6368"


def badge_colours(level: str) -> tuple[QColor, QColor]:
    bg, fg = BADGE_COLOURS.get(level, BADGE_COLOURS["neutral"])
    return QColor(bg), QColor(fg)


def series_colour(index: int) -> QColor:
    return QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
