"""The registration wizard's controller: page flow, live validation, the save.

Owns what happens between the officer's keys and the use case: after every change the
whole form is validated by `validate_registration` and the errors go next to their
fields; "next" refuses to leave a page with errors; typing a NIK shows birth date, sex
and region at once; the address starts from the head's NIK region; saving runs
`register_participant` on the database worker and shows the provisional reference;
"Print receipt" renders the registration receipt with that reference on the worker and
opens it. Must not import the store: the port given by the composition root does the
saving, the printer the rendering.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QWidget

from anjungan.core.domain.regions import Region, kabkota, kecamatan, provinces
from anjungan.core.domain.registration import registration_requirements, required_documents
from anjungan.core.domain.tariffs import tariffs_on
from anjungan.core.errors import AnjunganError, RuleError
from anjungan.core.services.forms import FormInvalid
from anjungan.core.services.registration import (
    RegistrationForm,
    RegistrationReceipt,
    validate_registration,
)
from anjungan.counter.screens.registration.family import MemberRow
from anjungan.counter.screens.registration.view import PAGES, RegistrationView
from anjungan.counter.widgets.keyboard import EnterAdvances
from anjungan.counter.worker import DbWorker

log = logging.getLogger(__name__)

# Which form fields each page owns (a field belongs to the first prefix it starts with).
PAGE_FIELDS: dict[str, tuple[str, ...]] = {
    "segment": ("segment",),
    "family": ("kk_number", "kk_member_count", "members"),
    "address": ("province", "kabkota", "kecamatan", "street", "phone"),
    "care": ("fktp_code", "care_class"),
    "documents": ("documents",),
    "autodebit": ("autodebit_",),
}


def page_of(field: str) -> str:
    return next(
        (page for page, prefixes in PAGE_FIELDS.items() if field.startswith(prefixes)), "review"
    )


class RegistrationPort(Protocol):
    def today(self) -> date: ...

    def register(self, form: RegistrationForm) -> RegistrationReceipt: ...


class RegistrationPrinter(Protocol):
    def registration(self, receipt: RegistrationReceipt, form: RegistrationForm) -> Path: ...

    def show(self, path: Path) -> bool: ...


class RegistrationController(QObject):
    def __init__(
        self,
        view: RegistrationView,
        port: RegistrationPort,
        worker: DbWorker,
        lang: Callable[[], str],
        printer: RegistrationPrinter,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.port = port
        self.worker = worker
        self.lang = lang
        self.printer = printer
        self._saving = False
        self._address_chosen = False
        self._receipt: RegistrationReceipt | None = None
        self._saved_form: RegistrationForm | None = None
        self.last_receipt: Path | None = None
        self.enter = EnterAdvances(lambda: view.chain(view.current_page()), self.next_page, self)
        self._wire()
        self.start_over()

    # -- wiring ---------------------------------------------------------------------
    def _wire(self) -> None:
        v = self.view
        v.next_button.clicked.connect(self.next_page)
        for shortcut in v.next_shortcuts:
            shortcut.activated.connect(self.next_page)
        v.back_shortcut.activated.connect(self.previous_page)
        v.save_shortcut.activated.connect(self._save_shortcut)
        v.back_button.clicked.connect(self.previous_page)
        v.saved.new_button.clicked.connect(self.start_over)
        v.saved.new_shortcut.activated.connect(self._new_shortcut)
        v.saved.print_button.clicked.connect(self.print_receipt)
        v.saved.print_shortcut.activated.connect(self._print_shortcut)
        v.language_changed.connect(self.refresh_texts)
        # One call per choice: the button being unchecked also toggles.
        v.segment.group.buttonToggled.connect(
            lambda _button, checked: self._segment_changed() if checked else None
        )
        self.enter.watch(*v.segment.buttons.values(), *v.care.classes.values())
        f = v.family
        f.kk_number.textEdited.connect(self.revalidate)
        f.kk_count.textEdited.connect(self._count_changed)
        f.add_button.clicked.connect(self._add_member)
        f.add_shortcut.activated.connect(self._add_member)
        f.remove_shortcut.activated.connect(self.remove_focused_member)
        f.table.row_added.connect(self._row_added)
        f.table.rows_changed.connect(self._rows_changed)
        self.enter.watch(f.kk_number, f.kk_count)
        a = v.address
        a.province.currentIndexChanged.connect(self._province_changed)
        a.kabkota.currentIndexChanged.connect(self._kabkota_changed)
        a.kecamatan.currentIndexChanged.connect(self.revalidate)
        for combo in (a.province, a.kabkota, a.kecamatan):
            combo.activated.connect(self._address_picked)
        a.street.textEdited.connect(self.revalidate)
        a.phone.textEdited.connect(self.revalidate)
        self.enter.watch(a.province, a.kabkota, a.kecamatan, a.street, a.phone)
        v.care.fktp.textEdited.connect(self.revalidate)
        v.care.group.buttonToggled.connect(self.revalidate)
        self.enter.watch(v.care.fktp)
        d = v.autodebit
        d.bank.currentIndexChanged.connect(self.revalidate)
        d.account.textEdited.connect(self.revalidate)
        d.holder.textEdited.connect(self.revalidate)
        self.enter.watch(d.bank, d.account, d.holder)

    def _row_added(self, row: QWidget) -> None:
        assert isinstance(row, MemberRow)
        row.set_roles(self.lang())
        row.show_facts(None, self.port.today(), self.lang())
        row.nik.textEdited.connect(lambda _t, r=row: self._nik_edited(r))
        row.name.textEdited.connect(self.revalidate)
        row.relationship.currentIndexChanged.connect(self.revalidate)
        row.studying.toggled.connect(self.revalidate)
        self.enter.watch(*row.inputs())

    def _rows_changed(self) -> None:
        # Row numbers shift when one is removed: bind every row to its new index.
        errors = self.view.errors
        errors.unbind(errors.fields("members["))
        for index, row in enumerate(self.view.family.table.rows):
            row.bind(errors, index)
        self.revalidate()

    # -- live validation --------------------------------------------------------------
    def revalidate(self) -> list[str]:
        """Validate the whole form; returns the fields in error (all pages)."""
        errors = validate_registration(self.view.form(), self.port.today())
        self.view.errors.update(errors)
        return [e.field for e in errors]

    def _nik_edited(self, row: MemberRow) -> None:
        row.show_facts(row.entry().facts(self.port.today()), self.port.today(), self.lang())
        self.revalidate()

    def _count_changed(self) -> None:
        count = self.view.family.kk_member_count()
        if count is not None:
            self.view.family.table.ensure_rows(count)
        self.revalidate()

    def _add_member(self) -> None:
        row = self.view.family.table.add_row()
        row.nik.setFocus()

    def remove_focused_member(self) -> None:
        table = self.view.family.table
        row = table.row_of(self.view.window().focusWidget())
        if row is None:
            return
        index = table.rows.index(row)
        table.remove_row(row)
        if table.rows:
            table.rows[max(0, index - 1)].nik.setFocus()
        else:
            self.view.family.kk_count.setFocus()

    def _segment_changed(self) -> None:
        segment = self.view.segment.segment()
        needs = None
        if segment is not None:
            try:
                needs = registration_requirements(segment, on=self.port.today())
            except RuleError:
                needs = None
        self.view.segment.show_requirements(needs, self.lang())
        rates = tariffs_on(self.port.today()).pbpu
        self.view.care.show_rates(rates if segment is not None and segment.is_mandiri else None)
        self._show_documents()
        self.revalidate()

    def _show_documents(self) -> None:
        segment = self.view.segment.segment()
        try:
            documents = required_documents(segment) if segment is not None else ()
        except RuleError:
            documents = ()
        boxes = self.view.documents.set_documents(documents, self.lang())
        for box in boxes:
            box.toggled.connect(self.revalidate)
        self.enter.watch(*boxes)

    # -- address -----------------------------------------------------------------------
    def _fill(self, combo: QComboBox, regions: list[Region], chosen: str = "") -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("– choose –"), "")
        for region in regions:
            combo.addItem(region.name, region.code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _province_changed(self) -> None:
        a = self.view.address
        self._fill(a.kabkota, kabkota(a.province.currentData() or ""))
        self._fill(a.kecamatan, [])
        self.revalidate()

    def _kabkota_changed(self) -> None:
        a = self.view.address
        prov, kab = a.province.currentData() or "", a.kabkota.currentData() or ""
        self._fill(a.kecamatan, kecamatan(prov, kab) if kab else [])
        self.revalidate()

    def _address_picked(self) -> None:
        self._address_chosen = True

    def _default_address(self) -> None:
        """Start from the region where the head's NIK was issued (DOMAIN.md: the prefix
        is where the NIK was issued, so the officer checks it against the address)."""
        if self._address_chosen:
            return
        form = self.view.form()
        today = self.port.today()
        people = [m for m in (form.head(), *form.members) if m is not None]
        region = next((f.region for m in people if (f := m.facts(today)) and f.region), None)
        if region is None:
            return
        a = self.view.address
        self._fill(a.province, provinces(), region.province.code)
        self._fill(a.kabkota, kabkota(region.province.code), region.kabkota.code)
        self._fill(
            a.kecamatan,
            kecamatan(region.province.code, region.kabkota.code),
            region.kecamatan.code,
        )

    # -- page flow ---------------------------------------------------------------------
    def _sequence(self) -> list[str]:
        segment = self.view.segment.segment()
        skip = set() if segment is None or segment.is_mandiri else {"autodebit"}
        return [page for page in PAGES if page not in skip]

    def go_to(self, key: str) -> None:
        skipped = frozenset(PAGES) - set(self._sequence())
        self.view.show_page(key, skipped=skipped)
        if key == "family" and not self.view.family.table.rows:
            self.view.family.table.add_row()
        elif key == "address":
            self._default_address()
        elif key == "autodebit" and not self.view.autodebit.holder.text().strip():
            head = self.view.form().head()
            self.view.autodebit.holder.setText(head.name if head else "")
        elif key == "review":
            self.view.review.show_form(self.view.form(), self.port.today(), self.lang())
        self.revalidate()
        self.view.focus_first()

    def next_page(self) -> None:
        current = self.view.current_page()
        if current == "review":
            self.save()
            return
        if current not in PAGES or self._saving:
            return
        wrong = [f for f in self.revalidate() if page_of(f) == current]
        self.view.errors.touch(self._page_fields(current))
        if wrong:
            self._point_at(wrong)
            return
        sequence = self._sequence()
        self.go_to(sequence[sequence.index(current) + 1])

    def previous_page(self) -> None:
        sequence = self._sequence()
        current = self.view.current_page()
        if current in sequence and sequence.index(current) > 0 and not self._saving:
            self.go_to(sequence[sequence.index(current) - 1])

    def _page_fields(self, page: str) -> list[str]:
        return [f for f in self.view.errors.fields() if page_of(f) == page]

    def _point_at(self, fields: list[str]) -> None:
        self.view.problem.set_message(self.tr("Some fields need fixing: see the messages in red."))
        widget = next((w for f in fields if (w := self.view.errors.widget(f)) is not None), None)
        if widget is not None:
            widget.setFocus()

    # -- saving --------------------------------------------------------------------------
    def _new_shortcut(self) -> None:
        if self.view.current_page() == "saved":
            self.start_over()

    def _save_shortcut(self) -> None:
        if self.view.current_page() == "review":
            self.save()

    def save(self) -> None:
        if self._saving:
            return
        form = self.view.form()
        wrong = self.revalidate()
        if wrong:
            self._show_invalid(wrong)
            return
        self._saving = True
        self.view.next_button.setEnabled(False)
        self.view.back_button.setEnabled(False)
        self.view.problem.set_message(None)
        self.view.next_button.setText(self.tr("Saving…"))
        self._saved_form = form
        self.worker.submit(lambda: self.port.register(form), self._saved, self._save_failed)

    def _finish_saving(self) -> None:
        self._saving = False
        self.view.next_button.setEnabled(True)
        self.view.back_button.setEnabled(True)
        self.view.retranslate_buttons()

    def _saved(self, receipt: RegistrationReceipt) -> None:
        self._finish_saving()
        self._receipt = receipt
        self.view.saved.show_receipt(receipt, self.lang())
        self.view.saved.show_print_status("")
        self.view.show_page("saved")
        self.view.saved.print_button.setFocus()

    def _print_shortcut(self) -> None:
        if self.view.current_page() == "saved":
            self.print_receipt()

    def print_receipt(self) -> None:
        """The receipt with the provisional reference, as a PDF opened for printing."""
        receipt, form = self._receipt, self._saved_form
        if receipt is None or form is None:
            return
        self.view.saved.show_print_status(self.tr("Preparing the receipt…"))
        self.worker.submit(
            lambda: self.printer.registration(receipt, form), self._printed, self._not_printed
        )

    def _printed(self, path: Path) -> None:
        self.last_receipt = path
        if self.printer.show(path):
            text = self.tr("Receipt opened for printing. Saved as {path}.")
            self.view.saved.show_print_status(text.format(path=path))
        else:
            text = self.tr(
                "The receipt is saved as {path}, but no PDF viewer opened. Open it there."
            )
            self.view.saved.show_print_status(text.format(path=path), problem=True)

    def _not_printed(self, error: Exception) -> None:
        log.error("registration receipt failed", exc_info=error)
        self.view.saved.show_print_status(
            self.tr("The receipt could not be made. Check the disk space and try again."),
            problem=True,
        )

    def _save_failed(self, error: Exception) -> None:
        self._finish_saving()
        if isinstance(error, FormInvalid):
            self.view.errors.update(error.errors)
            self._show_invalid(list(error.fields))
        elif isinstance(error, AnjunganError):
            self.view.problem.set_message(error.message(self.lang()))
        else:
            log.error("registration save failed", exc_info=error)
            self.view.problem.set_message(
                self.tr(
                    "The registration could not be saved because of an unexpected error. "
                    "Nothing was lost from the form: try again, and call support if it repeats."
                )
            )

    def _show_invalid(self, fields: list[str]) -> None:
        self.view.errors.touch(self.view.errors.fields())
        first = min((PAGES.index(page_of(f)) for f in fields), default=0)
        self.go_to(PAGES[first])
        self._point_at(fields)

    # -- language and reset ------------------------------------------------------------------
    def refresh_texts(self) -> None:
        lang, today = self.lang(), self.port.today()
        self.view.segment.set_labels(lang)
        for row in self.view.family.table.rows:
            row.set_roles(lang)
            row.show_facts(row.entry().facts(today), today, lang)
        self._segment_changed()
        for combo in (self.view.address.province, self.view.address.kabkota):
            combo.setItemText(0, self.tr("– choose –"))
        self.view.address.kecamatan.setItemText(0, self.tr("– choose –"))
        self.view.autodebit.bank.setItemText(0, self.tr("– choose –"))
        if self.view.current_page() == "review":
            self.view.review.show_form(self.view.form(), today, lang)
        if self._receipt is not None:
            self.view.saved.show_receipt(self._receipt, lang)

    def start_over(self) -> None:
        """An empty form on the first page (after a save, or at start)."""
        v = self.view
        self._receipt = None
        self._saved_form = None
        self._address_chosen = False
        for group in (v.segment.group, v.care.group):
            # An exclusive group keeps one button checked; lift that to clear it.
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        v.family.table.clear()
        for edit in (v.family.kk_number, v.family.kk_count, v.address.street, v.address.phone):
            edit.clear()
        for edit in (v.care.fktp, v.autodebit.account, v.autodebit.holder):
            edit.clear()
        self._fill(v.address.province, provinces())
        self._fill(v.address.kabkota, [])
        self._fill(v.address.kecamatan, [])
        v.autodebit.set_banks(
            tariffs_on(self.port.today()).registration.autodebit_banks, self.tr("– choose –")
        )
        self.refresh_texts()
        v.errors.reset()
        self.go_to("segment")
