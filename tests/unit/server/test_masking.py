"""What a kiosk may receive: the public schemas have no field for personal data, and the
values that do reach it (card number, name) are masked."""

from __future__ import annotations

import typing
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from anjungan.core.wire.participants import (
    Fktp,
    MemberPublic,
    MemberRecord,
    ParticipantPublic,
    ParticipantRecord,
)
from anjungan.server.services.billing import date_en, date_id
from anjungan.server.services.participants import mask_card, relation_label

PERSONAL = {"name", "nik", "kk", "card_number", "address", "phone", "birth_date", "wage"}


def field_names(model: type[BaseModel]) -> set[str]:
    """Every field name of ``model`` and of the models nested in it (facility excepted:
    an FKTP's name is public)."""
    names = set()
    for name, info in model.model_fields.items():
        names.add(name)
        for arg in (info.annotation, *typing.get_args(info.annotation)):
            if isinstance(arg, type) and issubclass(arg, BaseModel) and arg is not Fktp:
                names |= field_names(arg)
    return names


def test_public_schemas_have_no_field_for_personal_data() -> None:
    assert field_names(ParticipantPublic) & PERSONAL == set()
    assert field_names(MemberPublic) & PERSONAL == set()


def test_record_schemas_carry_what_an_officer_needs() -> None:
    assert {"name", "nik", "address", "phone", "birth_date", "kk"} <= field_names(ParticipantRecord)
    assert {"name", "nik", "phone", "birth_date"} <= field_names(MemberRecord)


def test_public_view_of_the_members_list_is_public_too() -> None:
    members = ParticipantPublic.model_fields["members"].annotation
    assert typing.get_args(members) == (MemberPublic,)


@given(st.text(alphabet="0123456789", min_size=13, max_size=13))
def test_a_masked_card_number_shows_only_its_last_four_digits(card: str) -> None:
    masked = mask_card(card)
    assert len(masked) == 13
    assert masked[:9] == "*" * 9
    assert masked[9:] == card[9:]


def test_mask_card_keeps_leading_zeros_hidden_and_the_tail() -> None:
    assert mask_card("0001944358911") == "*********8911"


def test_dates_in_words_in_both_languages() -> None:
    assert date_id(date(2026, 7, 1)) == "1 Juli 2026"
    assert date_en(date(2026, 7, 1)) == "1 July 2026"
    assert date_id(date(2027, 12, 31)) == "31 Desember 2027"


def test_an_unknown_relation_reads_as_another_family_member() -> None:
    label = relation_label("COUSIN")
    assert (label.code, label.label_en) == ("COUSIN", "Other family member")
    assert relation_label("SPOUSE").label_id == "Suami/istri"
