"""The counter's Reports screen: the period's figures on screen, as tables and charts."""

from anjungan.counter.screens.reports.controller import ReportsController
from anjungan.counter.screens.reports.view import ReportsView

__all__ = ["ReportsController", "ReportsView"]
