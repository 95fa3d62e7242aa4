"""Entry script of the bundle's console executable, riskapp (see riskapp.spec)."""

import sys

from riskapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
