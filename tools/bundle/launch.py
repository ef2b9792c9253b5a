"""The frozen program's entry point: the same command line as the installed ``suite``."""

import multiprocessing
import sys

from suite.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
