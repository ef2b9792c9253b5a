"""Every active plugin's models are loaded, and the mappers configured, when the program opens
its database: a background thread's first query can then never configure the mappers while a
page is half-way through importing a plugin's models (the intermittent "expression
'InquiryNote' failed to locate a name")."""

from __future__ import annotations

import json
import os
import subprocess
import sys

CHECK = """
import json, sys
from suite.bootstrap import open_runtime
from suite.db.base import Base
rt = open_runtime(sys.argv[1], migrate=False)
modules = [m for loc in rt.host.migration_locations() for m in loc.models]
print(json.dumps({
    "modules": modules,
    "loaded": [m for m in modules if m in sys.modules],
    "unconfigured": [m.class_.__name__ for m in Base.registry.mappers if not m.configured],
    "tables": sorted(Base.metadata.tables),
}))
"""


def test_opening_the_database_loads_every_plugins_models_and_configures_them(run_suite, tmp_path, suite_home):
    url = f"sqlite:///{tmp_path / 'office.db'}"
    upgraded = run_suite("--db", url, "db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    out = subprocess.run([sys.executable, "-c", CHECK, url], capture_output=True, text=True, check=True,
                         env={**os.environ, "SUITE_HOME": str(suite_home)})
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert len(seen["modules"]) >= 6  # the core and every built-in plugin
    assert seen["loaded"] == seen["modules"]
    assert seen["unconfigured"] == []
    for prefix in ("orders_", "cmp_", "qa_", "inv_", "perf_"):
        assert any(t.startswith(prefix) for t in seen["tables"]), prefix
