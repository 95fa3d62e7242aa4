"""Command-line handlers, one module per command group.

Each handler is ``def handler(args: argparse.Namespace, console: Console) -> int`` and
raises ``RiskappError`` subclasses for expected failures (``riskapp.cli`` prints them).
Handlers call the same vault/domain/report/service functions as the GUI.
"""
