"""Printable and exportable output: safety-plan and summary PDFs, statistics exports.

Depends on ``riskapp.domain`` only; never on Qt or the vault. Builds in memory and writes
only to the path the caller chose.
"""

from reportlab import rl_config

# reportlab validates every attribute set on a chart shape (shapeChecking), a development
# aid that cost a large share of the statistics PDF's time. It is read when
# reportlab.graphics.shapes is first imported, so it is switched off here, before any
# report module imports it.
rl_config.shapeChecking = 0
