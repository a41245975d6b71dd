"""The complaints screen: a form with the live working-day due date, and the officer's list
with countdown badges, filters and search (seed 000 "Standar Penanganan Pengaduan").
"""

from anjungan.counter.screens.complaints.controller import ComplaintsController, ComplaintsPort
from anjungan.counter.screens.complaints.view import ComplaintsView

__all__ = ["ComplaintsController", "ComplaintsPort", "ComplaintsView"]
