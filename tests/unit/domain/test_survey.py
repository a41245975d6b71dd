"""SKM (PermenPANRB 14/2017): answers, NRR, the exact 1/9-weighted index and its grade."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.survey import (
    PERMENPANRB_14_2017,
    Face,
    SkmElement,
    SurveyResponse,
    grade_for,
    round_half_up,
    skm_index,
    skm_rules_for,
)
from anjungan.core.errors import ValidationError

ELEMENTS = list(SkmElement)


def everything(score: int) -> SurveyResponse:
    return SurveyResponse(dict.fromkeys(ELEMENTS, score))


def test_nine_elements_in_the_regulation_order_with_both_labels():
    assert [(e.number, e.label_en) for e in ELEMENTS] == [
        (1, "Requirements"),
        (2, "Procedure"),
        (3, "Completion time"),
        (4, "Cost/tariff"),
        (5, "Service product"),
        (6, "Officer competence"),
        (7, "Officer behaviour"),
        (8, "Complaint handling"),
        (9, "Facilities"),
    ]
    assert SkmElement.REQUIREMENTS.label("id") == "Persyaratan"
    assert SkmElement.FACILITIES.label("id") == "Sarana dan Prasarana"


def test_the_four_faces_map_one_to_one_onto_scores_1_to_4():
    assert [int(face) for face in Face] == [1, 2, 3, 4]
    assert Face.from_score(1) is Face.VERY_DISSATISFIED
    assert Face.from_score(4) is Face.VERY_SATISFIED
    assert {Face.from_score(n) for n in range(1, 5)} == set(Face)
    assert Face.SATISFIED.label("id") == "Puas" and Face.SATISFIED.label("en") == "Satisfied"


@pytest.mark.parametrize("bad", [0, 5, -1, True, "3", 2.5])
def test_an_answer_outside_1_to_4_is_a_validation_error(bad):
    with pytest.raises(ValidationError) as err:
        SurveyResponse({SkmElement.COST: bad})
    assert err.value.code == "skm_score_out_of_range"
    assert err.value.field == "answers.cost"
    with pytest.raises(ValidationError):
        Face.from_score(bad)


def test_an_empty_response_or_an_unknown_element_is_rejected():
    with pytest.raises(ValidationError) as err:
        SurveyResponse()
    assert err.value.code == "skm_response_empty"
    with pytest.raises(ValidationError):
        SurveyResponse({"requirements": 4})  # type: ignore[dict-item]


def test_a_face_given_as_a_plain_score_is_stored_as_a_face():
    assert SurveyResponse(face=3).face is Face.SATISFIED  # type: ignore[arg-type]


def test_answers_are_frozen_once_validated():
    response = everything(4)
    with pytest.raises(TypeError):
        response.answers[SkmElement.COST] = 1  # type: ignore[index]


def test_all_fours_give_100_grade_a():
    result = skm_index([everything(4)] * 7)
    assert (result.index, result.grade.grade, result.respondents) == (Decimal("100.00"), "A", 7)


def test_all_threes_give_75_grade_c():
    # NRR 3 for each element; 9 x 3 x 1/9 x 25 = 75.00, inside C (65.00-76.60).
    result = skm_index([everything(3)] * 4)
    assert (result.index, result.grade.grade) == (Decimal("75.00"), "C")
    assert result.grade.label("id") == "Kurang Baik"


def test_all_ones_give_25_and_all_twos_50_both_grade_d():
    assert skm_index([everything(1)]).index == Decimal("25.00")
    assert skm_index([everything(2)]).grade.grade == "D"
    assert skm_index([everything(2)]).index == Decimal("50.00")


def test_nrr_is_the_sum_of_an_elements_answers_over_its_respondents():
    responses = [everything(4), everything(3), everything(3)]
    result = skm_index(responses)
    assert result.nrr[SkmElement.COST] == Fraction(10, 3)
    assert result.answers_per_element[SkmElement.COST] == 3


def test_the_weight_is_exactly_one_ninth_not_0_111():
    # Five respondents: two all-4, two all-3, one answering 4 on U1-U6 and 3 on U7-U9.
    # NRR U1-U6 = (4+4+3+3+4)/5 = 3.6; NRR U7-U9 = (4+4+3+3+3)/5 = 3.4.
    # Sum of NRR = 6 x 3.6 + 3 x 3.4 = 31.8.
    # Exact: 31.8 x 1/9 x 25 = 88.333... -> 88.33, grade A.
    # With 0.111: 31.8 x 0.111 x 25 = 88.245 -> 88.25, grade B (the wrong answer).
    mixed = SurveyResponse({e: 4 if e.number <= 6 else 3 for e in ELEMENTS})
    result = skm_index([everything(4), everything(4), everything(3), everything(3), mixed])
    assert sum(result.nrr.values()) == Fraction(318, 10)
    assert result.index_exact == Fraction(265, 3)
    assert (result.index, result.grade.grade) == (Decimal("88.33"), "A")
    approx = round_half_up(Fraction("31.8") * Fraction("0.111") * 25)
    assert approx == Decimal("88.25") and grade_for(approx).grade == "B"


def test_rounding_happens_only_at_the_end():
    # NRR = 10/3 for every element: exact index 83.333... -> 83.33. Rounding each NRR
    # to 3.33 first would give 3.33 x 25 = 83.25.
    result = skm_index([everything(4), everything(3), everything(3)])
    assert result.index == Decimal("83.33")


def test_index_at_the_a_b_boundary_from_100_respondents():
    # 100 respondents x 9 answers; 421 answers of 3, the other 479 of 4: total 3,179.
    # Sum of NRR = 31.79; index = 31.79 x 25 / 9 = 88.3055... -> 88.31, grade A.
    # One more 3 (total 3,178): 31.78 x 25 / 9 = 88.2777... -> 88.28, grade B.
    def survey(threes: int) -> list[SurveyResponse]:
        cells = [3] * threes + [4] * (900 - threes)
        return [
            SurveyResponse(dict(zip(ELEMENTS, cells[i * 9 : i * 9 + 9], strict=True)))
            for i in range(100)
        ]

    high, low = skm_index(survey(421)), skm_index(survey(422))
    assert (high.index, high.grade.grade) == (Decimal("88.31"), "A")
    assert (low.index, low.grade.grade) == (Decimal("88.28"), "B")


@pytest.mark.parametrize(
    ("index", "grade"),
    [
        ("100.00", "A"),
        ("88.31", "A"),
        ("88.30", "B"),
        ("76.61", "B"),
        ("76.60", "C"),
        ("65.00", "C"),
        ("64.99", "D"),
        ("25.00", "D"),
    ],
)
def test_grade_boundaries(index, grade):
    assert grade_for(Decimal(index)).grade == grade


@pytest.mark.parametrize("index", ["24.99", "100.01", "0"])
def test_an_index_outside_the_grade_table_is_rejected(index):
    with pytest.raises(ValidationError):
        grade_for(Decimal(index))


def test_grade_table_covers_25_to_100_in_hundredths_without_gap_or_overlap():
    for hundredths in range(2500, 10001):
        value = Decimal(hundredths).scaleb(-2)
        matching = [b for b in PERMENPANRB_14_2017.grades if b.lower <= value <= b.upper]
        assert len(matching) == 1, value


def test_partial_responses_count_each_element_over_those_who_answered_it():
    responses = [
        everything(4),
        SurveyResponse({SkmElement.COST: 2}),
        SurveyResponse({SkmElement.COST: 3, SkmElement.FACILITIES: 1}, face=Face.SATISFIED),
    ]
    result = skm_index(responses)
    assert result.nrr[SkmElement.COST] == Fraction(9, 3)
    assert result.nrr[SkmElement.FACILITIES] == Fraction(5, 2)
    assert result.nrr[SkmElement.PROCEDURE] == 4
    assert (result.respondents, result.complete_respondents) == (3, 1)
    # Sum of NRR = 7 x 4 + 3 + 2.5 = 33.5; 33.5 x 25 / 9 = 93.0555... -> 93.06.
    assert result.index == Decimal("93.06")


def test_index_is_none_until_every_element_has_an_answer():
    partial = SurveyResponse({e: 4 for e in ELEMENTS if e is not SkmElement.COST})
    result = skm_index([partial, partial])
    assert result.index is None and result.grade is None and result.index_exact is None
    assert SkmElement.COST not in result.nrr
    assert skm_index([]).index is None


def test_face_only_responses_are_a_separate_quick_score_not_respondents():
    responses = [
        SurveyResponse(face=Face.VERY_SATISFIED),
        SurveyResponse(face=Face.SATISFIED),
        SurveyResponse(face=Face.SATISFIED),
        everything(1),
    ]
    result = skm_index(responses)
    assert result.respondents == 1 and result.index == Decimal("25.00")
    assert result.faces.count == 3
    assert result.faces.distribution[Face.SATISFIED] == 2
    # Average face (4 + 3 + 3) / 3 = 10/3; x 25 = 83.333... -> 83.33.
    assert result.faces.average == Fraction(10, 3)
    assert result.faces.score == Decimal("83.33")
    assert skm_index([everything(2)]).faces.score is None


def test_round_half_up_rounds_halves_away_from_zero():
    assert round_half_up(Fraction("88.305")) == Decimal("88.31")
    assert round_half_up(Fraction("88.3049999")) == Decimal("88.30")
    assert round_half_up(Fraction(1, 8)) == Decimal("0.13")
    assert round_half_up(Fraction(-1, 8)) == Decimal("-0.13")


def test_rules_in_force_follow_their_effective_date():
    assert skm_rules_for(date(2026, 11, 23)) is PERMENPANRB_14_2017
    assert PERMENPANRB_14_2017.weight == Fraction(1, 9)
    with pytest.raises(ValidationError):
        skm_rules_for(date(2010, 1, 1))


answers = st.integers(1, 4)
full_responses = st.lists(answers, min_size=9, max_size=9).map(
    lambda scores: SurveyResponse(dict(zip(ELEMENTS, scores, strict=True)))
)
partial_responses = st.builds(
    SurveyResponse,
    st.dictionaries(st.sampled_from(ELEMENTS), answers, min_size=1),
    st.none() | st.sampled_from(list(Face)),
)


@given(st.lists(full_responses | partial_responses, min_size=1, max_size=25))
def test_skm_index_always_within_25_to_100_and_graded_by_the_table(responses):
    result = skm_index(responses)
    if result.index is None:
        assert len(result.nrr) < 9
        return
    assert Decimal("25.00") <= result.index <= Decimal("100.00")
    assert result.index == round_half_up(result.index_exact)
    band = next(b for b in PERMENPANRB_14_2017.grades if b.lower <= result.index <= b.upper)
    assert result.grade == band
    for nrr in result.nrr.values():
        assert 1 <= nrr <= 4


@given(st.lists(full_responses, min_size=1, max_size=15), st.randoms())
def test_skm_index_does_not_depend_on_response_order(responses, rnd):
    shuffled = list(responses)
    rnd.shuffle(shuffled)
    assert skm_index(shuffled).index == skm_index(responses).index
