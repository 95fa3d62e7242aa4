"""Statistics: aggregation over plain records and disclosure control (k=5)."""
