"""Printable and exportable output: safety-plan and summary PDFs, statistics exports.

Depends on ``riskapp.domain`` only; never on Qt or the vault. Builds in memory and writes
only to the path the caller chose.
"""
