"""Printouts: printing and previewing our PDFs, the save-as-PDF dialog, and the print
and save actions for plans and summaries."""
