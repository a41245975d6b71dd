"""The satisfaction survey reaches the server as an anonymous ``survey`` push; offline it
waits in the kiosk's outbox and goes out once the server answers again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from anjungan.core.domain.survey import Face, SkmElement
from anjungan.kiosk.app import KioskWindow
from anjungan.kiosk.screens.survey import SurveyController
from anjungan.kiosk.surveys import Delivery
from anjungan.server.models.sync import ReceivedRecord
from tests.helpers.demo_server import DemoServer

from .conftest import ANSWER_MS, MakeKiosk, closed_port


def received(server: DemoServer) -> list[dict[str, Any]]:
    with server.db.read() as session:
        rows = session.scalars(select(ReceivedRecord).where(ReceivedRecord.kind == "survey")).all()
        return [dict(row.payload) for row in rows]


def open_survey(qtbot: QtBot, kiosk: KioskWindow) -> SurveyController:
    qtbot.mouseClick(kiosk.home.tiles["survey"], Qt.MouseButton.LeftButton)
    screen = kiosk.screens["survey"]
    assert isinstance(screen, SurveyController)
    return screen


def test_a_face_alone_is_sent_and_thanked(
    qtbot: QtBot, kiosk: KioskWindow, server: DemoServer
) -> None:
    survey = open_survey(qtbot, kiosk)
    view = survey.view
    qtbot.mouseClick(view.face_buttons[Face.SATISFIED], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(survey.outbox_sender.finished, timeout=ANSWER_MS) as sent:
        qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    assert sent.args == [Delivery.SENT]
    assert view.current_page() is view.thanks_page
    [payload] = received(server)
    assert payload["face"] == 3
    assert payload["answers"] == [None] * 9


def test_the_nine_elements_are_sent_in_the_regulation_order_skips_included(
    qtbot: QtBot, kiosk: KioskWindow, server: DemoServer
) -> None:
    survey = open_survey(qtbot, kiosk)
    view = survey.view
    qtbot.mouseClick(view.face_buttons[Face.VERY_SATISFIED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    assert view.progress.text().startswith("Question 1 of 9: Requirements")
    scores = [4, 3, None, 4, 2, 4, 4, 1, 3]
    with qtbot.waitSignal(survey.outbox_sender.finished, timeout=ANSWER_MS):
        for score in scores:
            if score is None:
                qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
            else:
                face = Face.from_score(score)
                qtbot.mouseClick(view.answer_buttons[face], Qt.MouseButton.LeftButton)
    assert view.current_page() is view.thanks_page
    [payload] = received(server)
    assert payload["answers"] == scores
    assert len(payload["answers"]) == len(SkmElement)
    assert payload["face"] == 4


def test_offline_answers_wait_in_the_outbox_and_go_out_when_the_server_is_back(
    qtbot: QtBot, make_kiosk: MakeKiosk, server: DemoServer, tmp_path: Path
) -> None:
    data = tmp_path / "shared"
    offline = make_kiosk(data_dir=data, server_url=f"http://127.0.0.1:{closed_port()}")
    survey = open_survey(qtbot, offline)
    qtbot.mouseClick(survey.view.face_buttons[Face.DISSATISFIED], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(survey.outbox_sender.finished, timeout=ANSWER_MS) as kept:
        qtbot.mouseClick(survey.view.finish_button, Qt.MouseButton.LeftButton)
    assert kept.args == [Delivery.KEPT]
    assert survey.view.current_page() is survey.view.thanks_page
    assert received(server) == []
    offline.close()
    make_kiosk(data_dir=data)  # the same kiosk, started again with the server reachable
    qtbot.waitUntil(lambda: len(received(server)) == 1, timeout=ANSWER_MS)
    assert received(server)[0]["face"] == 2


def test_a_face_chosen_before_walking_away_is_sent_at_the_reset(
    qtbot: QtBot, kiosk: KioskWindow, server: DemoServer
) -> None:
    survey = open_survey(qtbot, kiosk)
    qtbot.mouseClick(survey.view.face_buttons[Face.VERY_DISSATISFIED], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(survey.outbox_sender.finished, timeout=ANSWER_MS):
        kiosk.go_home()
    assert [p["face"] for p in received(server)] == [1]
    assert survey.face is None and survey.answers == {}
