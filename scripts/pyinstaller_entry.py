"""Entry script for the PyInstaller bundle (a package __main__ cannot be frozen directly)."""

import sys

from workstation.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
