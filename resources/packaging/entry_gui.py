"""Entry script of the bundle's windowed executable, riskapp-gui (see riskapp.spec)."""

import sys

from riskapp.ui.shell.app import main

if __name__ == "__main__":
    sys.exit(main())
