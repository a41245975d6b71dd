"""Participant status and bill lookups over HTTP: statuses in plain words, masking by
role, 404/422 answers, and bill figures computed here by hand (not by the server's code).

Today is the fixture clock's 23 November 2026 (WIB).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from anjungan.core.clock import FixedClock
from anjungan.server.db import Database
from tests.helpers import participant_factories as f
from tests.integration.server.conftest import Api


@pytest.fixture(autouse=True)
def families(db: Database, clock: FixedClock) -> None:
    f.load(db, clock)


def get(api: Api, role: str, path: str) -> Any:
    return api.as_(role).get(api.url(path), timeout=10)


def head(household: f.Household) -> f.Person:
    return household.members[0]


def all_keys(value: object) -> set[str]:
    """Every key at any depth, except inside "fktp" (a facility's name is public)."""
    if isinstance(value, dict):
        inner = {k for key, v in value.items() if key != "fktp" for k in all_keys(v)}
        return set(value) | inner
    if isinstance(value, list):
        return {k for v in value for k in all_keys(v)}
    return set()


def test_active_pbpu_participant_is_active_with_segment_class_and_fktp(api: Api) -> None:
    answer = get(api, "kiosk", f"/participants/nik/{head(f.PBPU_ACTIVE).nik}")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["status"]["active"] is True
    assert body["status"]["message_en"] == "Active."
    assert body["status"]["warning_en"] is None  # November is paid
    assert body["segment"]["code"] == "PBPU"
    assert body["care_class"]["code"] == "III"
    assert body["fktp"]["code"] == "0901P001"
    assert body["masked_name"] == "SU****** RA*****"
    assert [m["relation"]["code"] for m in body["members"]] == ["HEAD", "SPOUSE", "CHILD", "CHILD"]
    assert body["members"][0]["age"] == 46


def test_suspended_pbpu_says_how_many_months_and_since_when(api: Api) -> None:
    spouse = f.PBPU_ARREARS_5.members[1]
    body = get(api, "kiosk", f"/participants/nik/{spouse.nik}").json()
    status = body["status"]
    # Paid through May 2026: June-October unpaid, suspended from 1 July (seed 001).
    assert status["active"] is False
    assert status["reason"] == "ARREARS"
    assert status["months_in_arrears"] == 5
    assert status["since"] == "2026-07-01"
    assert "5 bulan" in status["message_id"] and "1 Juli 2026" in status["message_id"]
    assert "5 months" in status["message_en"] and "1 July 2026" in status["message_en"]
    assert all(m["status"]["reason"] == "ARREARS" for m in body["members"])


def test_active_pbpu_with_the_current_month_unpaid_is_warned(
    api: Api, db: Database, clock: FixedClock
) -> None:
    household = f.single(80, f.Segment.PBPU, f.CareClass.II, f.YearMonth(2026, 10))
    f.load(db, clock, household)
    status = get(api, "kiosk", f"/participants/nik/{head(household).nik}").json()["status"]
    assert status["active"] is True
    assert "1 December 2026" in status["warning_en"]
    assert "10 November 2026" in status["warning_en"]


def test_pbi_is_never_in_arrears_and_a_deactivated_pbi_member_is_told_why(
    api: Api, db: Database
) -> None:
    spouse = f.PBI.members[1]
    f.update_member(
        db,
        spouse.nik,
        status="INACTIVE",
        inactive_reason="PBI_DEACTIVATED",
        status_since=date(2026, 9, 1),
    )
    head_body = get(api, "kiosk", f"/participants/nik/{head(f.PBI).nik}").json()
    # Government-paid: an old paid-through month is not the participant's arrears.
    assert head_body["status"]["active"] is True
    assert head_body["segment"]["code"] == "PBI_JK"
    status = get(api, "kiosk", f"/participants/nik/{spouse.nik}").json()["status"]
    assert status["active"] is False
    assert status["reason"] == "PBI_DEACTIVATED"
    assert "PBI" in status["message_id"] and "1 September 2026" in status["message_id"]
    assert "1 September 2026" in status["message_en"]


def test_ppu_family_is_class_one_by_wage_and_active(api: Api) -> None:
    body = get(api, "kiosk", f"/participants/nik/{f.PPU.members[2].nik}").json()
    assert body["segment"]["code"] == "PPU_BU"
    assert body["care_class"]["code"] == "I"  # wage base above Rp4,000,000
    assert body["status"]["active"] is True


def test_unknown_nik_is_404_with_a_plain_sentence(api: Api) -> None:
    unknown = f.nik("317101", date(1990, 1, 1), serial=999)
    answer = get(api, "kiosk", f"/participants/nik/{unknown}")
    assert answer.status_code == 404
    assert answer.json()["code"] == "not_found"
    assert answer.json()["message_en"] == "A participant with that number was not found."
    assert unknown not in answer.text


@pytest.mark.parametrize(
    ("typed", "code"),
    [("12345", "wrong_length"), ("31710112038000AB", "not_digits"),
     ("9971011203800010", "unknown_province"), ("3171013203800010", "invalid_day")],
)  # fmt: skip
def test_invalid_nik_is_422_with_the_domain_message(api: Api, typed: str, code: str) -> None:
    answer = get(api, "kiosk", f"/participants/nik/{typed}")
    assert answer.status_code == 422
    body = answer.json()
    assert (body["field"], body["code"]) == ("nik", code)
    assert body["message_id"] and body["message_en"]


def test_lookup_by_card_number_finds_the_same_person(api: Api) -> None:
    person = f.PBPU_ACTIVE.members[1]
    by_card = get(api, "kiosk", f"/participants/card/{person.card_number}").json()
    by_nik = get(api, "kiosk", f"/participants/nik/{person.nik}").json()
    assert by_card == by_nik
    assert by_card["masked_card_number"] == "*********" + person.card_number[-4:]


def test_unknown_or_malformed_card_number_is_404_or_422(api: Api) -> None:
    assert get(api, "kiosk", "/participants/card/0009999999999").status_code == 404
    malformed = get(api, "kiosk", "/participants/card/12")
    assert malformed.status_code == 422
    assert malformed.json()["field"] == "card_number"


def secrets_of(household: f.Household) -> list[str]:
    texts = [household.address, "Melati", household.kk]
    for person in household.members:
        texts += [person.nik, person.birth_date.isoformat(), *person.name.split()]
        if person.phone:
            texts += [person.phone, person.phone[3:]]
    return texts


@pytest.mark.parametrize("role", ["kiosk", "board"])
def test_kiosk_never_receives_a_name_nik_address_phone_or_birth_date(api: Api, role: str) -> None:
    person = head(f.PBPU_ACTIVE)
    answers = [
        get(api, role, f"/participants/nik/{person.nik}"),
        get(api, role, f"/participants/card/{person.card_number}"),
        get(api, role, f"/participants/nik/{person.nik}/bill"),
    ]
    for answer in answers:
        assert answer.status_code == 200
        leaked = [text for text in secrets_of(f.PBPU_ACTIVE) if text in answer.text]
        assert leaked == [], answer.url
        keys = all_keys(answer.json())
        assert keys.isdisjoint({"name", "nik", "kk", "address", "phone", "birth_date", "wage"})


@pytest.mark.parametrize("role", ["kiosk", "board"])
def test_kiosk_cannot_open_the_full_record(api: Api, role: str) -> None:
    person = head(f.PBPU_ACTIVE)
    assert get(api, role, f"/participants/nik/{person.nik}/record").status_code == 403
    assert get(api, role, f"/participants/card/{person.card_number}/record").status_code == 403


@pytest.mark.parametrize("role", ["counter", "officer", "supervisor", "admin"])
def test_officer_and_above_get_the_full_record(api: Api, role: str) -> None:
    person = head(f.PBPU_ACTIVE)
    answer = get(api, role, f"/participants/nik/{person.nik}/record")
    assert answer.status_code == 200
    body = answer.json()
    assert body["name"] == "SUPARMAN RAHARJO"
    assert body["nik"] == person.nik
    assert body["address"] == f.PBPU_ACTIVE.address
    assert body["phone"] == "+6281299887766"
    assert body["birth_date"] == "1980-03-12"
    assert body["kk"] == f.PBPU_ACTIVE.kk
    assert [m["name"] for m in body["members"]] == [m.name for m in f.PBPU_ACTIVE.members]
    assert body["members"][1]["phone"] == "+6281377665544"
    by_card = get(api, role, f"/participants/card/{person.card_number}/record").json()
    assert by_card == body


def test_bill_of_a_pbpu_class_three_family_of_four_five_months_in_arrears(api: Api) -> None:
    person = f.PBPU_ARREARS_5.members[3]
    answer = get(api, "kiosk", f"/participants/nik/{person.nik}/bill")
    assert answer.status_code == 200
    bill = answer.json()
    # By hand (DOMAIN.md): class III is Rp42,000 a person, of which the participant pays
    # Rp35,000 (Rp2,800 Pemda, Rp4,200 central government). Paid through May 2026, today
    # 23 November 2026: June..October are 5 months of arrears, November is unpaid.
    per_month = 4 * 35_000
    assert bill["people"] == 4
    assert bill["monthly_iuran"] == 4 * 42_000
    assert bill["monthly_payable"] == per_month == 140_000
    payers = {p["payer"]["code"]: p["amount"] for p in bill["payers"]}
    assert payers == {"PARTICIPANT": 140_000, "PEMDA": 11_200, "CENTRAL_GOVERNMENT": 16_800}
    assert bill["self_paid"] is True
    assert (bill["current_month"], bill["paid_through"]) == ("2026-11", "2026-05")
    assert bill["months_in_arrears"] == bill["months_counted"] == 5
    assert bill["arrears_amount"] == 5 * per_month == 700_000
    assert bill["current_amount"] == per_month
    # Reactivation: the arrears (at most 24 months) plus the current month.
    assert bill["reactivation_amount"] == bill["amount_owed"] == 6 * per_month == 840_000
    assert bill["suspended"] is True
    assert bill["suspended_since"] == "2026-07-01"
    assert bill["suspends_on"] is None
    assert bill["due_date"] == "2026-11-10"
    assert bill["past_due"] is True
    assert bill["penalty"] == {
        "rate": "0.05",
        "max_months": 12,
        "window_days": 45,
        "cap": 30_000_000,
        "months_that_would_count": 5,
    }
    assert bill["masked_head_name"] == "SU****** RA*****"


def test_reactivation_counts_at_most_24_months_of_arrears(api: Api) -> None:
    bill = get(api, "kiosk", f"/participants/nik/{head(f.ARREARS_30).nik}/bill").json()
    # Paid through April 2024: May 2024..October 2026 is 30 months; 24 are collected.
    assert bill["months_in_arrears"] == 30
    assert bill["months_counted"] == 24
    assert bill["arrears_amount"] == 24 * 150_000
    assert bill["reactivation_amount"] == 25 * 150_000
    assert bill["penalty"]["months_that_would_count"] == 12


def test_bill_gives_the_family_virtual_account_at_every_bank(api: Api) -> None:
    bill = get(api, "kiosk", "/participants/card/0001944358911/bill").json()
    # DOMAIN.md "Identity": card 0001944358911 -> 8888801944358911 / 8988801944358911.
    assert {va["bank"]: va["number"] for va in bill["virtual_accounts"]} == {
        "BRI": "8888801944358911",
        "BNI": "8888801944358911",
        "BTN": "8888801944358911",
        "BCA": "8888801944358911",
        "MANDIRI": "8988801944358911",
    }
    assert bill["amount_owed"] == 0 and bill["suspended"] is False


def test_members_share_the_head_of_family_virtual_account(api: Api) -> None:
    child = f.PBPU_ARREARS_5.members[2]
    bill = get(api, "kiosk", f"/participants/nik/{child.nik}/bill").json()
    head_card = head(f.PBPU_ARREARS_5).card_number
    assert {va["number"] for va in bill["virtual_accounts"]} == {
        "88888" + head_card[-11:],
        "89888" + head_card[-11:],
    }


def test_ppu_bill_is_five_percent_of_the_capped_wage_paid_by_the_employer(api: Api) -> None:
    bill = get(api, "kiosk", f"/participants/nik/{head(f.PPU).nik}/bill").json()
    # Wage Rp15,000,000 is capped at Rp12,000,000: 4% employer, 1% worker.
    assert bill["monthly_iuran"] == 600_000
    payers = {p["payer"]["code"]: p["amount"] for p in bill["payers"]}
    assert payers == {"EMPLOYER": 480_000, "PARTICIPANT": 120_000}
    assert bill["self_paid"] is False
    assert bill["virtual_accounts"] == []


def test_pbi_bill_is_paid_by_the_central_government(api: Api) -> None:
    bill = get(api, "kiosk", f"/participants/nik/{head(f.PBI).nik}/bill").json()
    assert bill["monthly_iuran"] == 4 * 42_000
    assert [p["payer"]["code"] for p in bill["payers"]] == ["CENTRAL_GOVERNMENT"]
    assert bill["months_in_arrears"] == 0 and bill["amount_owed"] == 0
    assert bill["virtual_accounts"] == []


def test_lookups_need_a_token(api: Api) -> None:
    assert get(api, "anonymous", f"/participants/nik/{head(f.PBI).nik}").status_code == 401
