"""The kinds of data change a counter records and the documents each one needs.

Owns `ChangeType` (the menu of the data-change service: identity, contact, rank and
salary, family additions and removals, FKTP, class, reactivation, a citizen leaving for
or returning from abroad, segment change), `ChangeDocument` and `documents_for`, the
documents an officer checks before recording a change. Labels are in Bahasa Indonesia
and English. Holds no eligibility rule (`changes.py`, `member_changes.py`) and stores
nothing.

Sources: seed 001_68780b126929f050.txt (PANDAWA menu: "Perubahan/Perbaikan Data:
Identitas, Nomor Handphone, Golongan dan gaji (PNS dan TNI/POLRI)", family additions and
removals, WNI abroad, "Peralihan Jenis Kepesertaan ke PBPU/BP"; participants' duty to
report "gol/pangkat, upah, pernikahan/perceraian, kelahiran/kematian, alamat
domisili/email dan No. HP"); seed 003_5193c7c1d9bb5be6.txt (PBPU/mandiri and ASN
documents). Not in DOMAIN.md, from BPJS Kesehatan's public service guidance as reported
in the press: a newborn is added with the KK and the birth certificate or letter; a death
is reported with the death certificate or a death letter from the hospital or village.
"""

from __future__ import annotations

from enum import Enum, StrEnum

from anjungan.core.domain.changes import FamilyChangeKind, FktpChangeReason


class ChangeType(StrEnum):
    """What a data change changes; stored as ``DataChange.change_type``."""

    IDENTITY = "identity"
    CONTACT = "contact"
    RANK_SALARY = "rank_salary"
    FAMILY_ADD = "family_add"
    FAMILY_REMOVE = "family_remove"
    FKTP = "fktp"
    CARE_CLASS = "care_class"
    REACTIVATION = "reactivation"
    ABROAD_OUT = "abroad_out"
    ABROAD_IN = "abroad_in"
    SEGMENT = "segment"

    def label(self, lang: str = "id") -> str:
        return _TYPE_LABELS[self][1 if lang == "en" else 0]


_TYPE_LABELS: dict[ChangeType, tuple[str, str]] = {
    ChangeType.IDENTITY: ("Perbaikan identitas (NIK, KK, nama)", "Identity (NIK, KK, name)"),
    ChangeType.CONTACT: ("Nomor HP, email, alamat", "Phone, e-mail, address"),
    ChangeType.RANK_SALARY: (
        "Golongan/pangkat dan gaji (ASN, TNI/Polri)",
        "Rank and salary (civil servants, TNI/Polri)",
    ),
    ChangeType.FAMILY_ADD: (
        "Penambahan anggota keluarga (bayi, pernikahan)",
        "Add a family member (newborn, marriage)",
    ),
    ChangeType.FAMILY_REMOVE: (
        "Pengurangan anggota keluarga (meninggal, cerai)",
        "Remove a family member (death, divorce)",
    ),
    ChangeType.FKTP: ("Perubahan FKTP", "FKTP change"),
    ChangeType.CARE_CLASS: ("Perubahan kelas rawat", "Care class change"),
    ChangeType.REACTIVATION: (
        "Pengaktifan kembali (bayar tunggakan)",
        "Reactivation (pay the arrears)",
    ),
    ChangeType.ABROAD_OUT: ("WNI ke luar negeri (nonaktif)", "Citizen moving abroad (stop)"),
    ChangeType.ABROAD_IN: (
        "WNI kembali dari luar negeri (aktif)",
        "Citizen back from abroad (resume)",
    ),
    ChangeType.SEGMENT: (
        "Peralihan jenis kepesertaan ke PBPU/BP",
        "Segment change to PBPU/BP",
    ),
}


class ChangeDocument(Enum):
    KK = "KK"
    KTP = "KTP"
    SK_RANK_SALARY = "SK_RANK_SALARY"
    SALARY_LIST = "SALARY_LIST"
    BIRTH_CERTIFICATE = "BIRTH_CERTIFICATE"
    MARRIAGE_CERTIFICATE = "MARRIAGE_CERTIFICATE"
    DEATH_CERTIFICATE = "DEATH_CERTIFICATE"
    DIVORCE_CERTIFICATE = "DIVORCE_CERTIFICATE"
    MOVE_LETTER = "MOVE_LETTER"
    ASSIGNMENT_LETTER = "ASSIGNMENT_LETTER"
    PASSPORT = "PASSPORT"
    STAY_ABROAD_PROOF = "STAY_ABROAD_PROOF"
    SAVINGS_BOOK_FRONT_PAGE = "SAVINGS_BOOK_FRONT_PAGE"
    ACCOUNT_OWNER_KTP = "ACCOUNT_OWNER_KTP"

    def label(self, lang: str = "id") -> str:
        return _DOCUMENT_LABELS[self][1 if lang == "en" else 0]


_DOCUMENT_LABELS: dict[ChangeDocument, tuple[str, str]] = {
    ChangeDocument.KK: ("Kartu Keluarga (KK)", "Family card (KK)"),
    ChangeDocument.KTP: ("KTP", "ID card (KTP)"),
    ChangeDocument.SK_RANK_SALARY: (
        "SK kenaikan pangkat atau gaji berkala",
        "Decree of promotion or periodic salary increase",
    ),
    ChangeDocument.SALARY_LIST: ("Daftar gaji terbaru", "Latest salary list"),
    ChangeDocument.BIRTH_CERTIFICATE: (
        "Akta kelahiran atau surat keterangan lahir",
        "Birth certificate or birth letter",
    ),
    ChangeDocument.MARRIAGE_CERTIFICATE: (
        "Buku nikah atau akta perkawinan",
        "Marriage book or marriage certificate",
    ),
    ChangeDocument.DEATH_CERTIFICATE: (
        "Akta kematian atau surat keterangan kematian",
        "Death certificate or death letter",
    ),
    ChangeDocument.DIVORCE_CERTIFICATE: ("Akta cerai", "Divorce certificate"),
    ChangeDocument.MOVE_LETTER: (
        "Surat keterangan pindah domisili",
        "Letter of change of domicile",
    ),
    ChangeDocument.ASSIGNMENT_LETTER: (
        "SK mutasi atau surat tugas",
        "Transfer decree or assignment letter",
    ),
    ChangeDocument.PASSPORT: ("Paspor", "Passport"),
    ChangeDocument.STAY_ABROAD_PROOF: (
        "Bukti tinggal di luar negeri (visa, izin tinggal, kontrak kerja)",
        "Proof of the stay abroad (visa, residence permit, work contract)",
    ),
    ChangeDocument.SAVINGS_BOOK_FRONT_PAGE: (
        "Halaman depan buku rekening tabungan",
        "Front page of the savings account book",
    ),
    ChangeDocument.ACCOUNT_OWNER_KTP: (
        "KTP pemilik rekening",
        "ID card (KTP) of the account owner",
    ),
}

_BY_TYPE: dict[ChangeType, tuple[ChangeDocument, ...]] = {
    ChangeType.IDENTITY: (ChangeDocument.KK, ChangeDocument.KTP),
    ChangeType.CONTACT: (),
    ChangeType.RANK_SALARY: (ChangeDocument.SK_RANK_SALARY, ChangeDocument.SALARY_LIST),
    ChangeType.FKTP: (),
    ChangeType.CARE_CLASS: (),
    ChangeType.REACTIVATION: (),
    ChangeType.ABROAD_OUT: (ChangeDocument.PASSPORT, ChangeDocument.STAY_ABROAD_PROOF),
    ChangeType.ABROAD_IN: (ChangeDocument.PASSPORT,),
    ChangeType.SEGMENT: (
        ChangeDocument.KK,
        ChangeDocument.SAVINGS_BOOK_FRONT_PAGE,
        ChangeDocument.ACCOUNT_OWNER_KTP,
    ),
}

_BY_FAMILY_KIND: dict[FamilyChangeKind, tuple[ChangeDocument, ...]] = {
    FamilyChangeKind.ADD_NEWBORN: (ChangeDocument.KK, ChangeDocument.BIRTH_CERTIFICATE),
    FamilyChangeKind.ADD_MARRIAGE: (ChangeDocument.KK, ChangeDocument.MARRIAGE_CERTIFICATE),
    FamilyChangeKind.REMOVE_DEATH: (ChangeDocument.DEATH_CERTIFICATE,),
    FamilyChangeKind.REMOVE_DIVORCE: (ChangeDocument.KK, ChangeDocument.DIVORCE_CERTIFICATE),
}

_BY_FKTP_REASON: dict[FktpChangeReason, tuple[ChangeDocument, ...]] = {
    FktpChangeReason.REGULAR: (),
    FktpChangeReason.MOVED_DOMICILE: (ChangeDocument.MOVE_LETTER,),
    FktpChangeReason.JOB_TRANSFER: (ChangeDocument.ASSIGNMENT_LETTER,),
}


def documents_for(
    change: ChangeType,
    *,
    family_kind: FamilyChangeKind | None = None,
    fktp_reason: FktpChangeReason | None = None,
) -> tuple[ChangeDocument, ...]:
    """The documents an officer checks for ``change``, in the order they are listed.

    Family changes depend on their kind and an FKTP change on its reason (moving house or
    a job transfer is proved, because it allows a change before 3 months: DOMAIN.md
    "Data changes"); while the kind or reason is not chosen the list is empty. A segment
    change to PBPU/BP needs what a new PBPU registration needs for its autodebit account
    (seed 003 "Persyaratan").
    """
    if change in (ChangeType.FAMILY_ADD, ChangeType.FAMILY_REMOVE):
        return _BY_FAMILY_KIND.get(family_kind, ()) if family_kind is not None else ()
    if change is ChangeType.FKTP:
        return _BY_FKTP_REASON[fktp_reason] if fktp_reason is not None else ()
    return _BY_TYPE[change]
