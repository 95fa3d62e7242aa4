"""Safety plans: the checklist editor and its version history."""
