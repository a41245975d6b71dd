"""Counter and kiosk text fields: hostile input gives field errors, never a crash, and what
the local store keeps is the text itself, verbatim, as data.

The form checks (`validate_complaint`, `validate_registration`) are fed any Unicode, SQL
injection strings and 1 MB strings in every text field: they return `ValidationError`s
naming fields and never raise. Injection strings that are legal free text (a complaint's
problem and cause, an information question, a street address) are saved through the
real use cases into a real SQLite store and read back unchanged; every table is still
there afterwards and only the saved rows were added.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import inspect, select, text

from anjungan.core.clock import WIB, FixedClock
from anjungan.core.domain.complaints import Category, Channel
from anjungan.core.domain.registration import Document
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.errors import ValidationError
from anjungan.core.services.complaints import (
    PROBLEM_MAX_LENGTH,
    ComplaintFilters,
    ComplaintForm,
    list_complaints,
    log_complaint,
    validate_complaint,
)
from anjungan.core.services.forms import Desk, FormInvalid
from anjungan.core.services.info_requests import InfoTopic, log_info_request
from anjungan.core.services.registration import (
    AddressEntry,
    AutodebitEntry,
    FamilyRole,
    MemberEntry,
    RegistrationForm,
    register_participant,
    validate_registration,
)
from anjungan.core.store.engine import Store, open_store
from anjungan.core.store.models import Complaint, InfoRequest, Registration
from anjungan.core.store.uow import UnitOfWork
from tests.fuzz.budget import fuzz, tried
from tests.fuzz.strategies import HOSTILE, INJECTIONS, OVERSIZED, any_text, unicode_text
from tests.helpers.store_factories import DEVICE, OFFICE, OFFICER, SequentialIds

TODAY = date(2026, 11, 23)
CLOCK = FixedClock(datetime(2026, 11, 23, 9, 0, tzinfo=WIB))
DESK = Desk(officer_id=OFFICER, office_code=OFFICE)

COMPLAINT = ComplaintForm(
    channel=Channel.ORAL,
    category=Category.CONTRIBUTIONS,
    identifier="0001944358911",
    name="Siti Aminah",
    problem="Iuran sudah dibayar tetapi status kartu masih tidak aktif.",
    cause="Pembayaran belum tercatat di sistem.",
)
FAMILY = RegistrationForm(
    segment=Segment.PBPU,
    kk_number="3171012001230004",
    kk_member_count=2,
    members=(
        MemberEntry("3171011205800001", "Budi Santoso", FamilyRole.HEAD),
        MemberEntry("3171014308830002", "Siti Aminah", FamilyRole.SPOUSE),
    ),
    address=AddressEntry("31", "3171", "317101", "Jl. Merdeka No. 1 RT 01/RW 02"),
    phone="0812-3456-7890",
    fktp_code="0138U020",
    care_class=CareClass.III,
    documents=frozenset(
        {
            Document.KK,
            Document.SAVINGS_BOOK_FRONT_PAGE,
            Document.ACCOUNT_OWNER_KTP,
            Document.MATERAI,
        }
    ),
    autodebit=AutodebitEntry("BRI", "0023 0100 0123 567", "Budi Santoso"),
)
COMPLAINT_TEXT_FIELDS = ("identifier", "name", "phone", "problem", "cause")
hostile = st.one_of(any_text, st.sampled_from(HOSTILE))


def _registration_with(field: str, value: str) -> RegistrationForm:
    head, spouse = FAMILY.members
    part, _, name = field.rpartition(".")
    change: dict[str, Any] = {name: value}
    if part == "member":
        return replace(FAMILY, members=(replace(head, **change), spouse))
    if part == "address":
        return replace(FAMILY, address=replace(FAMILY.address, **change))
    if part == "autodebit":
        return replace(FAMILY, autodebit=replace(FAMILY.autodebit, **change))
    return replace(FAMILY, **change)


def _complaint_with(field: str, value: str) -> ComplaintForm:
    change: dict[str, Any] = {field: value}
    return replace(COMPLAINT, **change)


REGISTRATION_TEXT_FIELDS = (
    "kk_number",
    "phone",
    "fktp_code",
    "member.nik",
    "member.name",
    "address.province_code",
    "address.kabkota_code",
    "address.kecamatan_code",
    "address.street",
    "autodebit.bank",
    "autodebit.account_number",
    "autodebit.holder",
)


def _field_errors(errors: list[ValidationError]) -> None:
    for error in errors:
        assert isinstance(error, ValidationError)
        assert error.field and error.code and error.message_id and error.message_en


@fuzz(300)
@given(field=st.sampled_from(COMPLAINT_TEXT_FIELDS), value=hostile)
def test_any_text_in_a_complaint_field_gives_field_errors_never_a_crash(
    field: str, value: str
) -> None:
    tried("forms.validate_complaint")
    errors = validate_complaint(_complaint_with(field, value), TODAY)
    _field_errors(errors)
    assert {e.field for e in errors} <= {field}


@fuzz(300)
@given(field=st.sampled_from(REGISTRATION_TEXT_FIELDS), value=hostile)
def test_any_text_in_a_registration_field_gives_field_errors_never_a_crash(
    field: str, value: str
) -> None:
    tried("forms.validate_registration")
    _field_errors(validate_registration(_registration_with(field, value), TODAY))


@pytest.mark.parametrize("value", [OVERSIZED, *INJECTIONS[:6]], ids=lambda v: f"{len(v)}chars")
@pytest.mark.parametrize("field", ["identifier", "name", "phone"])
def test_injection_and_a_megabyte_in_an_identity_field_are_refused_on_that_field(
    field: str, value: str
) -> None:
    tried("forms.validate_complaint")
    errors = validate_complaint(_complaint_with(field, value), TODAY)
    assert [e.field for e in errors] == [field]


@pytest.mark.parametrize("field", ["problem", "cause"])
def test_a_broken_character_in_free_text_is_a_field_error_not_a_store_crash(
    store: Store, field: str
) -> None:
    # Regression: a lone surrogate passed the checks and SQLite raised UnicodeEncodeError.
    tried("forms.validate_complaint")
    form = _complaint_with(field, "Iuran \ud800 belum tercatat")
    assert [(e.field, e.code) for e in validate_complaint(form, TODAY)] == [
        (field, "bad_character")
    ]
    with pytest.raises(FormInvalid):
        log_complaint(_uow(store), form, clock=CLOCK, desk=DESK)


def test_a_broken_character_in_the_street_is_a_field_error() -> None:
    tried("forms.validate_registration")
    form = _registration_with("address.street", "Jl. Merdeka \udfff No. 1")
    assert [(e.field, e.code) for e in validate_registration(form, TODAY)] == [
        ("street", "bad_character")
    ]


def test_a_megabyte_problem_is_too_long_not_a_crash() -> None:
    tried("forms.validate_complaint")
    errors = validate_complaint(replace(COMPLAINT, problem=OVERSIZED), TODAY)
    assert [(e.field, e.code) for e in errors] == [("problem", "too_long")]


# --- what the local store keeps ------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "counter.sqlite3") as opened:
        yield opened


_IDS = SequentialIds()


def _uow(store: Store) -> UnitOfWork:
    return UnitOfWork(store, device_id=DEVICE, clock=CLOCK, new_id=_IDS)


def _row_counts(store: Store) -> dict[str, int]:
    with store.session() as session:
        tables = inspect(session.connection()).get_table_names()
        return {
            t: session.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one() for t in tables
        }


def _storable(value: str) -> bool:
    # SQLite text is UTF-8: a lone surrogate cannot be stored, and the form refuses it.
    return value.strip() != "" and "\ud800" not in value


STORED_INJECTIONS = [v for v in INJECTIONS if _storable(v)]


def test_injection_strings_in_free_text_are_stored_verbatim_and_tables_stay_intact(
    store: Store,
) -> None:
    before = _row_counts(store)
    saved = []
    for i, value in enumerate(STORED_INJECTIONS):
        form = replace(COMPLAINT, problem=value, cause=value, identifier=f"000194435891{i % 10}")
        saved.append(log_complaint(_uow(store), form, clock=CLOCK, desk=DESK).record.uuid)
        log_info_request(_uow(store), InfoTopic.OTHER, Channel.DIRECT, desk=DESK, question=value)
        tried("store.round_trip", 2)
    after = _row_counts(store)
    assert set(after) == set(before)
    assert after["complaint"] == before["complaint"] + len(STORED_INJECTIONS)
    assert after["info_request"] == before["info_request"] + len(STORED_INJECTIONS)
    assert all(after[t] >= before[t] for t in before)
    with store.session() as session:
        complaints = {c.uuid: c for c in session.scalars(select(Complaint))}
        questions = sorted(q.question for q in session.scalars(select(InfoRequest)))
    for record_uuid, value in zip(saved, STORED_INJECTIONS, strict=True):
        assert complaints[record_uuid].description == value.strip()
        assert complaints[record_uuid].cause == value.strip()
    assert questions == sorted(v.strip() for v in STORED_INJECTIONS)
    # The officer's search treats the text as words, not as a pattern or a query.
    rows = list_complaints(_uow(store), clock=CLOCK, filters=ComplaintFilters(search="' OR 1=1 --"))
    assert {r.problem for r in rows} == {v.strip() for v in STORED_INJECTIONS if "' OR 1=1 --" in v}


def test_an_injection_street_is_stored_verbatim_in_the_registration(store: Store) -> None:
    street = "Jl. O'Brien'); DROP TABLE registrations; -- No. 1"
    before = _row_counts(store)
    record = register_participant(
        _uow(store), _registration_with("address.street", street), today=TODAY, desk=DESK
    )
    tried("store.round_trip")
    with store.session() as session:
        stored = session.scalars(select(Registration).where(Registration.uuid == record.uuid)).one()
        assert stored.address is not None and stored.address.startswith(street + ", Gambir")
    after = _row_counts(store)
    assert set(after) == set(before) and all(after[t] >= before[t] for t in before)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(tmp_path_factory.mktemp("forms") / "counter.sqlite3") as opened:
        yield opened


@fuzz(150)
@given(problem=unicode_text.filter(str.strip), question=unicode_text)
def test_any_text_a_store_can_hold_round_trips_verbatim(
    shared_store: Store, problem: str, question: str
) -> None:
    tried("store.round_trip", 2)
    form = replace(
        COMPLAINT, problem=problem[:PROBLEM_MAX_LENGTH], cause=problem[:PROBLEM_MAX_LENGTH]
    )
    saved = log_complaint(_uow(shared_store), form, clock=CLOCK, desk=DESK).record
    info = log_info_request(
        _uow(shared_store), InfoTopic.OTHER, Channel.DIRECT, desk=DESK, question=question
    )
    with shared_store.session() as session:
        complaint = session.scalars(select(Complaint).where(Complaint.uuid == saved.uuid)).one()
        assert complaint.description == form.problem.strip() == complaint.cause
        stored = session.scalars(select(InfoRequest).where(InfoRequest.uuid == info.uuid)).one()
        assert stored.question == question.strip()
