"""The sync screen: pending work, last sync and last error, "sync now", the records the
server refused (fix and send again), and the recent registrations and complaints with
what the server assigned (registration number, card numbers, virtual accounts, tickets).

`view.py` is the frame and the lists, `fix.py` the fix form of one refused record, and
`controller.py` the reading, the runs and the resubmission through `SyncPort`.
"""

from anjungan.counter.screens.sync_panel.controller import SyncPanelController, SyncPort
from anjungan.counter.screens.sync_panel.view import SyncPanelView

__all__ = ["SyncPanelController", "SyncPanelView", "SyncPort"]
