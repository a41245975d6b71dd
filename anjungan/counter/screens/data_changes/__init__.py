"""The data-change screen: identity, contact, rank and salary, family members, FKTP, class,
reactivation with the amount to pay, WNI abroad, segment change (DOMAIN.md "Data changes").

`view.py` is the frame, `panels.py` the fields of each change type, and `controller.py`
the live checks, the preview and the save through `DataChangesPort`.
"""

from anjungan.counter.screens.data_changes.controller import (
    DataChangesController,
    DataChangesPort,
)
from anjungan.counter.screens.data_changes.view import DataChangesView

__all__ = ["DataChangesController", "DataChangesPort", "DataChangesView"]
