"""FKTP and class change requests over HTTP: identity check, rules of DOMAIN.md "Data
changes" with their reasons and earliest dates, effective dates, the change log, audit.

Today is 23 November 2026; an allowed change takes effect on 1 December 2026.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from anjungan.core.clock import FixedClock
from anjungan.server.db import Database
from anjungan.server.models import AuditLog, ChangeLog
from anjungan.server.models.participants import Family, Participant, ParticipantChange
from tests.helpers import participant_factories as f
from tests.integration.server.conftest import Api

NEW_FKTP = "0901K002"


@pytest.fixture(autouse=True)
def families(db: Database, clock: FixedClock) -> None:
    f.load(db, clock)


def post(api: Api, role: str, kind: str, body: dict[str, Any]) -> Any:
    return api.as_(role).post(api.url(f"/participants/changes/{kind}"), json=body, timeout=10)


def fktp_body(person: f.Person, code: str = NEW_FKTP, **extra: object) -> dict[str, Any]:
    return {"nik": person.nik, "birth_date": person.birth_date.isoformat(), "fktp_code": code,
            **extra}  # fmt: skip


def class_body(person: f.Person, care_class: str, **extra: object) -> dict[str, Any]:
    return {"nik": person.nik, "birth_date": person.birth_date.isoformat(),
            "care_class": care_class, **extra}  # fmt: skip


def audits(db: Database, action: str) -> list[AuditLog]:
    with db.read() as session:
        return list(session.scalars(select(AuditLog).where(AuditLog.action == action)))


def changes(db: Database) -> list[ParticipantChange]:
    with db.read() as session:
        return list(session.scalars(select(ParticipantChange).order_by(ParticipantChange.id)))


def test_kiosk_fktp_change_is_accepted_from_next_month_audited_and_published(
    api: Api, db: Database
) -> None:
    person = f.PBPU_CLASS_II.members[0]
    answer = post(api, "kiosk", "fktp", fktp_body(person))
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["kind"] == "FKTP"
    assert (body["old_value"], body["new_value"]) == ("0901P001", NEW_FKTP)
    assert body["effective_on"] == "2026-12-01"
    assert body["members_affected"] == 1
    assert "1 Desember 2026" in body["message_id"]
    [stored] = changes(db)
    assert (stored.channel, stored.device_id, stored.effective_on) == (
        "KIOSK",
        "K-BPN-01",
        date(2026, 12, 1),
    )
    [row] = audits(db, "participant.fktp_change")
    assert row.entity_id == str(body["id"]) and row.device_id == "K-BPN-01"
    assert person.nik not in str(row.detail) and person.name not in str(row.detail)
    with db.read() as session:
        published = session.scalars(
            select(ChangeLog).where(ChangeLog.kind == "participant_change")
        ).all()
    assert [p.entity_id for p in published] == [str(body["id"])]
    assert person.nik not in str(published[0].payload)


def test_the_pending_change_shows_and_takes_effect_on_its_date(
    api: Api, db: Database, clock: FixedClock
) -> None:
    person = f.PBPU_CLASS_II.members[0]
    assert post(api, "kiosk", "fktp", fktp_body(person)).status_code == 201
    before = api.as_("kiosk").get(api.url(f"/participants/nik/{person.nik}"), timeout=10).json()
    assert before["fktp"]["code"] == "0901P001"
    assert before["pending_changes"] == [
        {"kind": "FKTP", "new_value": NEW_FKTP, "effective_on": "2026-12-01"}
    ]
    clock.advance(timedelta(days=9))  # 2 December 2026
    after = api.as_("kiosk").get(api.url(f"/participants/nik/{person.nik}"), timeout=10).json()
    assert after["fktp"]["code"] == NEW_FKTP
    assert after["pending_changes"] == []


def test_fktp_change_within_three_months_is_409_with_reasons_and_earliest_date(
    api: Api, db: Database
) -> None:
    person = f.PBPU_CLASS_II.members[0]
    f.update_member(db, person.nik, fktp_since=date(2026, 10, 1))
    answer = post(api, "kiosk", "fktp", fktp_body(person))
    assert answer.status_code == 409
    body = answer.json()
    assert body["code"] == "fktp_change_too_soon"
    assert body["earliest_on"] == "2027-01-01"
    assert "3 bulan" in body["message_id"] and "3 months" in body["message_en"]
    assert changes(db) == []
    assert len(audits(db, "participant.fktp_change_refused")) == 1


def test_a_second_request_while_one_is_pending_is_refused_then_three_months_count_from_it(
    api: Api, clock: FixedClock
) -> None:
    person = f.PBPU_CLASS_II.members[0]
    assert post(api, "kiosk", "fktp", fktp_body(person)).status_code == 201
    again = post(api, "kiosk", "fktp", fktp_body(person, "0901K003"))
    assert again.status_code == 409
    assert (again.json()["code"], again.json()["earliest_on"]) == ("change_pending", "2026-12-01")
    clock.advance(timedelta(days=9))  # in effect since 1 December: next from 1 March 2027
    later = post(api, "kiosk", "fktp", fktp_body(person, "0901K003"))
    assert later.status_code == 409
    assert (later.json()["code"], later.json()["earliest_on"]) == (
        "fktp_change_too_soon",
        "2027-03-01",
    )


def test_due_changes_are_written_back_into_the_member_row(
    api: Api, db: Database, clock: FixedClock
) -> None:
    person = f.PBPU_CLASS_II.members[0]
    assert post(api, "kiosk", "fktp", fktp_body(person)).status_code == 201
    clock.advance(timedelta(days=9))
    # Any new request for the family first applies what is due.
    assert post(api, "kiosk", "class", class_body(person, "I")).status_code == 201
    with db.read() as session:
        member = session.scalar(select(Participant).where(Participant.nik == person.nik))
        assert member is not None
        assert (member.fktp_code, member.fktp_since) == (NEW_FKTP, date(2026, 12, 1))
    assert [c.applied_at is not None for c in changes(db)] == [True, False]
    assert len(audits(db, "participant.change_applied")) == 1


def test_wrong_birth_date_is_refused_clearly_and_audited(api: Api, db: Database) -> None:
    person = f.PBPU_CLASS_II.members[0]
    body = fktp_body(person) | {"birth_date": "1970-03-01"}
    answer = post(api, "kiosk", "fktp", body)
    assert answer.status_code == 422
    assert (answer.json()["code"], answer.json()["field"]) == ("identity_mismatch", "birth_date")
    assert "Tanggal lahir" in answer.json()["message_id"]
    assert changes(db) == []
    [row] = audits(db, "participant.identity_check_failed")
    assert row.detail == {"attempted": "participant.fktp_change"}


def test_unknown_nik_in_a_change_request_is_404(api: Api) -> None:
    body = fktp_body(f.PBPU_CLASS_II.members[0]) | {
        "nik": f.nik("317101", date(1970, 2, 28), serial=998)
    }
    assert post(api, "kiosk", "fktp", body).status_code == 404


def test_pbi_fktp_change_goes_to_the_counter_where_an_officer_may_make_it(
    api: Api, db: Database
) -> None:
    person = f.PBI.members[0]
    kiosk = post(api, "kiosk", "fktp", fktp_body(person))
    assert kiosk.status_code == 409
    assert kiosk.json()["code"] == "counter_only"
    officer = post(api, "officer", "fktp", fktp_body(person))
    assert officer.status_code == 201
    assert changes(db)[0].channel == "COUNTER"
    assert changes(db)[0].officer == "officer1"


def test_moved_domicile_before_three_months_is_for_the_counter_only(api: Api, db: Database) -> None:
    person = f.PBPU_CLASS_II.members[0]
    f.update_member(db, person.nik, fktp_since=date(2026, 10, 1))
    body = fktp_body(person, reason="MOVED_DOMICILE")
    assert post(api, "kiosk", "fktp", body).json()["code"] == "counter_only"
    assert post(api, "officer", "fktp", body).status_code == 201


def test_choosing_the_current_fktp_is_refused(api: Api) -> None:
    answer = post(api, "kiosk", "fktp", fktp_body(f.PBPU_CLASS_II.members[0], "0901P001"))
    assert answer.status_code == 409
    assert answer.json()["code"] == "fktp_unchanged"


def test_class_change_applies_to_every_member_from_next_month(
    api: Api, db: Database, clock: FixedClock
) -> None:
    child = f.PBPU_ACTIVE.members[2]
    answer = post(api, "kiosk", "class", class_body(child, "II"))
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert (body["old_value"], body["new_value"], body["members_affected"]) == ("III", "II", 4)
    assert body["effective_on"] == "2026-12-01"
    assert len(audits(db, "participant.class_change")) == 1
    clock.advance(timedelta(days=9))
    head = f.PBPU_ACTIVE.members[0]
    status = api.as_("kiosk").get(api.url(f"/participants/nik/{head.nik}"), timeout=10).json()
    assert status["care_class"]["code"] == "II"
    bill = api.as_("kiosk").get(api.url(f"/participants/nik/{head.nik}/bill"), timeout=10).json()
    assert bill["monthly_payable"] == 4 * 100_000  # class II, Rp100,000 a person
    assert bill["current_amount"] == 400_000  # December is unpaid, not yet in arrears


def test_class_change_with_arrears_is_refused_with_the_reason(api: Api) -> None:
    answer = post(api, "kiosk", "class", class_body(f.PBPU_ARREARS_5.members[0], "II"))
    assert answer.status_code == 409
    assert answer.json()["code"] == "class_change_arrears"
    assert answer.json()["message_en"].startswith("There are unpaid contributions")


def test_class_change_before_twelve_months_names_the_earliest_date(api: Api, db: Database) -> None:
    with db.write() as session:
        family = session.scalar(select(Family).where(Family.kk == f.PBPU_CLASS_II.kk))
        assert family is not None
        family.class_since = date(2026, 6, 15)
    answer = post(api, "kiosk", "class", class_body(f.PBPU_CLASS_II.members[0], "I"))
    assert answer.status_code == 409
    assert (answer.json()["code"], answer.json()["earliest_on"]) == (
        "class_change_too_soon",
        "2027-06-15",
    )


def test_class_change_is_for_self_paying_families_only(api: Api) -> None:
    for household in (f.PBI, f.PPU):
        answer = post(api, "officer", "class", class_body(household.members[0], "II"))
        assert answer.status_code == 409
        assert answer.json()["code"] == "class_change_mandiri_only"


def test_deceased_participant_cannot_change_fktp(api: Api, db: Database) -> None:
    person = f.PBPU_ACTIVE.members[3]
    f.update_member(
        db, person.nik, status="INACTIVE", inactive_reason="DECEASED", status_since=date(2026, 1, 9)
    )
    answer = post(api, "officer", "fktp", fktp_body(person))
    assert answer.status_code == 409
    assert answer.json()["code"] == "participant_inactive"


def test_a_retried_request_returns_the_first_answer_and_a_reused_id_is_409(
    api: Api, db: Database
) -> None:
    person = f.PBPU_CLASS_II.members[0]
    request_id = str(uuid.uuid4())
    first = post(api, "kiosk", "fktp", fktp_body(person, request_id=request_id))
    again = post(api, "kiosk", "fktp", fktp_body(person, request_id=request_id))
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert len(changes(db)) == 1
    other = post(api, "kiosk", "fktp", fktp_body(person, "0901K003", request_id=request_id))
    assert other.status_code == 409
    assert other.json()["code"] == "request_id_reused"


def test_officer_sees_the_change_history(api: Api) -> None:
    person = f.PBPU_CLASS_II.members[0]
    assert post(api, "kiosk", "fktp", fktp_body(person)).status_code == 201
    history = api.as_("officer").get(api.url(f"/participants/nik/{person.nik}/changes"), timeout=10)
    assert history.status_code == 200
    [entry] = history.json()
    assert (entry["kind"], entry["new_value"], entry["channel"], entry["applied"]) == (
        "FKTP",
        NEW_FKTP,
        "KIOSK",
        False,
    )
    kiosk = api.as_("kiosk").get(api.url(f"/participants/nik/{person.nik}/changes"), timeout=10)
    assert kiosk.status_code == 403


def test_malformed_requests_are_422(api: Api) -> None:
    person = f.PBPU_CLASS_II.members[0]
    assert post(api, "kiosk", "fktp", fktp_body(person, "bad")).status_code == 422
    assert post(api, "kiosk", "class", class_body(person, "IV")).status_code == 422
    bad_nik = fktp_body(person) | {"nik": "123"}
    answer = post(api, "kiosk", "fktp", bad_nik)
    assert (answer.status_code, answer.json()["field"]) == (422, "nik")
