"""Use cases shared by the CLI and the GUI: one function per action, around vault+domain+reports.

Like Anki's aqt/operations: the GUI's slots and the CLI's handlers both call these, so a
behaviour (an audit row, a permission check, a file written atomically) exists once.
"""
