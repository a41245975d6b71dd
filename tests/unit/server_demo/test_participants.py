"""Demo participants: deterministic, unique, valid for the domain rules, in the national mix."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.core.domain.billing import YearMonth, bill_for_paid_through
from anjungan.core.domain.card import Bank, parse_card_number
from anjungan.core.domain.contact import PhoneKind, parse_phone
from anjungan.core.domain.contributions import monthly_contribution, ppu_class
from anjungan.core.domain.names import normalize_name
from anjungan.core.domain.nik import Sex, age_on, parse_kk, parse_nik
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.server.demo.facilities import REGISTRABLE_FKTP
from anjungan.server.demo.identifiers import IdentifierAllocator, ScopeTooSmall
from anjungan.server.demo.participants import SEGMENT_PARTICIPANTS, generate_families
from anjungan.server.demo.personas import PERSONA_PARTICIPANTS
from anjungan.server.demo.records import MembershipStatus, Relation
from anjungan.server.demo.scope import short_name
from tests.unit.server_demo.samples import (
    SAMPLE_PARTICIPANTS,
    TODAY,
    demo_facilities,
    sample_families,
)

_HASH_SCRIPT = """
import hashlib, sys
from datetime import date
from anjungan.server.demo.participants import generate_families
digest = hashlib.sha256()
for family in generate_families(int(sys.argv[1]), seed=int(sys.argv[2]), today=date(2025, 6, 15)):
    digest.update(repr(family).encode())
print(digest.hexdigest())
"""


def _digest(count: int, seed: int) -> str:
    digest = hashlib.sha256()
    for family in generate_families(count, seed=seed, today=TODAY):
        digest.update(repr(family).encode())
    return digest.hexdigest()


def test_same_seed_and_count_give_byte_identical_output_in_another_process() -> None:
    here = _digest(3000, 7)
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    there = subprocess.run(
        [sys.executable, "-c", _HASH_SCRIPT, "3000", "7"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.strip()
    assert here == there
    assert _digest(3000, 7) == here


def test_a_different_seed_gives_different_families() -> None:
    assert _digest(500, 1) != _digest(500, 2)


@settings(deadline=None, max_examples=25)
@given(count=st.integers(PERSONA_PARTICIPANTS, 400), seed=st.integers(0, 2**32))
def test_families_total_exactly_the_requested_participants(count: int, seed: int) -> None:
    families = list(generate_families(count, seed=seed, today=TODAY))
    assert sum(len(f.members) for f in families) == count
    assert all(1 <= len(f.members) <= 7 for f in families)


@settings(deadline=None, max_examples=25)
@given(count=st.integers(0, 300), seed=st.integers(0, 2**32))
def test_without_personas_every_nik_parses_and_matches_birth_date_and_sex(
    count: int, seed: int
) -> None:
    families = list(generate_families(count, seed=seed, today=TODAY, personas=False))
    assert sum(len(f.members) for f in families) == count
    for family in families:
        assert family.persona is None
        for member in family.members:
            info = parse_nik(member.nik, TODAY)
            assert (info.birth_date, info.sex) == (member.birth_date, member.sex)


def test_niks_cards_and_kk_numbers_are_unique_across_20000_participants() -> None:
    families = sample_families()
    members = [m for f in families for m in f.members]
    assert len(members) == SAMPLE_PARTICIPANTS
    niks = {m.nik for m in members}
    cards = {m.card_number for m in members}
    kks = {f.kk for f in families}
    assert len(niks) == len(members)
    assert len(cards) == len(members)
    assert len(kks) == len(families)
    assert not niks & kks, "a KK number must never equal a NIK"


def test_every_nik_passes_parse_nik_with_the_members_birth_date_and_sex() -> None:
    for member in (m for f in sample_families() for m in f.members):
        info = parse_nik(member.nik, TODAY)
        assert info.birth_date == member.birth_date
        assert info.sex == member.sex
        assert info.warnings == ()
        assert (info.birth_date.day + 40 == int(member.nik[6:8])) == (member.sex is Sex.FEMALE)


def test_most_niks_were_issued_in_the_familys_kecamatan_and_childrens_always() -> None:
    pairs = [(f, m) for f in sample_families() for m in f.members]
    same = sum(m.nik[:6] == f.kecamatan_code for f, m in pairs)
    assert 0.85 <= same / len(pairs) < 1.0  # movers exist, but they are few
    assert all(m.nik[:6] == f.kecamatan_code for f, m in pairs if m.relation is Relation.CHILD)


def test_kk_number_carries_the_familys_kecamatan() -> None:
    for family in sample_families():
        info = parse_kk(family.kk)
        assert info.kecamatan_code == family.kecamatan_code
        assert info.region is not None
        assert family.kabkota_code == family.kecamatan_code[:4]
        assert family.province_code == family.kecamatan_code[:2]


def test_card_numbers_are_13_digits_and_give_the_domains_virtual_account() -> None:
    for family in sample_families()[:500]:
        for member in family.members:
            assert parse_card_number(member.card_number) == member.card_number
        card = family.head.card_number
        assert family.virtual_accounts()[Bank.BRI] == "88888" + card[-11:]
        assert family.virtual_accounts()[Bank.MANDIRI] == "89888" + card[-11:]


def test_every_phone_is_an_indonesian_mobile_in_e164() -> None:
    phones = [m.phone for f in sample_families() for m in f.members if m.phone is not None]
    assert len(phones) >= len(sample_families())  # every head has one
    for phone in phones:
        parsed = parse_phone(phone)
        assert parsed.kind is PhoneKind.MOBILE
        assert parsed.e164 == phone


def test_every_name_is_already_normalized() -> None:
    for member in (m for f in sample_families() for m in f.members):
        assert normalize_name(member.name) == member.name


def test_participant_shares_follow_the_seed_001_national_mix() -> None:
    counts: Counter[Segment] = Counter()
    for family in sample_families():
        counts[family.segment] += len(family.members)
    total = sum(SEGMENT_PARTICIPANTS.values())
    for segment, target in SEGMENT_PARTICIPANTS.items():
        assert abs(counts[segment] / SAMPLE_PARTICIPANTS - target / total) < 0.02, segment


def test_family_has_one_head_first_at_most_one_spouse_then_children() -> None:
    for family in sample_families():
        relations = [m.relation for m in family.members]
        assert relations[0] is Relation.HEAD
        assert relations.count(Relation.HEAD) == 1
        assert relations.count(Relation.SPOUSE) <= 1
        assert relations == sorted(
            relations, key=[Relation.HEAD, Relation.SPOUSE, Relation.CHILD].index
        )


def test_birth_dates_are_plausible_for_each_role() -> None:
    for family in sample_families():
        ages = {m.nik: age_on(m.birth_date, TODAY) for m in family.members}
        adults = [m for m in family.members if m.relation is not Relation.CHILD]
        mothers = [m for m in adults if m.sex is Sex.FEMALE]
        for member in family.members:
            assert member.birth_date < TODAY
            assert ages[member.nik] < 100
            if member.relation is Relation.CHILD:
                assert ages[member.nik] <= 24
                if mothers:
                    assert ages[mothers[0].nik] - ages[member.nik] >= 17
            else:
                assert ages[member.nik] >= 17


def test_care_class_follows_the_segment_and_ppu_wage() -> None:
    seen: dict[Segment, set[CareClass]] = {}
    for family in sample_families():
        seen.setdefault(family.segment, set()).add(family.care_class)
        if family.segment.is_ppu:
            assert family.wage is not None
            assert family.care_class is ppu_class(family.wage, on=TODAY)
        else:
            assert family.wage is None
        if family.segment in (Segment.PBI_JK, Segment.PBPU_PEMDA):
            assert family.care_class is CareClass.III
    assert seen[Segment.PBPU] == set(CareClass)
    assert seen[Segment.BP] == set(CareClass)


def test_arrears_from_0_to_30_months_all_occur_only_for_pbpu_and_bp() -> None:
    arrears = {f.months_in_arrears for f in sample_families() if f.segment.is_mandiri}
    assert arrears == set(range(31))
    assert all(f.months_in_arrears == 0 for f in sample_families() if not f.segment.is_mandiri)


def test_status_and_arrears_agree_with_the_billing_rules() -> None:
    for family in sample_families():
        bill = bill_for_paid_through(family.paid_through, TODAY, family.monthly_own_share)
        assert bill.months_in_arrears == family.months_in_arrears
        assert bill.is_suspended == (family.status is MembershipStatus.SUSPENDED)


def test_monthly_amounts_are_the_domains_contribution() -> None:
    for family in sample_families()[:2000]:
        contribution = monthly_contribution(
            family.segment,
            len(family.members),
            on=TODAY,
            care_class=family.care_class if family.segment.is_mandiri else None,
            wage=family.wage,
        )
        assert family.monthly_amount == contribution.total
        assert family.monthly_own_share == contribution.participant


def test_payments_are_the_paid_months_of_the_last_year() -> None:
    current = YearMonth.of(TODAY)
    for family in sample_families():
        months = [p.month for p in family.payments]
        assert months == sorted(set(months))
        for payment in family.payments:
            assert current.plus(-11) <= payment.month <= family.paid_through
            assert payment.month <= current
            assert family.registered_on <= payment.paid_on <= TODAY
            assert YearMonth.of(payment.paid_on) == payment.month
            assert payment.amount == family.monthly_amount
        if family.months_in_arrears >= 11:
            assert family.payments == ()
    on_time = [p.paid_on.day <= 10 for f in sample_families() for p in f.payments]
    assert sum(on_time) / len(on_time) > 0.8


def test_fktp_is_a_generated_primary_care_facility_in_the_familys_kabkota() -> None:
    by_code = {f.code: f for f in demo_facilities()}
    for family in sample_families():
        facility = by_code[family.fktp_code]
        assert facility.kind in REGISTRABLE_FKTP
        assert facility.kabkota_code == family.kabkota_code


def test_address_names_the_familys_kecamatan() -> None:
    from anjungan.core.domain.regions import region_of

    for family in sample_families()[:1000]:
        kec = region_of(family.kecamatan_code)
        assert kec is not None
        assert f"Kec. {short_name(kec.name)}," in family.address


def test_regions_may_be_a_province_or_everything() -> None:
    jakarta = list(generate_families(300, seed=1, today=TODAY, regions=["31"]))
    assert {f.province_code for f in jakarta} == {"31"}
    national = list(generate_families(3000, seed=1, today=TODAY, regions="all"))
    assert len({f.province_code for f in national}) > 30


def test_bad_arguments_are_refused_at_the_call() -> None:
    with pytest.raises(ValueError, match="unknown"):
        generate_families(100, seed=1, today=TODAY, regions=["9999"])
    with pytest.raises(ValueError, match="3171"):
        generate_families(100, seed=1, today=TODAY, regions=["6471"])
    with pytest.raises(ValueError, match="at least"):
        generate_families(PERSONA_PARTICIPANTS - 1, seed=1, today=TODAY)
    with pytest.raises(ValueError, match="negative"):
        generate_families(-1, seed=1, today=TODAY)
    assert list(generate_families(50, seed=1, today=TODAY, regions=["6471"], personas=False))


def test_running_out_of_nik_serials_is_reported_not_wrapped() -> None:
    ids = IdentifierAllocator(["317101"], seed=0)
    birth = date(1990, 1, 1)
    niks = {ids.nik(0, birth, female=False) for _ in range(4999)}
    assert len(niks) == 4999
    with pytest.raises(ScopeTooSmall):
        ids.nik(0, birth, female=False)
    assert ids.nik(0, birth, female=True).endswith("0001")


def test_another_today_early_in_the_month_still_gives_valid_families() -> None:
    today = date(2026, 1, 5)
    for family in generate_families(2000, seed=3, today=today):
        bill = bill_for_paid_through(family.paid_through, today, family.monthly_own_share)
        assert bill.months_in_arrears == family.months_in_arrears
        for member in family.members:
            assert parse_nik(member.nik, today).birth_date == member.birth_date
