"""The data-change forms as the counter fills them: plain text and choices, nothing checked.

Owns `Subject` (whose data changes: the JKN card number and NIK of the participant, the
card holder for a family change) and one frozen form per `ChangeType`, each holding
what the officer typed (numbers and dates as text, so a bad entry can be named) and
what was chosen. `ChangeForm` is their union and `FORMS` finds the form of a type. The
checks are in `data_change_checks.py`, the saving in `data_changes.py`. Must not import
Qt or the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, TypeAlias

from anjungan.core.domain.change_types import ChangeDocument, ChangeType
from anjungan.core.domain.changes import FamilyChangeKind, FktpChangeReason
from anjungan.core.domain.member_changes import SegmentChangeCause
from anjungan.core.domain.segments import CareClass, Segment

Documents: TypeAlias = frozenset[ChangeDocument]

ADD_KINDS = (FamilyChangeKind.ADD_NEWBORN, FamilyChangeKind.ADD_MARRIAGE)
REMOVE_KINDS = (FamilyChangeKind.REMOVE_DEATH, FamilyChangeKind.REMOVE_DIVORCE)
TARGET_SEGMENTS = (Segment.PBPU, Segment.BP)


@dataclass(frozen=True)
class Subject:
    """The participant whose data changes (for a family change, the card holder)."""

    card_number: str = ""
    nik: str = ""


@dataclass(frozen=True)
class IdentityChange:
    """A correction of the NIK, the KK number or the name; at least one is given."""

    change_type: ClassVar[ChangeType] = ChangeType.IDENTITY
    subject: Subject = field(default_factory=Subject)
    new_nik: str = ""
    new_kk: str = ""
    new_name: str = ""
    note: str = ""
    """What was wrong and how it was found (required)."""
    documents: Documents = frozenset()


@dataclass(frozen=True)
class ContactChange:
    """A new phone number, e-mail address or domicile address; at least one is given."""

    change_type: ClassVar[ChangeType] = ChangeType.CONTACT
    subject: Subject = field(default_factory=Subject)
    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass(frozen=True)
class RankSalaryChange:
    """A civil servant's (ASN, TNI, Polri) new rank and monthly wage and allowances."""

    change_type: ClassVar[ChangeType] = ChangeType.RANK_SALARY
    subject: Subject = field(default_factory=Subject)
    rank: str = ""
    salary: str = ""
    documents: Documents = frozenset()


@dataclass(frozen=True)
class FamilyAddition:
    """A newborn or a new spouse joins the card holder's family."""

    change_type: ClassVar[ChangeType] = ChangeType.FAMILY_ADD
    subject: Subject = field(default_factory=Subject)
    kind: FamilyChangeKind | None = None
    member_nik: str = ""
    member_name: str = ""
    documents: Documents = frozenset()


@dataclass(frozen=True)
class FamilyRemoval:
    """A member leaves the family: ``cause`` is death or divorce, on ``event_on``."""

    change_type: ClassVar[ChangeType] = ChangeType.FAMILY_REMOVE
    subject: Subject = field(default_factory=Subject)
    cause: FamilyChangeKind | None = None
    member_nik: str = ""
    event_on: str = ""
    documents: Documents = frozenset()


@dataclass(frozen=True)
class FktpChange:
    """A new primary-care facility. ``last_change_on`` empty means not known."""

    change_type: ClassVar[ChangeType] = ChangeType.FKTP
    subject: Subject = field(default_factory=Subject)
    segment: Segment | None = None
    reason: FktpChangeReason | None = None
    fktp_code: str = ""
    last_change_on: str = ""
    tni_polri: bool = False
    documents: Documents = frozenset()


@dataclass(frozen=True)
class ClassChange:
    """A PBPU/BP family's new care class, with what the eligibility rule needs to know."""

    change_type: ClassVar[ChangeType] = ChangeType.CARE_CLASS
    subject: Subject = field(default_factory=Subject)
    segment: Segment | None = None
    current_class: CareClass | None = None
    requested_class: CareClass | None = None
    class_since: str = ""
    months_in_arrears: str = ""
    family_members: str = ""
    members_requested: str = ""
    first_payment_made: bool = True


@dataclass(frozen=True)
class Reactivation:
    """Paying the arrears of a suspended family, as its bill shows them.

    ``months_in_arrears`` is what the bill (or the participant's Mobile JKN) says;
    ``inacbg_cost`` (optional) prices the service penalty of an inpatient stay.
    """

    change_type: ClassVar[ChangeType] = ChangeType.REACTIVATION
    subject: Subject = field(default_factory=Subject)
    segment: Segment | None = None
    care_class: CareClass | None = None
    family_members: str = ""
    months_in_arrears: str = ""
    inacbg_cost: str = ""


@dataclass(frozen=True)
class AbroadDeparture:
    """A citizen leaving to live abroad stops cover for the time being."""

    change_type: ClassVar[ChangeType] = ChangeType.ABROAD_OUT
    subject: Subject = field(default_factory=Subject)
    segment: Segment | None = None
    departure_on: str = ""
    months_abroad: str = ""
    documents: Documents = frozenset()


@dataclass(frozen=True)
class AbroadReturn:
    """A citizen back from abroad; cover resumes once the iuran is paid."""

    change_type: ClassVar[ChangeType] = ChangeType.ABROAD_IN
    subject: Subject = field(default_factory=Subject)
    return_on: str = ""
    documents: Documents = frozenset()


@dataclass(frozen=True)
class SegmentChange:
    """A family moving to PBPU/BP mandiri, with its class and autodebit account."""

    change_type: ClassVar[ChangeType] = ChangeType.SEGMENT
    subject: Subject = field(default_factory=Subject)
    segment: Segment | None = None
    target_segment: Segment | None = None
    cause: SegmentChangeCause | None = None
    care_class: CareClass | None = None
    family_members: str = ""
    bank: str = ""
    account_number: str = ""
    documents: Documents = frozenset()


ChangeForm: TypeAlias = (
    IdentityChange
    | ContactChange
    | RankSalaryChange
    | FamilyAddition
    | FamilyRemoval
    | FktpChange
    | ClassChange
    | Reactivation
    | AbroadDeparture
    | AbroadReturn
    | SegmentChange
)

FORMS: dict[ChangeType, type[ChangeForm]] = {
    form.change_type: form
    for form in (
        IdentityChange,
        ContactChange,
        RankSalaryChange,
        FamilyAddition,
        FamilyRemoval,
        FktpChange,
        ClassChange,
        Reactivation,
        AbroadDeparture,
        AbroadReturn,
        SegmentChange,
    )
}
