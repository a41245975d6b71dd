"""The fixed demo personas: first, as documented, independent of the seed, each showing its case."""

from __future__ import annotations

import re
from datetime import date

from anjungan.core.domain.billing import bill_for_paid_through, rehab_eligible
from anjungan.core.domain.card import Bank
from anjungan.core.domain.contributions import monthly_contribution
from anjungan.core.domain.nik import age_on, parse_kk, parse_nik
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.server.demo import personas as personas_module
from anjungan.server.demo.participants import generate_families
from anjungan.server.demo.personas import PERSONA_PARTICIPANTS, PERSONAS
from anjungan.server.demo.records import Family, MembershipStatus
from tests.unit.server_demo.samples import TODAY, demo_facilities, sample_families


def _persona(key: str) -> Family:
    return next(f for f in sample_families() if f.persona == key)


def test_personas_come_first_in_documented_order_with_documented_numbers() -> None:
    first = sample_families()[: len(PERSONAS)]
    assert [f.persona for f in first] == [p.key for p in PERSONAS]
    for family, persona in zip(first, PERSONAS, strict=True):
        assert family.head.name == persona.name
        assert family.head.nik == persona.nik
        assert family.head.card_number == persona.card_number
        assert family.kk == persona.kk
        assert persona.demonstrates_id and persona.demonstrates_en
    assert sum(len(f.members) for f in first) == PERSONA_PARTICIPANTS
    assert all(f.persona is None for f in sample_families()[len(PERSONAS) :])


def test_docstring_table_matches_the_personas_constant() -> None:
    doc = personas_module.__doc__ or ""
    rows = re.findall(r"\| ``(\w+)`` \| ([A-Z ]+) \| (\d{16}) \| (\d{13}) \|", doc)
    assert rows == [(p.key, p.name, p.nik, p.card_number) for p in PERSONAS]


def test_personas_do_not_depend_on_the_seed() -> None:
    one = list(generate_families(PERSONA_PARTICIPANTS, seed=1, today=TODAY))
    two = list(generate_families(PERSONA_PARTICIPANTS, seed=99, today=TODAY))
    assert one == two
    assert [f.persona for f in one] == [p.key for p in PERSONAS]


def test_persona_numbers_are_valid_and_registered_at_their_puskesmas() -> None:
    facilities = {f.code: f for f in demo_facilities()}
    for family in sample_families()[: len(PERSONAS)]:
        assert parse_kk(family.kk).kecamatan_code == family.kecamatan_code
        fktp = facilities[family.fktp_code]
        assert fktp.kecamatan_code == family.kecamatan_code
        assert fktp.name.startswith("PUSKESMAS ")
        for member in family.members:
            info = parse_nik(member.nik, TODAY)
            assert (info.birth_date, info.sex) == (member.birth_date, member.sex)


def test_active_pbpu_class_iii_family_of_four_has_the_domain_example_va() -> None:
    family = _persona("pbpu_active")
    assert (family.segment, family.care_class) == (Segment.PBPU, CareClass.III)
    assert len(family.members) == 4
    assert family.status is MembershipStatus.ACTIVE
    assert family.head.card_number == "0001944358911"
    assert family.virtual_accounts()[Bank.BCA] == "8888801944358911"
    assert family.virtual_accounts()[Bank.MANDIRI] == "8988801944358911"
    assert family.monthly_own_share == 4 * 35_000
    assert len(family.payments) == 12


def test_five_months_arrears_persona_is_suspended_and_rehab_eligible() -> None:
    family = _persona("arrears_5")
    assert family.segment is Segment.PBPU
    assert family.status is MembershipStatus.SUSPENDED
    assert family.months_in_arrears == 5
    bill = bill_for_paid_through(family.paid_through, TODAY, family.monthly_own_share)
    assert bill.months_in_arrears == 5 and bill.is_suspended
    assert rehab_eligible(family.segment, family.months_in_arrears, on=TODAY)


def test_thirty_months_arrears_persona_counts_only_24_for_reactivation() -> None:
    family = _persona("arrears_30")
    bill = bill_for_paid_through(family.paid_through, TODAY, family.monthly_own_share)
    assert family.months_in_arrears == 30
    assert len(bill.arrears_months) == 30
    assert len(bill.counted_arrears_months) == 24
    assert family.payments == ()


def test_pbi_and_pemda_personas_pay_nothing_themselves() -> None:
    pbi, pemda = _persona("pbi"), _persona("pemda")
    assert (pbi.segment, pemda.segment) == (Segment.PBI_JK, Segment.PBPU_PEMDA)
    assert pbi.monthly_own_share == pemda.monthly_own_share == 0
    assert pbi.monthly_amount == pemda.monthly_amount == 42_000
    assert pbi.status is pemda.status is MembershipStatus.ACTIVE


def test_ppu_persona_earns_15_million_and_pays_on_the_capped_base() -> None:
    family = _persona("ppu_15m")
    assert family.segment.is_ppu
    assert family.wage == 15_000_000
    assert family.care_class is CareClass.I
    assert len(family.members) == 3
    contribution = monthly_contribution(family.segment, 3, on=TODAY, wage=family.wage)
    assert contribution.wage_base == 12_000_000
    assert family.monthly_amount == 600_000
    assert family.monthly_own_share == 120_000


def test_bp_pensioner_is_a_non_worker_past_retirement_age() -> None:
    family = _persona("bp_pensioner")
    assert family.segment is Segment.BP
    assert age_on(family.head.birth_date, TODAY) >= 60
    assert family.status is MembershipStatus.ACTIVE


def test_persona_arrears_are_relative_to_today() -> None:
    later = date(2027, 2, 3)
    families = {f.persona: f for f in generate_families(PERSONA_PARTICIPANTS, seed=0, today=later)}
    assert families["arrears_5"].months_in_arrears == 5
    assert families["arrears_30"].months_in_arrears == 30
    assert families["pbpu_active"].status is MembershipStatus.ACTIVE
