"""daejo (대조): a fact-consistency checker for Korean news."""

__version__ = "0.1.0"
