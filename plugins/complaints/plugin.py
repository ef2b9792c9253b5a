"""Complaints plugin: hook implementations only (the rules live in services)."""

NAME = "complaints"
TITLE = "Complaints and after-sales"
VERSION = "0.1.0"
API_VERSION = "1.0"
REQUIRES: tuple[str, ...] = ("orders",)
OPTIONAL: tuple[str, ...] = ("inventory",)
