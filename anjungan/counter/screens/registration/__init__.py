"""The registration wizard: segment, family from the KK, address, FKTP and class,
documents, autodebit account, review, save (DOMAIN.md "Registration requirements").

`view.py` is the frame, `pages.py`, `family.py` and `outcome.py` the pages, and
`controller.py` the flow, live validation and the save through `RegistrationPort`.
"""

from anjungan.counter.screens.registration.controller import (
    RegistrationController,
    RegistrationPort,
)
from anjungan.counter.screens.registration.view import RegistrationView

__all__ = ["RegistrationController", "RegistrationPort", "RegistrationView"]
