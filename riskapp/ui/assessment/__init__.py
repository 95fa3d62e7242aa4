"""The guided assessment: ``AssessmentWizard`` and its pages and question widgets."""

from riskapp.ui.assessment.wizard import AssessmentWizard

__all__ = ["AssessmentWizard"]
