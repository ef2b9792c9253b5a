"""Package layout for setuptools.

The repository keeps the plugins, the core Alembic environment and the resources in
top-level folders (plugins/, migrations/, resources/). They install under import names that
cannot collide with other distributions: suite_plugins, suite.core_migrations and
suite.resources. Everything else lives in pyproject.toml.
"""

from setuptools import find_packages, setup

MAPPED = {
    "suite_plugins": "plugins",
    "suite.core_migrations": "migrations",
    "suite.resources": "resources",
}

packages = find_packages(include=["suite", "suite.*"])
for name, folder in MAPPED.items():
    packages.append(name)
    packages += [f"{name}.{sub}" for sub in find_packages(folder)]

setup(
    packages=packages,
    package_dir=MAPPED,
    package_data={
        "suite.resources": ["*.qss", "*.md", "icons/*", "i18n/*", "sample/*"],
        "suite.core_migrations": ["*.mako"],
        "suite_plugins": ["*/i18n/*", "*/resources/*"],
        "suite": ["scaffold/**/*", "scaffold/*"],
    },
)
