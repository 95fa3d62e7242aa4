"""riskapp: risk assessment and safety planning for Swedish municipal violence teams.

Layers (imports point down only): ``ui`` -> ``services`` -> ``reports``, ``vault`` ->
``domain``. ``domain`` imports neither Qt nor sqlcipher3.
"""

__version__ = "0.1.0"
