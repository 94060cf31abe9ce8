"""The roster editor (supervisors and managers): the week's grid, the shift form and the CSV import report."""

from pitstop_desktop.views.roster.window import RosterEditor

__all__ = ["RosterEditor"]
