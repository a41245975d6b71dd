"""The counter's login and lock screen: username, password, Enter.

Owns `LoginView` (the form, a message line, and the lock mode that asks only the
locked-out officer's password) and `LoginController`, which runs the `Authenticator`
on the network worker (argon2 and HTTP never run on the GUI thread) and reports a
successful login or unlock to the composition root. The work behind a lock stays as
it was: this screen only covers it. Knows nothing of the store or the queue.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from anjungan.core.errors import AnjunganError
from anjungan.counter.session import Authenticator, LoginResult, Officer
from anjungan.counter.worker import DbWorker
from anjungan.kiosk.ui.widgets import named


class LoginView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CounterRoot")
        # A plain QWidget subclass paints its style-sheet background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.locked_for: Officer | None = None
        self.title = named(QLabel(), "ScreenTitle")
        self.hint = named(QLabel(), "Hint")
        self.hint.setWordWrap(True)
        self.username_caption = named(QLabel(), "Caption")
        self.username = QLineEdit()
        self.username.setObjectName("Username")
        self.password_caption = named(QLabel(), "Caption")
        self.password = QLineEdit()
        self.password.setObjectName("Password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = named(QLabel(), "FieldError")
        self.message.setWordWrap(True)
        self.submit = named(QPushButton(), "Primary")
        panel = named(QFrame(), "Panel")
        panel.setFixedWidth(520)
        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addWidget(self.username_caption, 0, 0)
        form.addWidget(self.username, 0, 1)
        form.addWidget(self.password_caption, 1, 0)
        form.addWidget(self.password, 1, 1)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(14)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.submit, 0, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.username.returnPressed.connect(self.password.setFocus)
        self.retranslate()

    def show_login(self) -> None:
        self.locked_for = None
        self.username.setReadOnly(False)
        self.username.clear()
        self.password.clear()
        self.message.clear()
        self.retranslate()

    def show_lock(self, officer: Officer) -> None:
        self.locked_for = officer
        self.username.setText(officer.username)
        self.username.setReadOnly(True)
        self.password.clear()
        self.message.clear()
        self.retranslate()

    def focus_first(self) -> None:
        target = self.password if self.locked_for or self.username.text() else self.username
        target.setFocus()

    def retranslate(self) -> None:
        if self.locked_for is None:
            self.title.setText(self.tr("Officer login"))
            self.hint.setText(
                self.tr(
                    "Log in with your officer account. Without the server, an officer who "
                    "logged in here before can still log in offline."
                )
            )
            self.submit.setText(self.tr("Log in (Enter)"))
        else:
            self.title.setText(self.tr("Screen locked"))
            self.hint.setText(
                self.tr(
                    "The counter was locked. {name}, enter your password to go on "
                    "where you left off."
                ).format(name=self.locked_for.display_name)
            )
            self.submit.setText(self.tr("Unlock (Enter)"))
        self.username_caption.setText(self.tr("Username"))
        self.password_caption.setText(self.tr("Password"))

    def say(self, what: str) -> None:
        """One of the fixed messages of this screen: checking, wrong_password, failed."""
        texts = {
            "checking": self.tr("Checking..."),
            "wrong_password": self.tr("Wrong password. Check it and try again."),
            "failed": self.tr(
                "The login could not be checked. Try again; call support if it repeats."
            ),
        }
        self.message.setText(texts[what])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LoginController:
    """Runs logins and unlocks on ``worker``; ``logged_in(result)`` or ``unlocked()``
    runs on the GUI thread afterwards."""

    def __init__(
        self,
        view: LoginView,
        authenticator: Authenticator,
        worker: DbWorker,
        lang: Callable[[], str],
        *,
        logged_in: Callable[[LoginResult], None],
        unlocked: Callable[[], None],
    ) -> None:
        self.view = view
        self.authenticator = authenticator
        self.worker = worker
        self.lang = lang
        self._logged_in = logged_in
        self._unlocked = unlocked
        self._busy = False
        view.password.returnPressed.connect(self.submit)
        view.submit.clicked.connect(self.submit)

    def submit(self) -> None:
        if self._busy:
            return
        password = self.view.password.text()
        officer = self.view.locked_for
        self._busy = True
        self.view.submit.setEnabled(False)
        self.view.say("checking")
        if officer is not None:
            self.worker.submit(
                lambda: self.authenticator.unlock(officer, password), self._unlock_done, self._fail
            )
        else:
            username = self.view.username.text()
            self.worker.submit(
                lambda: self.authenticator.login(username, password), self._login_done, self._fail
            )

    def _settle(self) -> None:
        self._busy = False
        self.view.submit.setEnabled(True)
        self.view.password.clear()

    def _login_done(self, result: LoginResult) -> None:
        self._settle()
        self.view.message.clear()
        self._logged_in(result)

    def _unlock_done(self, ok: bool) -> None:
        self._settle()
        if ok:
            self.view.message.clear()
            self._unlocked()
        else:
            self.view.say("wrong_password")
            self.view.password.setFocus()

    def _fail(self, error: Exception) -> None:
        self._settle()
        if isinstance(error, AnjunganError):
            self.view.message.setText(error.message(self.lang()))
        else:
            self.view.say("failed")
        self.view.password.setFocus()
