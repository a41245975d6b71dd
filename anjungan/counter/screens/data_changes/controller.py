"""The data-change screen's controller: the type switch, live checks, the preview, the save.

Owns the flow between the officer's keys and the use case: choosing a type shows its
panel and binds its fields to their error labels; every change runs `check_change` and
the errors go next to their fields, while the preview says what the change does (the
effective date, the amount to pay, the new monthly iuran, a deadline); the documents
to tick follow the type and its kind or reason; saving runs `record_data_change` on the
database worker, then shows the reference and clears the form for the next participant.
A reactivation or class change asks the central server for the months in arrears
(`bill_lookup.py`) once the participant is named. Must not import the store:
`DataChangesPort` is implemented by the composition root.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from anjungan.core.domain.money import format_rupiah
from anjungan.core.domain.tariffs import tariffs_on
from anjungan.core.errors import AnjunganError
from anjungan.core.services.data_changes import (
    ChangeDecision,
    ChangeForm,
    ChangeType,
    RecordedChange,
    check_change,
    documents_needed,
)
from anjungan.core.services.forms import FormInvalid
from anjungan.counter.screens.data_changes.bill_lookup import BillLookup
from anjungan.counter.screens.data_changes.view import DataChangesView
from anjungan.counter.widgets.formatting import format_date
from anjungan.counter.widgets.keyboard import EnterAdvances
from anjungan.counter.worker import DbWorker
from anjungan.sync.api import ApiClient

log = logging.getLogger(__name__)


class DataChangesPort(Protocol):
    def today(self) -> date: ...

    def now(self) -> datetime: ...

    def record_change(self, form: ChangeForm) -> RecordedChange: ...


class DataChangesController(QObject):
    def __init__(
        self,
        view: DataChangesView,
        port: DataChangesPort,
        worker: DbWorker,
        lang: Callable[[], str],
        *,
        net: DbWorker | None = None,
        client: Callable[[], ApiClient | None] = lambda: None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.port = port
        self.worker = worker
        self.lang = lang
        self._saving = False
        self._last: RecordedChange | None = None
        self.enter = EnterAdvances(view.chain, self.save, self)
        self.bill = BillLookup(view, port, net, client, lang, filled=self.revalidate)
        """The months in arrears from the central server (reactivation, class change)."""
        self._wire()
        self._type_changed()

    def _wire(self) -> None:
        v = self.view
        v.change_type.currentIndexChanged.connect(self._type_changed)
        for edit in (v.card_number, v.nik):
            edit.textEdited.connect(self.revalidate)
            edit.textEdited.connect(self.bill.participant_changed)
        self.enter.watch(v.change_type, v.card_number, v.nik)
        for panel in v.panels.values():
            for widget in panel.inputs.values():
                if isinstance(widget, QLineEdit):
                    widget.textEdited.connect(self.revalidate)
                elif isinstance(widget, QComboBox):
                    widget.currentIndexChanged.connect(self.revalidate)
                elif isinstance(widget, QCheckBox):
                    widget.toggled.connect(self.revalidate)
                self.enter.watch(widget)
        v.save_button.clicked.connect(self.save)
        v.save_shortcut.activated.connect(self.save)
        v.language_changed.connect(self.refresh_texts)

    def _type_changed(self) -> None:
        v = self.view
        v.show_type(v.current())
        names = {name for panel in v.panels.values() for name in panel.inputs}
        v.errors.unbind(names)
        v.panel().bind(v.errors)
        v.errors.reset()
        v.panel().set_banks(tariffs_on(self.port.today()).registration.autodebit_banks)
        self.revalidate()
        self.bill.participant_changed()
        v.fix_tab_order()

    # -- live validation ------------------------------------------------------------
    def revalidate(self) -> list[str]:
        """Check the form as it stands; returns the fields in error."""
        form = self.view.form()
        self._show_documents(form)
        checked = check_change(form, self.port.today())
        self.view.errors.update(checked.errors)
        self._show_preview(checked.decision)
        return [e.field for e in checked.errors]

    def _show_documents(self, form: ChangeForm) -> None:
        boxes = self.view.documents.set_documents(documents_needed(form), self.lang())
        if boxes is None:
            return
        for box in boxes:
            box.toggled.connect(self.revalidate)
        self.enter.watch(*boxes)
        self.view.fix_tab_order()

    def _show_preview(self, decision: ChangeDecision | None) -> None:
        if decision is None:
            self.view.preview.setText(
                self.tr("What the change does shows here once the form is complete.")
            )
            return
        lines = self.describe(decision)
        self.view.preview.setText("<br>".join(lines))

    def describe(self, d: ChangeDecision) -> list[str]:
        """What the officer tells the participant about ``d``, one sentence a line."""
        lang = self.lang()
        lines = [self.tr("Ready to save: {change}.").format(change=d.change_type.label(lang))]
        if d.amount_to_pay is not None:
            lines.append(
                self.tr(
                    "To pay now: <b>{amount}</b> ({months} month(s) of arrears counted, plus "
                    "the current month). Cover is active again once it is paid."
                ).format(amount=format_rupiah(d.amount_to_pay), months=d.months_counted)
            )
        if d.penalty_if_inpatient is not None:
            days = tariffs_on(self.port.today()).arrears.penalty_window_days
            lines.append(
                self.tr(
                    "Service penalty if admitted as an inpatient within {days} days: {amount}."
                ).format(days=days, amount=format_rupiah(d.penalty_if_inpatient))
            )
        if d.monthly_payable is not None:
            lines.append(
                self.tr("The family pays {amount} a month.").format(
                    amount=format_rupiah(d.monthly_payable)
                )
            )
        if d.contribution is not None and d.care_class is not None:
            lines.append(
                self.tr(
                    "Class {klass}. Iuran {total} a month: employer {employer}, worker {worker}."
                ).format(
                    klass=d.care_class.value,
                    total=format_rupiah(d.contribution.total),
                    employer=format_rupiah(d.contribution.employer),
                    worker=format_rupiah(d.contribution.participant),
                )
            )
        if d.change_type is ChangeType.ABROAD_IN and d.pay_by is not None:
            lines.append(
                self.tr("Pay the iuran by {date}; cover resumes once it is paid.").format(
                    date=format_date(d.pay_by, lang)
                )
            )
        if d.change_type is ChangeType.FAMILY_ADD and d.late:
            days = tariffs_on(self.port.today()).changes.newborn_registration_days
            lines.append(
                self.tr(
                    "Registered more than {days} days after birth: the iuran is owed from the "
                    "month of birth."
                ).format(days=days)
            )
        if d.effective_on is not None:
            lines.append(
                self.tr("Takes effect on {date}.").format(date=format_date(d.effective_on, lang))
            )
        return lines

    # -- saving -----------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        form = self.view.form()
        wrong = self.revalidate()
        if wrong:
            self._show_invalid(wrong)
            return
        self._saving = True
        self.view.save_button.setEnabled(False)
        self.view.show_status(self.tr("Saving…"))
        self.worker.submit(lambda: self.port.record_change(form), self._saved, self._failed)

    def _show_invalid(self, fields: list[str]) -> None:
        errors = self.view.errors
        errors.touch(errors.fields())
        self.view.show_status(self.tr("Not saved: fix the fields marked in red."), problem=True)
        widget = next((w for f in fields if (w := errors.widget(f)) is not None), None)
        if widget is None and "documents" in fields:
            widget = next(iter(self.view.documents.boxes.values()), None)
        if widget is not None:
            widget.setFocus()

    def _saved(self, recorded: RecordedChange) -> None:
        self._saving = False
        self._last = recorded
        self.view.save_button.setEnabled(True)
        self.view.clear()
        self.view.errors.reset()
        self.bill.reset()
        self.revalidate()
        self._show_saved()
        self.view.card_number.setFocus()

    def _show_saved(self) -> None:
        if self._last is None:
            return
        decision = self._last.decision
        text = self.tr("Saved: {change}. Reference {reference}.").format(
            change=decision.change_type.label(self.lang()), reference=self._last.reference
        )
        details = self.describe(decision)[1:]
        self.view.show_status(" ".join([text, *details]).replace("<b>", "").replace("</b>", ""))

    def _failed(self, error: Exception) -> None:
        self._saving = False
        self.view.save_button.setEnabled(True)
        if isinstance(error, FormInvalid):
            self.view.errors.update(error.errors)
            self._show_invalid(list(error.fields))
        elif isinstance(error, AnjunganError):
            self.view.show_status(error.message(self.lang()), problem=True)
        else:
            log.error("data change save failed", exc_info=error)
            self.view.show_status(
                self.tr("Not saved because of an unexpected error. The form is kept: try again."),
                problem=True,
            )

    def refresh_texts(self) -> None:
        self.view.panel().set_banks(tariffs_on(self.port.today()).registration.autodebit_banks)
        self.revalidate()
        self.bill.refresh_texts()
        self._show_saved()
