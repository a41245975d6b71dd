"""Rate our service: four big faces, then, if the participant wants, the nine SKM questions.

Owns `SurveyView` and `SurveyController`. The nine elements (unsur) and the 1-4 scale are
PermenPANRB 14/2017's (`core.domain.survey`: `SkmElement`, `Face`; DOMAIN.md
"Satisfaction survey"); each question is answered with the same four faces or skipped.
The response is anonymous: it goes to `surveys.SurveySender`, which keeps it in the
kiosk's outbox and pushes it (kind ``survey``). A face chosen by someone who then walks
away is still sent when the kiosk resets: it is a valid partial response.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from anjungan.core.domain.survey import Face, SkmElement
from anjungan.kiosk.screens import format as fmt
from anjungan.kiosk.screens.base import ScreenView
from anjungan.kiosk.screens.faces import FaceButton
from anjungan.kiosk.screens.widgets import hbox, wrapping
from anjungan.kiosk.surveys import SurveySender, survey_payload
from anjungan.kiosk.ui.widgets import named


def _face_row(target: SignalInstance) -> tuple[QWidget, dict[Face, FaceButton]]:
    holder = QWidget()
    grid = QGridLayout(holder)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(16)
    buttons: dict[Face, FaceButton] = {}
    for index, face in enumerate(Face):
        button = FaceButton(face)
        button.clicked.connect(lambda _=False, f=face: target.emit(int(f)))
        buttons[face] = button
        grid.addWidget(button, 0, index)
        grid.setColumnStretch(index, 1)
    return holder, buttons


class SurveyView(ScreenView):
    face_chosen = Signal(int)
    answer_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.faces_page = QWidget()
        self.question = wrapping(named(QLabel(), "Lead"))
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        faces, self.face_buttons = _face_row(self.face_chosen)
        layout = QVBoxLayout(self.faces_page)
        layout.setContentsMargins(0, 24, 0, 0)
        layout.setSpacing(32)
        layout.addWidget(self.question)
        layout.addWidget(faces)
        layout.addStretch(1)
        self.add_page(self.faces_page)

        self.more_page = QWidget()
        self.more_text = wrapping(named(QLabel(), "Lead"))
        self.more_button = named(QPushButton(), "Primary")
        self.finish_button = named(QPushButton(), "Secondary")
        more = QVBoxLayout(self.more_page)
        more.setContentsMargins(0, 24, 0, 0)
        more.setSpacing(32)
        more.addWidget(self.more_text)
        more.addLayout(hbox(self.more_button, self.finish_button))
        more.addStretch(1)
        self.add_page(self.more_page)

        self.element_page = QWidget()
        self.progress = wrapping(named(QLabel(), "Hint"))
        self.element_text = wrapping(named(QLabel(), "Lead"))
        answers, self.answer_buttons = _face_row(self.answer_chosen)
        self.skip_button = named(QPushButton(), "Secondary")
        self.stop_button = named(QPushButton(), "Secondary")
        element = QVBoxLayout(self.element_page)
        element.setContentsMargins(0, 24, 0, 0)
        element.setSpacing(28)
        element.addWidget(self.progress)
        element.addWidget(self.element_text)
        element.addWidget(answers)
        element.addLayout(hbox(self.skip_button, self.stop_button))
        element.addStretch(1)
        self.add_page(self.element_page)

        self.thanks_page = QWidget()
        self.thanks = wrapping(named(QLabel(), "Greeting"))
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_note = wrapping(named(QLabel(), "Body"))
        self.thanks_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = named(QPushButton(), "Primary")
        thanks = QVBoxLayout(self.thanks_page)
        thanks.setContentsMargins(0, 80, 0, 0)
        thanks.setSpacing(32)
        thanks.addWidget(self.thanks)
        thanks.addWidget(self.thanks_note)
        thanks.addWidget(self.done_button)
        thanks.addStretch(1)
        self.add_page(self.thanks_page)
        self._element: SkmElement | None = None
        self.retranslate()

    def show_element(self, element: SkmElement) -> None:
        self._element = element
        self._fill_element()
        self.show_page(self.element_page)

    def _fill_element(self) -> None:
        element = self._element
        if element is None:
            return
        self.progress.setText(
            self.tr("Question %1 of %2: %3")
            .replace("%1", str(element.number))
            .replace("%2", str(len(SkmElement)))
            .replace("%3", fmt.pick(element.label_id, element.label_en))
        )
        self.element_text.setText(self.element_question(element))

    def element_question(self, element: SkmElement) -> str:
        return {
            SkmElement.REQUIREMENTS: self.tr(
                "Were the requirements (documents) right for the service you needed?"
            ),
            SkmElement.PROCEDURE: self.tr("Was the procedure easy to follow?"),
            SkmElement.COMPLETION_TIME: self.tr("Was the service fast enough?"),
            SkmElement.COST: self.tr(
                "Was the cost fair? BPJS Kesehatan services are free of charge."
            ),
            SkmElement.SERVICE_PRODUCT: self.tr("Did you get what the service promises?"),
            SkmElement.OFFICER_COMPETENCE: self.tr("Did the officers know their work?"),
            SkmElement.OFFICER_BEHAVIOUR: self.tr("Were the officers polite and friendly?"),
            SkmElement.COMPLAINT_HANDLING: self.tr(
                "Are complaints, suggestions and feedback handled well here?"
            ),
            SkmElement.FACILITIES: self.tr(
                "Are the facilities good (waiting room, seats, toilets, this kiosk)?"
            ),
        }[element]

    def retranslate(self) -> None:
        self.retranslate_frame()
        self.title.setText(self.tr("Rate our service"))
        self.question.setText(self.tr("How satisfied are you with our service today?"))
        for buttons in (self.face_buttons, self.answer_buttons):
            for face, button in buttons.items():
                button.set_caption(fmt.pick(face.label_id, face.label_en))
        self.more_text.setText(
            self.tr(
                "Thank you! Would you answer nine short questions about our service? It "
                "takes about a minute. You may skip any question."
            )
        )
        self.more_button.setText(self.tr("Yes, answer"))
        self.finish_button.setText(self.tr("No, finish"))
        self.skip_button.setText(self.tr("Skip this question"))
        self.stop_button.setText(self.tr("Finish now"))
        self.thanks.setText(self.tr("Thank you!"))
        self.thanks_note.setText(
            self.tr("Your answer helps us serve you better. It is anonymous: no name, no NIK.")
        )
        self.done_button.setText(self.tr("Back to home"))
        self._fill_element()


class SurveyController(QObject):
    home_requested = Signal()

    def __init__(self, view: SurveyView, sender: SurveySender, office_code: str) -> None:
        super().__init__(view)
        self.view = view
        self.outbox_sender = sender
        self.office_code = office_code
        self.face: Face | None = None
        self.answers: dict[SkmElement, int] = {}
        self._index = 0
        self.submitted = False
        view.home_requested.connect(self.home_requested)
        view.face_chosen.connect(self.choose_face)
        view.answer_chosen.connect(self.answer)
        view.more_button.clicked.connect(self._start_questions)
        view.finish_button.clicked.connect(self.finish)
        view.skip_button.clicked.connect(self._next)
        view.stop_button.clicked.connect(self.finish)
        view.done_button.clicked.connect(self.home_requested)

    def open(self) -> None:
        self.reset()

    def choose_face(self, score: int) -> None:
        self.face = Face.from_score(score)
        self.view.show_page(self.view.more_page)

    def _start_questions(self) -> None:
        self._index = 0
        self.view.show_element(next(iter(SkmElement)))

    def answer(self, score: int) -> None:
        element = list(SkmElement)[self._index]
        self.answers[element] = Face.from_score(score).value
        self._next()

    def _next(self) -> None:
        self._index += 1
        if self._index >= len(SkmElement):
            self.finish()
            return
        self.view.show_element(list(SkmElement)[self._index])

    def finish(self) -> None:
        self._submit()
        self.view.show_page(self.view.thanks_page)

    def _submit(self) -> None:
        if self.submitted or (self.face is None and not self.answers):
            return
        self.submitted = True
        self.outbox_sender.submit(
            survey_payload(self.face, self.answers, office_code=self.office_code)
        )

    def reset(self) -> None:
        # Someone who chose a face and walked away still gave a valid (partial) answer.
        self._submit()
        self.face = None
        self.answers = {}
        self._index = 0
        self.submitted = False
        self.view.show_page(self.view.faces_page)
