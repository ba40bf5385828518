"""The frozen app's entry point: exactly `qundesk` (desktop.__main__.main).

A large chat export is read on several cores by helper processes (models.exchange.chat
.parts), which a frozen app starts as itself with multiprocessing's arguments:
`freeze_support` runs them instead of the app (multiprocessing is loaded only then).
"""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    if any("multiprocessing" in argument for argument in sys.argv[1:]):
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
