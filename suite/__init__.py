"""Back-office suite for small restaurants and bottled-water delivery offices."""

__version__ = "0.1.0"
APP_NAME = "BackOfficeSuite"
APP_AUTHOR = "BackOfficeSuite"
