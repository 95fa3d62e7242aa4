"""Pure domain logic: no Qt, no database, no file system beyond reading form files.

Returns codes and values, never UI sentences; ``ui``, ``reports`` and the CLI word them.
"""
