"""The frozen app's entry point: exactly `qundesk` (desktop.__main__.main)."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
