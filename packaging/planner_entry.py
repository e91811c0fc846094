"""The frozen app's entry point: the same `planner` command that pip installs."""

import sys

from planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
