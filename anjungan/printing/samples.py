"""Example documents built from the domain rules and the figures of DOMAIN.md and the seeds.

For on-screen previews, the demo, the screenshot script and tests: card ``0001944358911``
and its VAs (DOMAIN.md "Identity"), the PBPU class II tariff Rp100.000 per person, the
14-30 day first-payment window (`registration.first_payment_window`), the written-channel
complaint SLA of 3 working days (`complaint_sla.sla_due_date`, seed 000) and the seed 004
registration documents. Default moment: Monday 23 November 2026, 09.05 WIB. The people
are invented. Must not be used to print anything real.
"""

from __future__ import annotations

from datetime import date, datetime

from anjungan.core.clock import WIB
from anjungan.core.domain.calendar import WorkingCalendar
from anjungan.core.domain.card import virtual_accounts
from anjungan.core.domain.complaint_sla import Channel, sla_due_date
from anjungan.core.domain.complaints import Category
from anjungan.core.domain.names import mask_name
from anjungan.core.domain.nik import mask_nik
from anjungan.core.domain.registration import first_payment_window
from anjungan.printing.documents import (
    ChartData,
    ComplaintReceipt,
    FamilyMember,
    QueueTicket,
    ReceiptCopy,
    RegistrationReceipt,
    Report,
    ReportSection,
    StatusSlip,
    VaSlip,
    VirtualAccount,
)

MOMENT = datetime(2026, 11, 23, 9, 5, tzinfo=WIB)
OFFICE = "Mal Pelayanan Publik Kota Bekasi"
CARD = "0001944358911"
HEAD_NAME = "Suparman Raharjo"
HEAD_NIK = "3275011203800007"
FAMILY = (
    (HEAD_NAME, HEAD_NIK, "Kepala keluarga"),
    ("Siti Aminah", "3275015507840003", "Istri"),
    ("Dimas Raharjo", "3275010910100002", "Anak"),
)
CLASS_II_MONTHLY = 100_000


def ticket(moment: datetime = MOMENT) -> QueueTicket:
    return QueueTicket(
        office_name=OFFICE,
        service_name="Pendaftaran Peserta Baru",
        label="A017",
        issued_at=moment,
        people_ahead=5,
        estimated_wait_minutes=25,
        priority_label="Lanjut usia",
        qr_payload="https://antrean.example.id/t/MPP-BKS/20261123/A017",
    )


def status_slip(moment: datetime = MOMENT) -> StatusSlip:
    return StatusSlip(
        office_name=OFFICE,
        masked_name=mask_name(HEAD_NAME),
        masked_identifier=mask_nik(HEAD_NIK),
        status_text="AKTIF",
        segment="PBPU / Peserta Mandiri",
        care_class="Kelas II",
        fktp="Puskesmas Bekasi Jaya (0138U020)",
        printed_at=moment,
        notes=("Iuran lunas sampai November 2026.",),
    )


def va_slip(moment: datetime = MOMENT) -> VaSlip:
    accounts = tuple(
        VirtualAccount(bank.value, number) for bank, number in virtual_accounts(CARD).items()
    )
    return VaSlip(
        office_name=OFFICE,
        family_label=f"Keluarga {mask_name(HEAD_NAME)}",
        masked_card=CARD[:4] + "*" * 6 + CARD[-3:],
        accounts=accounts,
        amount=CLASS_II_MONTHLY * len(FAMILY),
        amount_label="Iuran Desember 2026 (3 orang, kelas II)",
        how_to_pay=(
            "Pilih menu Bayar/BPJS Kesehatan di ATM, m-banking atau teller.",
            "Masukkan nomor VA bank tersebut.",
            "Bayar paling lambat tanggal 10 setiap bulan.",
        ),
        printed_at=moment,
    )


def complaint_receipt(moment: datetime = MOMENT) -> ComplaintReceipt:
    due = sla_due_date(moment.date(), Channel.KIOSK, False, WorkingCalendar())
    return ComplaintReceipt(
        reference="PGD-BKS-20261123-0042",
        office_name=OFFICE,
        channel=Channel.KIOSK.label(),
        category=Category.FKTP_SERVICE.label(),
        received_at=moment,
        sla_due=due,
        masked_name=mask_name(HEAD_NAME),
        next_steps=(
            "Petugas mempelajari pengaduan dan berkoordinasi dengan unit terkait.",
            "Jawaban disampaikan melalui telepon atau pesan ke nomor Anda.",
            "Bila data pendukung kurang, lengkapi dalam 30 hari.",
            "Informasi lanjut: BPJS Kesehatan Care Center 165.",
        ),
    )


def registration_receipt(
    copy: ReceiptCopy = ReceiptCopy.PARTICIPANT, registered_on: date | None = None
) -> RegistrationReceipt:
    day = registered_on or MOMENT.date()
    earliest, latest = first_payment_window(day)
    masked = copy is ReceiptCopy.PARTICIPANT
    members = tuple(
        FamilyMember(
            mask_name(name) if masked else name,
            mask_nik(nik) if masked else nik,
            relationship,
        )
        for name, nik, relationship in FAMILY
    )
    return RegistrationReceipt(
        provisional_reference="REG-BKS-20261123-0007",
        office_name=OFFICE,
        officer_name="Rina Kusumawati",
        registered_on=day,
        members=members,
        segment="PBPU / Peserta Mandiri",
        care_class="Kelas II",
        monthly_amount=CLASS_II_MONTHLY * len(members),
        documents_checked=(
            "Kartu Keluarga (KK)",
            "Halaman depan buku tabungan (BRI)",
            "KTP pemilik rekening",
            "Meterai Rp10.000",
        ),
        first_payment_from=earliest,
        first_payment_until=latest,
        next_steps=(
            "Nomor kartu JKN dan virtual account dikirim setelah data diverifikasi.",
            "Lakukan pembayaran iuran pertama dalam rentang tanggal di atas.",
            "Kartu aktif setelah pembayaran pertama diterima.",
            "Unduh aplikasi Mobile JKN untuk melihat kartu digital.",
        ),
        copy=copy,
    )


def report(moment: datetime = MOMENT) -> Report:
    services = (
        ("Pendaftaran peserta baru", 412, 18),
        ("Perubahan data", 655, 12),
        ("Pindah FKTP", 230, 9),
        ("Informasi dan pengaduan", 388, 7),
    )
    return Report(
        title="Laporan Layanan Antrean",
        office_name=OFFICE,
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 30),
        generated_at=moment,
        sections=(
            ReportSection(
                heading="Jumlah layanan per jenis",
                columns=("Layanan", "Jumlah tiket", "Rata-rata tunggu (menit)"),
                rows=tuple((name, count, wait) for name, count, wait in services),
                chart=ChartData(
                    "Tiket per layanan",
                    tuple(name for name, _, _ in services),
                    tuple(float(count) for _, count, _ in services),
                ),
            ),
            ReportSection(
                heading="Antrean prioritas",
                columns=("Alasan prioritas", "Jumlah"),
                rows=(("Lanjut usia", 96), ("Penyandang disabilitas", 21), ("Ibu hamil", 34)),
                note="Satu tiket prioritas dipanggil untuk setiap dua tiket umum.",
            ),
        ),
    )
