"""The database layer: one declarative base, one engine, one way to open a unit of work."""
