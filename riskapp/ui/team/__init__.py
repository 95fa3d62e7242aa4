"""The team-leader area: users, the audit log and statistics."""
