"""The desktop shell of the suite and the shared widgets every plugin reuses."""
