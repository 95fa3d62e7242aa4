"""The encrypted store (SQLCipher 4 + per-user key slots). See vault/README in docstrings."""
