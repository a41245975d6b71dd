"""The registration form as the counter fills it: plain text and choices, nothing checked.

Owns `RegistrationForm` and its parts (`MemberEntry`, `AddressEntry`, `AutodebitEntry`),
the family roles of the KK (`FamilyRole`) and the segments a counter may register
(`COUNTER_SEGMENTS`). A member's birth date and sex are not typed: the NIK says them
(`MemberEntry.facts`, DOMAIN.md "Identity"). The checks are in
`registration_checks.py`, the saving in `registration.py`. Must not import Qt or the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from anjungan.core.domain.nik import NikInfo, parse_nik
from anjungan.core.domain.registration import Document
from anjungan.core.domain.segments import CareClass, Segment
from anjungan.core.errors import ValidationError

# Segments the counter can register (the others raise in `required_documents`).
COUNTER_SEGMENTS = (Segment.PBPU, Segment.BP, Segment.PPU_PN)


class FamilyRole(StrEnum):
    """A member's place on the family card (stored as ``family_role``)."""

    HEAD = "head"
    SPOUSE = "spouse"
    CHILD = "child"
    OTHER = "other"  # parents, in-laws and others listed on the KK

    def label(self, lang: str = "id") -> str:
        return _ROLE_LABELS[self][1 if lang == "en" else 0]


_ROLE_LABELS: dict[FamilyRole, tuple[str, str]] = {
    FamilyRole.HEAD: ("Kepala keluarga", "Head of family"),
    FamilyRole.SPOUSE: ("Istri/suami", "Wife/husband"),
    FamilyRole.CHILD: ("Anak", "Child"),
    FamilyRole.OTHER: ("Lainnya dalam KK", "Other on the KK"),
}


@dataclass(frozen=True)
class MemberEntry:
    """One row of the family table as typed. Birth date and sex are not typed: the NIK
    says them (`facts`)."""

    nik: str = ""
    name: str = ""
    relationship: FamilyRole | None = None
    studying: bool = False

    def facts(self, today: date) -> NikInfo | None:
        """What the NIK says (birth date, sex, region of issue), or None while invalid."""
        try:
            return parse_nik(self.nik, today)
        except ValidationError:
            return None


@dataclass(frozen=True)
class AddressEntry:
    """Full Kemendagri codes (``"31"``, ``"3171"``, ``"317101"``) and the street line."""

    province_code: str = ""
    kabkota_code: str = ""
    kecamatan_code: str = ""
    street: str = ""


@dataclass(frozen=True)
class AutodebitEntry:
    bank: str = ""
    account_number: str = ""
    holder: str = ""


@dataclass(frozen=True)
class RegistrationForm:
    """Everything the registration wizard collects; every part may still be empty."""

    segment: Segment | None = None
    kk_number: str = ""
    kk_member_count: int | None = None  # as printed on the family card
    members: tuple[MemberEntry, ...] = ()
    address: AddressEntry = field(default_factory=AddressEntry)
    phone: str = ""
    fktp_code: str = ""
    care_class: CareClass | None = None
    documents: frozenset[Document] = frozenset()
    autodebit: AutodebitEntry = field(default_factory=AutodebitEntry)

    def head(self) -> MemberEntry | None:
        return next((m for m in self.members if m.relationship is FamilyRole.HEAD), None)
