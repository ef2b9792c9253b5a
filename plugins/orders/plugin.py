"""Order desk plugin: hook implementations only (the rules live in services)."""

NAME = "orders"
TITLE = "Order desk"
VERSION = "0.1.0"
API_VERSION = "1.0"
REQUIRES: tuple[str, ...] = ()
OPTIONAL: tuple[str, ...] = ("inventory", "complaints")
