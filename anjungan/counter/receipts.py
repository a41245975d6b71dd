"""The counter's printed receipts: the complaint's tanda terima and the registration receipt.

Owns the printable documents built from what the counter knows (`complaint_document`,
`registration_document`: the participant's copy, in Bahasa Indonesia, names and NIKs
masked) and `ReceiptPrinter`, which renders them to PDF (`printing.pdf`) under the
device's data folder and opens the file in the system's viewer, from which the officer
prints. The opener is injected so tests record instead of opening a window. Rendering
runs on a worker (`ReceiptPrinter.save`); opening runs on the GUI thread (`show`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from anjungan.core.domain.names import mask_name, normalize_name
from anjungan.core.domain.nik import mask_nik, parse_nik
from anjungan.core.domain.registration import Document
from anjungan.core.services.complaint_actions import ComplaintDetail
from anjungan.core.services.registration import RegistrationForm, RegistrationReceipt
from anjungan.printing import documents as printed
from anjungan.printing.pdf import write_pdf

RECEIPTS_FOLDER = "receipts"

Opener = Callable[[Path], bool]
"""Shows a saved PDF to the officer; False if it could not be opened."""

COMPLAINT_STEPS = (
    "Petugas mempelajari pengaduan dan, bila perlu, berkoordinasi dengan unit kerja terkait.",
    "Jawaban disampaikan paling lambat pada tanggal di atas. Hari libur dan cuti bersama "
    "tidak dihitung.",
    "Bila data pendukung belum lengkap, lengkapi paling lambat 30 hari sejak diminta; "
    "setelah itu pengaduan dinyatakan selesai.",
    "Informasi lanjut: BPJS Kesehatan Care Center 165.",
)


def open_in_viewer(path: Path) -> bool:
    """The system's PDF viewer (the officer prints from there)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def complaint_document(detail: ComplaintDetail, office_name: str) -> printed.ComplaintReceipt:
    """Tanda terima pengaduan with the answer's due date (seed 000 SLA, working days)."""
    return printed.ComplaintReceipt(
        reference=detail.reference,
        office_name=office_name,
        channel=detail.channel.label("id"),
        category=detail.category.label("id"),
        received_at=detail.received_at,
        sla_due=detail.due_date,
        next_steps=COMPLAINT_STEPS,
        masked_name=mask_name(detail.reporter_name) if detail.reporter_name else None,
    )


def registration_document(
    receipt: RegistrationReceipt,
    form: RegistrationForm,
    *,
    office_name: str,
    officer_name: str,
) -> printed.RegistrationReceipt:
    """The participant's copy of a saved registration, with its provisional reference.

    ``form`` is the form as saved (the use case accepted it, so every NIK parses).
    """
    day = receipt.registered_on
    members = tuple(
        printed.FamilyMember(
            mask_name(normalize_name(m.name)),
            mask_nik(parse_nik(m.nik, day).nik),
            m.relationship.label("id") if m.relationship else "",
        )
        for m in form.members
    )
    first, last = receipt.first_payment or (None, None)
    steps = ["Nomor kartu JKN dan virtual account diberikan setelah data diverifikasi."]
    if receipt.first_payment is not None:
        steps += [
            "Bayar iuran pertama dalam rentang tanggal di atas.",
            "Kartu aktif setelah pembayaran pertama diterima.",
        ]
    else:
        steps.append("Iuran dibayar oleh pemberi kerja melalui pemotongan gaji.")
    steps.append("Unduh aplikasi Mobile JKN untuk melihat kartu digital.")
    return printed.RegistrationReceipt(
        provisional_reference=receipt.reference,
        office_name=office_name,
        officer_name=officer_name,
        registered_on=day,
        members=members,
        segment=receipt.segment.label("id"),
        care_class=form.care_class.label_id if form.care_class else "-",
        documents_checked=tuple(d.label_id for d in Document if d in form.documents),
        first_payment_from=first,
        first_payment_until=last,
        next_steps=tuple(steps),
    )


def _file_name(document_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", document_id).strip("-") + ".pdf"


class ReceiptPrinter:
    """Receipts as PDF files in ``folder``, shown with ``opener``.

    ``officer_name`` is asked at printing time: the logged-in officer signs the
    registration receipt.
    """

    def __init__(
        self,
        folder: Path,
        *,
        office_name: str,
        officer_name: Callable[[], str],
        opener: Opener = open_in_viewer,
    ) -> None:
        self.folder = folder
        self.office_name = office_name
        self.officer_name = officer_name
        self.opener = opener

    def save(self, document: printed.PdfDocument) -> Path:
        """Render ``document`` to ``folder`` (a reprint replaces the earlier file)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        return write_pdf(document, self.folder / _file_name(document.document_id))

    def complaint(self, detail: ComplaintDetail) -> Path:
        return self.save(complaint_document(detail, self.office_name))

    def registration(self, receipt: RegistrationReceipt, form: RegistrationForm) -> Path:
        document = registration_document(
            receipt, form, office_name=self.office_name, officer_name=self.officer_name()
        )
        return self.save(document)

    def show(self, path: Path) -> bool:
        return self.opener(path)
