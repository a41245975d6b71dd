"""Person names and their masking (anjungan.core.domain.names)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.identity import NAME_MAX_LENGTH, mask_name, normalize_name
from anjungan.core.errors import ValidationError


def _code_of(text: str) -> str:
    with pytest.raises(ValidationError) as caught:
        normalize_name(text)
    assert caught.value.field == "name"
    return caught.value.code


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("suparman raharjo", "SUPARMAN RAHARJO"),
        ("  Siti   Nurhaliza  ", "SITI NURHALIZA"),
        ("ma'ruf amin", "MA'RUF AMIN"),
        ("ma\u2019ruf amin", "MA'RUF AMIN"),  # typographic apostrophe from a phone keyboard
        ("h. muhammad", "H. MUHAMMAD"),
        ("dewi lestari, s.kom", "DEWI LESTARI, S.KOM"),
        ("nur-aini", "NUR-AINI"),
        ("andré", "ANDRÉ"),
        ("ANDRE\u0301", "ANDRÉ"),  # decomposed accent composes to one letter
        ("I\tKETUT\nSUDIARSA", "I KETUT SUDIARSA"),
    ],
)
def test_names_are_upper_cased_with_single_spaces(typed, normal):
    assert normalize_name(typed) == normal


@pytest.mark.parametrize("typed", ["SUPARMAN 2", "AGUS17", "R1NI", "BUDI ٣"])
def test_name_with_digits_is_rejected(typed):
    assert _code_of(typed) == "has_digits"


@pytest.mark.parametrize("typed", ["BUDI@", "SITI_AMINAH", "AHMAD (ALM)", "RINI/RANI", "DEDI ☺"])
def test_name_with_other_symbols_is_rejected(typed):
    assert _code_of(typed) == "bad_character"


def test_lone_combining_accent_is_rejected():
    assert _code_of("BUDI \u0301") == "bad_character"


def test_empty_name_is_required_and_punctuation_alone_has_no_letter():
    assert _code_of("   ") == "required"
    assert _code_of(". -") == "no_letter"


def test_name_of_one_letter_is_accepted_and_101_characters_is_too_long():
    assert normalize_name("a") == "A"
    assert normalize_name("A" * NAME_MAX_LENGTH) == "A" * 100
    assert _code_of("A" * (NAME_MAX_LENGTH + 1)) == "too_long"


def test_length_is_counted_after_collapsing_spaces():
    assert len(normalize_name("A" + " " * 200 + "B")) == 3


def test_name_error_never_contains_the_name():
    with pytest.raises(ValidationError) as caught:
        normalize_name("SUPARMAN 2")
    err = caught.value
    assert "SUPARMAN" not in str(err) + err.message("id") + err.message("en")


def test_mask_name_keeps_first_two_letters_of_each_word():
    assert mask_name("SUPARMAN RAHARJO") == "SU****** RA*****"
    assert mask_name("siti  aminah") == "SI** AM****"


def test_mask_name_of_one_and_two_letter_words_keeps_only_the_first_letter():
    assert mask_name("I KETUT AL") == "I KE*** A*"
    assert mask_name("H. MUHAMMAD") == "H* MU******"


def test_mask_name_of_empty_text_is_empty():
    assert mask_name("  ") == ""


letters = st.characters(categories=["Lu", "Ll", "Lt", "Lo", "Mn"])
name_chars = st.one_of(letters, st.sampled_from(" '-.,\t"))


@given(st.text(name_chars, min_size=1, max_size=60))
def test_property_normalize_name_is_idempotent(text):
    try:
        once = normalize_name(text)
    except ValidationError as err:
        assert err.field == "name"
        return
    assert normalize_name(once) == once


@given(st.text(max_size=40))
def test_property_normalize_name_is_idempotent_on_any_text(text):
    try:
        once = normalize_name(text)
    except ValidationError:
        return
    assert normalize_name(once) == once
    assert once == once.strip()
    assert "  " not in once


@given(
    st.lists(
        st.text(st.characters(categories=["Lu"]), min_size=1, max_size=12), min_size=1, max_size=5
    )
)
def test_property_mask_name_keeps_word_count_and_lengths(words):
    name = " ".join(words)
    masked = mask_name(name).split(" ")
    assert [len(w) for w in masked] == [len(w) for w in normalize_name(name).split(" ")]
    assert all(m[0] == w[0] for m, w in zip(masked, normalize_name(name).split(" "), strict=True))
