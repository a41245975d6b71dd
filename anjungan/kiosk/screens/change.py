"""Change FKTP or class: identity, what the kiosk can already tell, choice, confirmation.

Owns `ChangeController` (the view is `change_view.ChangeView`). Steps: the NIK (a change
request names the person by NIK), the date of birth (the identity check: the server
compares it with the record and refuses a mismatch, 422 ``identity_mismatch``), the
masked status (`GET /v1/participants/nik/...`), a first look at eligibility with what
the kiosk may see (`change_rules`), the choice (an FKTP from the nearest ones in the
offline directory, or a class), and the request (`POST /v1/participants/changes/fktp`
or `/class`) under a fresh request id, so a retry after a timeout cannot make two
requests. A refusal is shown with its reason and the day it becomes possible. The NIK
and the birth date stay in memory only until `reset`. Source: DOMAIN.md "Data changes".
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QObject, Signal

from anjungan.core.clock import Clock
from anjungan.core.domain.changes import Eligibility
from anjungan.core.domain.segments import CareClass
from anjungan.core.wire.participants import (
    ChangeAccepted,
    ClassChangeIn,
    FktpChangeIn,
    ParticipantPublic,
)
from anjungan.kiosk.connectivity import Connectivity
from anjungan.kiosk.errors import Explanation
from anjungan.kiosk.places import Place
from anjungan.kiosk.reference import DirectoryKeeper
from anjungan.kiosk.screens import format as fmt
from anjungan.kiosk.screens.base import Flow
from anjungan.kiosk.screens.change_rules import class_choices, class_prescreen, fktp_prescreen
from anjungan.kiosk.screens.change_view import MAX_FKTP_CHOICES, ChangeView
from anjungan.kiosk.ui.banner import Level, NextStep
from anjungan.kiosk.worker import Worker
from anjungan.sync.api import ApiClient
from anjungan.sync.errors import InvalidInput, NotFoundError, RuleRefused


class ChangeController(QObject):
    home_requested = Signal()

    def __init__(
        self,
        view: ChangeView,
        *,
        api: ApiClient,
        worker: Worker,
        connectivity: Connectivity,
        clock: Clock,
        keeper: DirectoryKeeper,
        location: tuple[float, float] | None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.api = api
        self.clock = clock
        self.keeper = keeper
        self.location = location
        self.flow = Flow(view, worker, connectivity)
        self.nik: str | None = None
        self.birth_date: date | None = None
        self.person: ParticipantPublic | None = None
        self.new_fktp: Place | None = None
        self.new_class: CareClass | None = None
        self.request_id: uuid.UUID | None = None
        view.home_requested.connect(self.home_requested)
        view.identify.submitted.connect(self._nik_typed)
        view.date_entry.submitted.connect(self._birth_date_typed)
        view.fktp_button.clicked.connect(self.ask_fktp)
        view.class_button.clicked.connect(self.ask_class)
        view.fktp_chosen.connect(self.choose_fktp)
        view.class_chosen.connect(self.choose_class)
        for back in (view.fktp_back, view.class_back, view.confirm_back):
            back.clicked.connect(lambda: view.show_page(view.choose_page))
        view.confirm_button.clicked.connect(self.confirm)
        view.done_button.clicked.connect(self.home_requested)

    def open(self) -> None:
        self.reset()

    # -- identity --------------------------------------------------------------------------

    def _nik_typed(self, digits: str, kind: str) -> None:
        if kind != "nik":
            self.view.identify.reset()
            self.view.banner.show_message(
                Level.WARNING,
                self.tr("A change request needs your NIK: the 16 digits on your KTP."),
                NextStep.CHECK_INPUT,
            )
            return
        self.view.banner.clear()
        self.nik = digits
        self.view.date_entry.reset()
        self.view.show_page(self.view.birth_page)

    def _birth_date_typed(self, day: date) -> None:
        if self.nik is None:
            return
        self.birth_date = day
        api, nik = self.api, self.nik
        self.flow.call(
            lambda: api.participant(nik, "nik"), self._found, failed=self._not_found, name="who"
        )

    def _not_found(self, error: Exception, _explained: Explanation) -> None:
        if isinstance(error, NotFoundError | InvalidInput):
            self.nik = self.birth_date = None
            self.view.clear_pages()
            self.view.show_page(self.view.identify)

    def _found(self, person: ParticipantPublic) -> None:
        self.person = person
        fktp = f"{person.fktp.name} ({person.fktp.code})" if person.fktp.name else person.fktp.code
        self.view.show_choices(person.masked_name, fktp, fmt.label(person.care_class))

    # -- choosing --------------------------------------------------------------------------

    def ask_fktp(self) -> None:
        if self.person is None:
            return
        refused = fktp_prescreen(self.person, self.clock.today())
        if refused is not None:
            self._show_refusal(refused)
            return
        candidates = self._nearby_fktp(self.person)
        if not candidates:
            self.view.banner.show_message(
                Level.WARNING,
                self.tr("The list of FKTP is not on this kiosk yet."),
                NextStep.COUNTER,
            )
            return
        self.view.banner.clear()
        self.view.show_fktp_choices(candidates)

    def _nearby_fktp(self, person: ParticipantPublic) -> list[Place]:
        directory = self.keeper.directory
        current = directory.get(person.fktp.code)
        # Near the FKTP the participant has now (near home), else near this kiosk.
        near = self.location
        if current is not None and current.latitude is not None and current.longitude is not None:
            near = (current.latitude, current.longitude)
        return directory.search(
            fktp_only=True, near=near, exclude=[person.fktp.code], limit=MAX_FKTP_CHOICES
        )

    def ask_class(self) -> None:
        if self.person is None:
            return
        refused = class_prescreen(self.person, self.clock.today())
        if refused is not None:
            self._show_refusal(refused)
            return
        self.view.banner.clear()
        self.view.show_class_choices(class_choices(self.person))

    def choose_fktp(self, code: str) -> None:
        place = self.keeper.directory.get(code)
        if place is None or self.person is None:
            return
        self.new_fktp, self.new_class = place, None
        self.request_id = uuid.uuid4()
        current = self.person.fktp.name or self.person.fktp.code
        self.view.show_confirm(
            self.tr("Change your FKTP from %1 to %2?")
            .replace("%1", current)
            .replace("%2", place.name)
        )

    def choose_class(self, value: str) -> None:
        if self.person is None:
            return
        self.new_class, self.new_fktp = CareClass(value), None
        self.request_id = uuid.uuid4()
        new = fmt.pick(self.new_class.label_id, self.new_class.label_en)
        self.view.show_confirm(
            self.tr("Change the care class of your whole family from %1 to %2?")
            .replace("%1", fmt.label(self.person.care_class))
            .replace("%2", new)
        )

    # -- sending ---------------------------------------------------------------------------

    def confirm(self) -> None:
        nik, birth, request_id = self.nik, self.birth_date, self.request_id
        if nik is None or birth is None or request_id is None:
            return
        api = self.api
        if self.new_fktp is not None:
            fktp = FktpChangeIn(
                nik=nik, birth_date=birth, fktp_code=self.new_fktp.code, request_id=request_id
            )
            self.flow.call(
                lambda: api.request_fktp_change(fktp),
                self._accepted,
                failed=self._refused,
                cancellable=False,
                name="fktp change",
            )
        elif self.new_class is not None:
            care = ClassChangeIn(
                nik=nik, birth_date=birth, care_class=self.new_class.value, request_id=request_id
            )
            self.flow.call(
                lambda: api.request_class_change(care),
                self._accepted,
                failed=self._refused,
                cancellable=False,
                name="class change",
            )

    def _accepted(self, answer: ChangeAccepted) -> None:
        # The server's sentence names the change and the day it applies.
        self.view.show_result(
            True,
            fmt.pick(answer.message_id, answer.message_en),
            self.tr("You do not need to do anything else. Questions: Care Center 165."),
        )

    def _refused(self, error: Exception, _explained: Explanation) -> None:
        if isinstance(error, RuleRefused):
            self.view.banner.clear()
            self._show_refusal(
                Eligibility.refuse(
                    error.code, error.message_id, error.message_en, error.earliest_on
                )
            )
        elif isinstance(error, InvalidInput) and error.code == "identity_mismatch":
            # Keep the banner's sentence; let the participant type the date again.
            self.birth_date = None
            self.view.date_entry.reset()
            self.view.show_page(self.view.birth_page)

    def _show_refusal(self, refused: Eligibility) -> None:
        text = fmt.pick(refused.message_id or "", refused.message_en or "")
        note = self.tr("Please take a queue number for the counter, or call Care Center 165.")
        if refused.earliest_on is not None and refused.code != "change_already_pending":
            note = (
                self.tr("You can ask again from %1.").replace(
                    "%1", fmt.long_date(refused.earliest_on)
                )
                + " "
                + note
            )
        self.view.show_result(False, text, note)

    # -- leaving ---------------------------------------------------------------------------

    def reset(self) -> None:
        self.flow.reset()
        self.nik = self.birth_date = None
        self.person = None
        self.new_fktp = self.new_class = None
        self.request_id = None
        self.view.clear_pages()
        self.view.show_page(self.view.identify)
