"""Clients: the searchable list, the details dialog and one client's page."""
