"""The guided assessment: the wizard, its pages and question widgets."""
