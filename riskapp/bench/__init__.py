"""``riskapp bench``: every hot path measured against its floor in the same run.

``dataset`` builds a reproducible (seeded) vault in a temporary directory, bulk-inserted
straight through the vault's schema in one transaction, plus a plain SQLite copy of it;
``measure`` times an app path and its floor interleaved, round by round, and reports the
medians; ``vault_rows`` and ``report_rows`` define the rows of issue 15's table; ``run``
puts them together. Nothing here is imported by the app itself, and no test times it.
"""
