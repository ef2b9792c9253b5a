"""The first-party plugins of the suite (installed as ``suite_plugins``). Each is an
ordinary plugin registered through the ``suite.plugins`` entry-point group."""
