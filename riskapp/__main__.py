"""``python -m riskapp``: same as the ``riskapp`` console script."""

import sys

from riskapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
