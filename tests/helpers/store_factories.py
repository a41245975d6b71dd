"""Builders of valid local-store records for tests, and a deterministic id factory.

Figures are plausible, not real: NIKs follow DOMAIN.md's layout (women: day + 40).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime

from anjungan.core.domain.change_types import ChangeDocument
from anjungan.core.domain.changes import FktpChangeReason
from anjungan.core.domain.segments import Segment
from anjungan.core.services.data_changes import (
    FktpChange,
    Subject,
    change_record,
    check_change,
)
from anjungan.core.services.forms import Desk
from anjungan.core.store.models import (
    Complaint,
    ComplaintEvent,
    DataChange,
    InfoRequest,
    Registration,
    RegistrationMember,
    SurveyResponse,
)

DEVICE = "counter-jakpus-01"
OFFICE = "0901"
OFFICER = "petugas-01"
ROLES = ("head", "spouse", "child", "child")


class SequentialIds:
    """An id factory giving uuid(1), uuid(2), ...: predictable and collision-free."""

    def __init__(self, start: int = 1) -> None:
        self._numbers: Iterator[int] = iter(range(start, 2**63))

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=next(self._numbers))


def members_for(record_uuid: uuid.UUID) -> int:
    """2, 3 or 4 members, derived from the uuid so a checker can recompute it."""
    return 2 + record_uuid.int % 3


def registration(member_count: int = 3, **overrides: object) -> Registration:
    members = [
        RegistrationMember(
            position=i + 1,
            nik=f"317101{10 + (40 if i % 2 else 0):02d}01{85 + i:02d}{i + 1:04d}",
            name=f"Anggota {i + 1}",
            sex="L" if i % 2 == 0 else "P",
            birth_date=date(1985 + i, 1, 10),
            family_role=ROLES[min(i, len(ROLES) - 1)],
        )
        for i in range(member_count)
    ]
    fields: dict[str, object] = {
        "kk_number": "3171012001230004",
        "segment": "PBPU",
        "care_class": 3,
        "fktp_code": "0138U020",
        "address": "Jl. Merdeka No. 1, Jakarta Pusat",
        "phone": "081234567890",
        "bank_code": "BRI",
        "bank_account_number": "002301000123567",
        "bank_account_holder": "Anggota 1",
        "officer_id": OFFICER,
        "office_code": OFFICE,
        "members": members,
    }
    fields.update(overrides)
    return Registration(**fields)


def complaint(**overrides: object) -> Complaint:
    fields: dict[str, object] = {
        "channel": "direct",
        "received_at": datetime.fromisoformat("2026-11-23T09:15:00+07:00"),
        "card_number": "0001944358911",
        "reporter_name": "Pelapor",
        "category": "pelayanan faskes",
        "description": "Kartu tidak aktif padahal iuran sudah dibayar.",
        "officer_id": OFFICER,
        "office_code": OFFICE,
    }
    fields.update(overrides)
    return Complaint(**fields)


def complaint_event(parent: Complaint, event_type: str = "answer_drafted") -> ComplaintEvent:
    return ComplaintEvent(complaint=parent, event_type=event_type, actor_id=OFFICER)


# A change of FKTP after moving house, as an officer fills it at the counter.
FKTP_CHANGE = FktpChange(
    Subject(card_number="0001944358911", nik="3171011205800001"),
    Segment.PBPU,
    FktpChangeReason.MOVED_DOMICILE,
    "0138B011",
    "01-10-2026",
    documents=frozenset({ChangeDocument.MOVE_LETTER}),
)
CHANGE_RECORDED_ON = date(2026, 11, 23)


def data_change(**overrides: object) -> DataChange:
    """`FKTP_CHANGE` recorded on `CHANGE_RECORDED_ON`, as `record_data_change` keeps it:
    the payload the server's re-check accepts (effective 1 December 2026)."""
    checked = check_change(FKTP_CHANGE, CHANGE_RECORDED_ON)
    assert checked.decision is not None, checked.errors
    record = change_record(checked.decision, Desk(officer_id=OFFICER, office_code=OFFICE))
    for name, value in overrides.items():
        setattr(record, name, value)
    return record


def info_request() -> InfoRequest:
    return InfoRequest(
        channel="direct",
        topic="iuran",
        question="Berapa iuran kelas III?",
        answer="Rp42.000, peserta membayar Rp35.000.",
        officer_id=OFFICER,
        office_code=OFFICE,
    )


def survey(answers: list[int] | None = None) -> SurveyResponse:
    return SurveyResponse(office_code=OFFICE, service="registration", answers=answers or [4] * 9)
