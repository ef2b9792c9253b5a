"""Where the suite keeps its settings, data, backups and logs.

Everything goes through platformdirs, so a Windows PC uses %LOCALAPPDATA% and %APPDATA% and a
Linux desktop the XDG folders. ``SUITE_HOME`` moves all of it under one folder (a portable
install on a USB stick, the tests, the demo).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from suite import APP_AUTHOR, APP_NAME


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def default_database(self) -> Path:
        return self.data_dir / "suite.db"

    @property
    def demo_database(self) -> Path:
        return self.data_dir / "demo.db"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "suite.log"

    def ensure(self) -> "Paths":
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def get_paths() -> Paths:
    home = os.environ.get("SUITE_HOME")
    if home:
        root = Path(home).expanduser().resolve()
        return Paths(root / "config", root / "data", root / "logs")
    import platformdirs

    return Paths(
        Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR, roaming=True)),
        Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )
