"""The registration wizard's frame: steps, the page area, the problem line and the buttons.

Owns the layout around the pages, the keyboard shortcuts of the wizard (Alt+Right or
Ctrl+Enter: next; Alt+Left: back; Ctrl+S: save on the last page) and `form()`, which
reads every page into a `RegistrationForm`. View only: the controller decides which page
shows, validates and saves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.services.registration import (
    AddressEntry,
    AutodebitEntry,
    RegistrationForm,
)
from anjungan.counter.screens.registration.outcome import ReviewPage, SavedPage
from anjungan.counter.screens.registration.pages import (
    AddressPage,
    AutodebitPage,
    CarePage,
    DocumentsPage,
    FamilyPage,
    Page,
    SegmentPage,
)
from anjungan.counter.widgets.fields import FieldError, FormErrors
from anjungan.kiosk.ui.widgets import named

PAGES = ("segment", "family", "address", "care", "documents", "autodebit", "review")


def _checked_or_first(group: QButtonGroup) -> QAbstractButton:
    # One stop per radio group in the Enter chain; the arrow keys move inside it.
    return group.checkedButton() or group.buttons()[0]


class RegistrationView(QWidget):
    language_changed = Signal()

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FormErrors(lang)
        self.title = named(QLabel(), "ScreenTitle")
        self.segment = SegmentPage(self.errors)
        self.family = FamilyPage(self.errors)
        self.address = AddressPage(self.errors)
        self.care = CarePage(self.errors)
        self.documents = DocumentsPage(self.errors)
        self.autodebit = AutodebitPage(self.errors)
        self.review = ReviewPage()
        self.saved = SavedPage()
        self.pages: dict[str, Page] = dict(
            zip(
                PAGES,
                (
                    self.segment,
                    self.family,
                    self.address,
                    self.care,
                    self.documents,
                    self.autodebit,
                    self.review,
                ),
                strict=True,
            )
        )
        self.steps = {key: named(QLabel(), "Step") for key in PAGES}
        steps = QHBoxLayout()
        steps.setSpacing(6)
        for label in self.steps.values():
            steps.addWidget(label)
        steps.addStretch(1)
        self.stack = QStackedWidget()
        self._scrolls: dict[str, QScrollArea] = {}
        for key, page in (*self.pages.items(), ("saved", self.saved)):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self._scrolls[key] = scroll
            self.stack.addWidget(scroll)
        self.problem = FieldError()
        self.back_button = QPushButton()
        # QShortcuts rather than button shortcuts, which click only 100 ms later.
        self.back_shortcut = QShortcut(QKeySequence("Alt+Left"), self)
        self.next_button = named(QPushButton(), "Primary")
        self.next_shortcuts = (
            QShortcut(QKeySequence("Alt+Right"), self),
            QShortcut(QKeySequence("Ctrl+Return"), self),
        )
        self.next_button.setAutoDefault(True)  # Enter on the focused button presses it
        self.save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        self.keys_hint = named(QLabel(), "Hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.keys_hint, 1, Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(steps)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.retranslate()

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return next(key for key, scroll in self._scrolls.items() if scroll is widget)

    def show_page(self, key: str, *, skipped: frozenset[str] = frozenset()) -> None:
        self.stack.setCurrentWidget(self._scrolls[key])
        done = key == "saved"
        position = PAGES.index(key) if key in PAGES else len(PAGES)
        for index, (step, label) in enumerate(self.steps.items()):
            state = "done" if done or index < position else "current" if step == key else "todo"
            label.setProperty("state", "skipped" if step in skipped else state)
            label.style().unpolish(label)
            label.style().polish(label)
        self.back_button.setVisible(not done and position > 0)
        self.next_button.setVisible(not done)
        self.keys_hint.setVisible(not done)
        self.problem.set_message(None)
        self.retranslate_buttons()

    def chain(self, key: str) -> list[QWidget]:
        """The page's inputs in the order Enter visits them."""
        if key == "segment":
            return [_checked_or_first(self.segment.group)]
        if key == "family":
            rows = [w for row in self.family.table.rows for w in row.inputs()]
            return [self.family.kk_number, self.family.kk_count, *rows]
        if key == "address":
            a = self.address
            return [a.province, a.kabkota, a.kecamatan, a.street, a.phone]
        if key == "care":
            return [self.care.fktp, _checked_or_first(self.care.group)]
        if key == "documents":
            return list(self.documents.boxes.values())
        if key == "autodebit":
            return [self.autodebit.bank, self.autodebit.account, self.autodebit.holder]
        return []

    def focus_first(self) -> None:
        chain = self.chain(self.current_page())
        (chain[0] if chain else self.next_button).setFocus()

    def form(self) -> RegistrationForm:
        a, d = self.address, self.autodebit
        return RegistrationForm(
            segment=self.segment.segment(),
            kk_number=self.family.kk_number.text(),
            kk_member_count=self.family.kk_member_count(),
            members=self.family.table.entries(),
            address=AddressEntry(
                province_code=a.province.currentData() or "",
                kabkota_code=a.kabkota.currentData() or "",
                kecamatan_code=a.kecamatan.currentData() or "",
                street=a.street.text(),
            ),
            phone=a.phone.text(),
            fktp_code=self.care.fktp.text(),
            care_class=self.care.care_class(),
            documents=self.documents.documents(),
            autodebit=AutodebitEntry(
                bank=d.bank.currentData() or "",
                account_number=d.account.text(),
                holder=d.holder.text(),
            ),
        )

    def retranslate_buttons(self) -> None:
        on_review = self.stack.currentWidget() is self._scrolls["review"]
        self.next_button.setText(self.tr("Save (Ctrl+S)") if on_review else self.tr("Next"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip("Alt+←")
        self.next_button.setToolTip("Ctrl+S" if on_review else "Alt+→, Ctrl+Enter")

    def retranslate(self) -> None:
        self.title.setText(self.tr("New participant registration"))
        names = (
            self.tr("Segment"),
            self.tr("Family"),
            self.tr("Address"),
            self.tr("FKTP and class"),
            self.tr("Documents"),
            self.tr("Autodebit"),
            self.tr("Review"),
        )
        for index, (label, name) in enumerate(zip(self.steps.values(), names, strict=True)):
            label.setText(f"{index + 1}. {name}")
        self.keys_hint.setText(
            self.tr("Enter: next field  ·  Alt+→ next page  ·  Alt+← back  ·  Ctrl+M add member")
        )
        self.retranslate_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.errors.render()
            self.language_changed.emit()
        super().changeEvent(event)
