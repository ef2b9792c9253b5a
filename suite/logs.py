"""Logging to a rotating file in the platformdirs log folder.

Personal data stays out: the engine hides SQL parameters (``hide_parameters=True``) and the
suite's own messages name record ids, never phone numbers or addresses.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

_configured: Path | None = None


def setup_logging(log_file: Path, *, verbose: bool = False) -> Path:
    global _configured
    if _configured == log_file:
        return log_file
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_suite", False):
            root.removeHandler(handler)
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"))
    handler._suite = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    if verbose:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console._suite = True  # type: ignore[attr-defined]
        root.addHandler(console)
    _configured = log_file
    return log_file
