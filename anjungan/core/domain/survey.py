"""The satisfaction survey (Survei Kepuasan Masyarakat, SKM): answers, index and grade.

Owns the nine SKM elements (unsur), the four-face smiley scale, the validation of one
response, and the index computation with its grade table. Pure arithmetic on exact
fractions: nothing is stored, displayed or read from a clock here. The weight, the
conversion factor and the grade table are data (`SkmRules`, with the date they apply
from) because a new ministerial regulation may change them. Source: PermenPANRB 14/2017
(Pedoman Penyusunan Survei Kepuasan Masyarakat), as summarised in DOMAIN.md
"Satisfaction survey"; seed 003_5193c7c1d9bb5be6.txt (an SKM once a year).

Partial responses (a kiosk user may tap only the face, or skip questions):
- an element's NRR (nilai rata-rata) is the sum of its answers divided by the number of
  respondents *who answered that element*;
- the index needs an NRR for all nine elements (at least one answer each); otherwise
  `SkmResult.index` and `SkmResult.grade` are None;
- the face is a separate quick satisfaction score (`FaceSummary`): it never enters the
  index, because the regulation's index is built from the nine elements only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum, IntEnum
from fractions import Fraction
from types import MappingProxyType

from anjungan.core.errors import ValidationError

MIN_SCORE = 1
MAX_SCORE = 4


class SkmElement(Enum):
    """The nine elements (unsur) of PermenPANRB 14/2017, in the regulation's order."""

    REQUIREMENTS = "requirements"
    PROCEDURE = "procedure"
    COMPLETION_TIME = "completion_time"
    COST = "cost"
    SERVICE_PRODUCT = "service_product"
    OFFICER_COMPETENCE = "officer_competence"
    OFFICER_BEHAVIOUR = "officer_behaviour"
    COMPLAINT_HANDLING = "complaint_handling"
    FACILITIES = "facilities"

    @property
    def number(self) -> int:
        """U1..U9 as numbered in the regulation."""
        return list(SkmElement).index(self) + 1

    @property
    def label_id(self) -> str:
        return _ELEMENT_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _ELEMENT_LABELS[self][1]

    def label(self, lang: str = "id") -> str:
        """Display name in ``lang`` ("id" or "en")."""
        return self.label_en if lang == "en" else self.label_id


_ELEMENT_LABELS: dict[SkmElement, tuple[str, str]] = {
    SkmElement.REQUIREMENTS: ("Persyaratan", "Requirements"),
    SkmElement.PROCEDURE: ("Sistem, Mekanisme, dan Prosedur", "Procedure"),
    SkmElement.COMPLETION_TIME: ("Waktu Penyelesaian", "Completion time"),
    SkmElement.COST: ("Biaya/Tarif", "Cost/tariff"),
    SkmElement.SERVICE_PRODUCT: ("Produk Spesifikasi Jenis Pelayanan", "Service product"),
    SkmElement.OFFICER_COMPETENCE: ("Kompetensi Pelaksana", "Officer competence"),
    SkmElement.OFFICER_BEHAVIOUR: ("Perilaku Pelaksana", "Officer behaviour"),
    SkmElement.COMPLAINT_HANDLING: (
        "Penanganan Pengaduan, Saran dan Masukan",
        "Complaint handling",
    ),
    SkmElement.FACILITIES: ("Sarana dan Prasarana", "Facilities"),
}


class Face(IntEnum):
    """The kiosk's four-face smiley; its value is the 1-4 score it stands for."""

    VERY_DISSATISFIED = 1
    DISSATISFIED = 2
    SATISFIED = 3
    VERY_SATISFIED = 4

    @classmethod
    def from_score(cls, score: int) -> Face:
        return cls(_checked_score("face", score))

    @property
    def label_id(self) -> str:
        return _FACE_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _FACE_LABELS[self][1]

    def label(self, lang: str = "id") -> str:
        """Display name in ``lang`` ("id" or "en")."""
        return self.label_en if lang == "en" else self.label_id


_FACE_LABELS: dict[Face, tuple[str, str]] = {
    Face.VERY_DISSATISFIED: ("Sangat tidak puas", "Very dissatisfied"),
    Face.DISSATISFIED: ("Tidak puas", "Dissatisfied"),
    Face.SATISFIED: ("Puas", "Satisfied"),
    Face.VERY_SATISFIED: ("Sangat puas", "Very satisfied"),
}


def _checked_score(field_name: str, score: object) -> int:
    # bool is an int in Python; a True answer is a bug upstream, not a score of 1.
    if isinstance(score, bool) or not isinstance(score, int) or not MIN_SCORE <= score <= MAX_SCORE:
        raise ValidationError(
            field_name,
            "skm_score_out_of_range",
            "Jawaban survei harus bernilai 1 sampai 4.",
            "A survey answer must be a score from 1 to 4.",
        )
    return int(score)


@dataclass(frozen=True)
class SurveyResponse:
    """One respondent: answers for some or all of the nine elements, and/or a face."""

    answers: Mapping[SkmElement, int] = field(default_factory=dict)
    face: Face | None = None

    def __post_init__(self) -> None:
        checked: dict[SkmElement, int] = {}
        for element, score in self.answers.items():
            if not isinstance(element, SkmElement):
                raise ValidationError(
                    "answers",
                    "skm_element_unknown",
                    "Pertanyaan survei tidak dikenal.",
                    "Unknown survey question.",
                )
            checked[element] = _checked_score(f"answers.{element.value}", score)
        if self.face is not None and not isinstance(self.face, Face):
            object.__setattr__(self, "face", Face.from_score(self.face))
        if not checked and self.face is None:
            raise ValidationError(
                "answers",
                "skm_response_empty",
                "Survei belum diisi. Pilih wajah atau jawab minimal satu pertanyaan.",
                "The survey is empty. Choose a face or answer at least one question.",
            )
        object.__setattr__(self, "answers", MappingProxyType(checked))

    @property
    def is_complete(self) -> bool:
        """All nine elements answered."""
        return len(self.answers) == len(SkmElement)


@dataclass(frozen=True)
class SkmGradeBand:
    """One row of the grade table: index from ``lower`` to ``upper`` inclusive (2 places)."""

    grade: str
    lower: Decimal
    upper: Decimal
    label_id: str
    label_en: str

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id


@dataclass(frozen=True)
class SkmRules:
    """The SKM arithmetic as set by regulation: weight per element, conversion, grades."""

    source: str
    effective_from: date
    weight: Fraction
    conversion: int
    grades: tuple[SkmGradeBand, ...]


PERMENPANRB_14_2017 = SkmRules(
    source="PermenPANRB 14/2017",
    # The regulation is of 2017; no SKM this product computes predates it, so the year's
    # first day stands in for its exact date of enactment.
    effective_from=date(2017, 1, 1),
    weight=Fraction(1, 9),
    conversion=25,
    grades=(
        SkmGradeBand("A", Decimal("88.31"), Decimal("100.00"), "Sangat Baik", "Very good"),
        SkmGradeBand("B", Decimal("76.61"), Decimal("88.30"), "Baik", "Good"),
        SkmGradeBand("C", Decimal("65.00"), Decimal("76.60"), "Kurang Baik", "Fair"),
        SkmGradeBand("D", Decimal("25.00"), Decimal("64.99"), "Tidak Baik", "Poor"),
    ),
)

SKM_RULE_SETS: tuple[SkmRules, ...] = (PERMENPANRB_14_2017,)
"""Every SKM rule set, oldest first; add a new one when the regulation changes."""


def skm_rules_for(day: date, rule_sets: Iterable[SkmRules] = SKM_RULE_SETS) -> SkmRules:
    """The rule set in force on ``day`` (the latest one that started on or before it)."""
    in_force = [rules for rules in rule_sets if rules.effective_from <= day]
    if not in_force:
        raise ValidationError(
            "day",
            "skm_no_rules",
            "Belum ada aturan SKM untuk tanggal ini.",
            "No SKM rules apply on this date.",
        )
    return max(in_force, key=lambda rules: rules.effective_from)


def round_half_up(value: Fraction, places: int = 2) -> Decimal:
    """Round an exact fraction half-up (away from zero) to ``places`` decimals."""
    scale = 10**places
    magnitude = math.floor(abs(value) * scale + Fraction(1, 2))
    sign = -1 if value < 0 else 1
    return Decimal(sign * magnitude).scaleb(-places)


def grade_for(index: Decimal, rules: SkmRules = PERMENPANRB_14_2017) -> SkmGradeBand:
    """The grade band holding ``index`` (already rounded to 2 places)."""
    for band in rules.grades:
        if band.lower <= index <= band.upper:
            return band
    raise ValidationError(
        "index",
        "skm_index_out_of_table",
        "Nilai indeks SKM di luar tabel mutu (25,00-100,00).",
        "The SKM index is outside the grade table (25.00-100.00).",
    )


@dataclass(frozen=True)
class FaceSummary:
    """The quick satisfaction score from the smiley faces, kept apart from the index."""

    count: int
    distribution: Mapping[Face, int]
    average: Fraction | None
    score: Decimal | None
    """Average face x the rules' conversion (25), 2 places: same 25-100 scale as the index."""


@dataclass(frozen=True)
class SkmResult:
    """The SKM of a set of responses; ``index`` and ``grade`` are None until all nine
    elements have at least one answer."""

    respondents: int
    """Responses that answered at least one element (face-only responses are not counted)."""
    complete_respondents: int
    answers_per_element: Mapping[SkmElement, int]
    nrr: Mapping[SkmElement, Fraction]
    """Exact NRR of each element that has answers; round only for display."""
    index_exact: Fraction | None
    index: Decimal | None
    grade: SkmGradeBand | None
    faces: FaceSummary
    rules: SkmRules


def skm_index(
    responses: Iterable[SurveyResponse], rules: SkmRules = PERMENPANRB_14_2017
) -> SkmResult:
    """NRR per element = sum / respondents who answered it; index = sum(NRR x 1/9) x 25.

    Everything stays an exact `Fraction` (the weight is exactly 1/9, not 0.111 or the
    regulation's worked 0.11); only the final index is rounded half-up to 2 places, then
    graded with the rules' table (PermenPANRB 14/2017).
    """
    totals = dict.fromkeys(SkmElement, 0)
    counts = dict.fromkeys(SkmElement, 0)
    faces = dict.fromkeys(Face, 0)
    respondents = complete = 0
    for response in responses:
        if response.face is not None:
            faces[response.face] += 1
        if not response.answers:
            continue
        respondents += 1
        if response.is_complete:
            complete += 1
        for element, score in response.answers.items():
            totals[element] += score
            counts[element] += 1
    nrr = {e: Fraction(totals[e], counts[e]) for e in SkmElement if counts[e]}
    index_exact: Fraction | None = None
    index: Decimal | None = None
    grade: SkmGradeBand | None = None
    if len(nrr) == len(SkmElement):
        index_exact = sum((value * rules.weight for value in nrr.values()), Fraction(0))
        index_exact *= rules.conversion
        index = round_half_up(index_exact, 2)
        grade = grade_for(index, rules)
    return SkmResult(
        respondents=respondents,
        complete_respondents=complete,
        answers_per_element=MappingProxyType(counts),
        nrr=MappingProxyType(nrr),
        index_exact=index_exact,
        index=index,
        grade=grade,
        faces=_face_summary(faces, rules),
        rules=rules,
    )


def _face_summary(faces: dict[Face, int], rules: SkmRules) -> FaceSummary:
    count = sum(faces.values())
    average = Fraction(sum(face * n for face, n in faces.items()), count) if count else None
    return FaceSummary(
        count=count,
        distribution=MappingProxyType(faces),
        average=average,
        score=None if average is None else round_half_up(average * rules.conversion, 2),
    )
