"""The report as tables, then as an A4 PDF with charts (`printing.pdf`) and as CSV files.

`tables(data)` is the single list of tables (raw numbers, None for "no data"); the PDF
formats them the Indonesian way (decimal comma, "-" for none) with a chart under some,
the CSV keeps plain machine numbers (decimal point, empty for none), one file per table,
UTF-8 with a header row. Headings are in Bahasa Indonesia. Writes only the paths given.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from anjungan.core.clock import SystemClock
from anjungan.printing.documents import ChartData, ChartKind, Report, ReportSection
from anjungan.printing.pdf import write_pdf
from anjungan.server.reports.model import Count, Durations, ReportData

Raw = str | int | float | Decimal | None


@dataclass(frozen=True)
class Table:
    slug: str
    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Raw, ...], ...]
    chart: ChartData | None = None
    note: str = ""


def _pct(share: float | None) -> float | None:
    return None if share is None else round(100 * share, 1)


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _counts(
    slug: str,
    heading: str,
    what: str,
    items: tuple[Count, ...],
    kind: ChartKind | None = ChartKind.BAR,
) -> Table:
    chart = None
    if kind is not None and items:
        chart = ChartData(
            heading, tuple(c.label for c in items), tuple(float(c.count) for c in items), kind
        )
    return Table(slug, heading, (what, "Jumlah"), tuple((c.label, c.count) for c in items), chart)


def _times(d: Durations) -> tuple[Raw, ...]:
    return (_r(d.median_minutes), _r(d.p90_minutes), _pct(d.share_within))


def tables(data: ReportData) -> tuple[Table, ...]:
    q, s, c, k = data.queue, data.services, data.complaints, data.skm
    wait, serve = q.standard_waiting_minutes, q.standard_service_minutes
    hours = tuple(f"{h.hour:02d}" for h in q.per_hour)
    return (
        Table(
            "antrean_ringkasan",
            "Ringkasan antrean",
            ("Ukuran", "Nilai"),
            (
                ("Tiket diambil", q.issued),
                ("Tiket dilayani", q.served),
                ("Tidak hadir saat dipanggil", q.no_shows),
                ("Dibatalkan", q.cancelled),
                ("Median waktu tunggu (menit)", _r(q.waiting.median_minutes)),
                ("P90 waktu tunggu (menit)", _r(q.waiting.p90_minutes)),
                (f"Waktu tunggu di bawah {wait} menit (%)", _pct(q.waiting.share_within)),
                ("Median waktu layanan (menit)", _r(q.service.median_minutes)),
                ("P90 waktu layanan (menit)", _r(q.service.p90_minutes)),
                (f"Waktu layanan paling lama {serve} menit (%)", _pct(q.service.share_within)),
            ),
            note=f"Standar: menunggu kurang dari {wait} menit, layanan {serve} menit per berkas. "
            "P90: 90% tiket selesai dalam waktu ini atau kurang.",
        ),
        Table(
            "antrean_per_layanan",
            "Tiket per layanan",
            (
                "Layanan",
                "Tiket",
                "Dilayani",
                "Tidak hadir",
                "Median tunggu",
                "P90 tunggu",
                "Median layanan",
                "P90 layanan",
            ),
            tuple(
                (
                    line.label,
                    line.issued,
                    line.served,
                    line.no_shows,
                    _r(line.waiting.median_minutes),
                    _r(line.waiting.p90_minutes),
                    _r(line.service.median_minutes),
                    _r(line.service.p90_minutes),
                )
                for line in q.per_service
            ),
            ChartData(
                "Tiket per layanan",
                tuple(x.label for x in q.per_service),
                tuple(float(x.issued) for x in q.per_service),
            )
            if q.per_service
            else None,
            note="Waktu dalam menit.",
        ),
        Table(
            "antrean_per_jam",
            "Tiket per jam pengambilan",
            ("Jam", "Tiket"),
            tuple((h, line.issued) for h, line in zip(hours, q.per_hour, strict=True)),
            ChartData(
                "Tiket per jam", hours, tuple(float(h.issued) for h in q.per_hour), ChartKind.COLUMN
            )
            if q.per_hour
            else None,
        ),
        Table(
            "antrean_tunggu_per_jam",
            "Waktu tunggu per jam pengambilan",
            ("Jam", "Dipanggil", "Median (menit)", "P90 (menit)", f"< {wait} menit (%)"),
            tuple(
                (h, line.waiting.count, *_times(line.waiting))
                for h, line in zip(hours, q.per_hour, strict=True)
            ),
            ChartData(
                "Median waktu tunggu per jam (menit)",
                hours,
                tuple(_r(h.waiting.median_minutes) or 0.0 for h in q.per_hour),  # as the table
                ChartKind.LINE,
                reference=float(wait),
                decimals=1,
            )
            if q.per_hour
            else None,
        ),
        Table(
            "antrean_per_loket",
            "Layanan per loket",
            (
                "Loket",
                "Dilayani",
                "Median layanan (menit)",
                "P90 layanan (menit)",
                f"<= {serve} menit (%)",
            ),
            tuple(
                (f"Loket {line.counter_number}", line.served, *_times(line.service))
                for line in q.per_counter
            ),
        ),
        Table(
            "antrean_per_petugas",
            "Layanan per petugas",
            (
                "Petugas",
                "Dipanggil",
                "Dilayani",
                "Tidak hadir",
                "Median layanan (menit)",
                "P90 layanan (menit)",
                f"<= {serve} menit (%)",
            ),
            tuple(
                (line.label, line.called, line.served, line.no_shows, *_times(line.service))
                for line in q.per_officer
            ),
            ChartData(
                "Tiket dilayani per petugas",
                tuple(line.label for line in q.per_officer),
                tuple(float(line.served) for line in q.per_officer),
            )
            if q.per_officer
            else None,
            note="Tiket dihitung untuk petugas yang terakhir memanggil, memulai atau "
            "menyelesaikannya.",
        ),
        _counts("antrean_prioritas", "Tiket menurut alasan prioritas", "Alasan", q.priority, None),
        Table(
            "pendaftaran_per_segmen",
            "Pendaftaran menurut segmen",
            ("Segmen", "Keluarga"),
            tuple((x.label, x.count) for x in s.registrations_by_segment),
            note=f"Jumlah jiwa terdaftar: {s.registered_people}.",
        ),
        _counts(
            "perubahan_data",
            "Perubahan data menurut jenis",
            "Jenis perubahan",
            s.data_changes_by_type,
        ),
        _counts(
            "permintaan_informasi",
            "Permintaan informasi menurut topik",
            "Topik",
            s.info_requests_by_topic,
        ),
        Table(
            "pengaduan_ringkasan",
            "Ringkasan pengaduan",
            ("Ukuran", "Nilai"),
            (
                ("Pengaduan diterima", c.received),
                ("Sudah dijawab", c.answered),
                ("Dijawab tepat waktu (SLA)", c.answered_on_time),
                ("Kepatuhan SLA (%)", _pct(c.on_time_share)),
                ("Ditutup", c.closed),
                ("Rata-rata hari kerja sampai ditutup", _r(c.average_working_days_to_close)),
                ("Lewat batas waktu, belum dijawab", len(c.overdue_tickets)),
                ("Peserta menyatakan puas", c.confirmed_satisfied),
                ("Peserta menyatakan tidak puas", c.confirmed_not_satisfied),
            ),
            note="Tepat waktu: jawaban pertama paling lambat pada batas SLA dalam hari kerja "
            "(lisan 1, tertulis 3; dengan koordinasi 3 dan 5), ditambah masa menunggu "
            "data peserta.",
        ),
        _counts(
            "pengaduan_per_kanal", "Pengaduan menurut kanal", "Kanal", c.by_channel, ChartKind.PIE
        ),
        _counts("pengaduan_per_kategori", "Pengaduan menurut kategori", "Kategori", c.by_category),
        _counts("pengaduan_per_status", "Pengaduan menurut status", "Status", c.by_state, None),
        Table(
            "pengaduan_lewat_batas",
            "Pengaduan lewat batas waktu",
            ("Nomor pengaduan",),
            tuple((ticket,) for ticket in c.overdue_tickets),
        ),
        Table(
            "skm_unsur",
            "Survei Kepuasan Masyarakat (SKM) per unsur",
            ("No", "Unsur", "Jawaban", "NRR"),
            tuple((e.number, e.label, e.answers, e.nrr) for e in k.elements),
            ChartData(
                "NRR per unsur (1-4)",
                tuple(f"U{e.number} {e.label}" for e in k.elements),
                tuple(float(e.nrr or 0) for e in k.elements),
            ),
            note="Indeks = jumlah (NRR x 1/9) x 25 (PermenPANRB 14/2017).",
        ),
        Table(
            "skm_ringkasan",
            "Indeks Kepuasan Masyarakat",
            ("Ukuran", "Nilai"),
            (
                ("Responden", k.respondents),
                ("Responden lengkap (9 unsur)", k.complete_respondents),
                ("Indeks SKM", k.index),
                ("Mutu pelayanan", f"{k.grade} ({k.grade_label})" if k.grade else None),
                ("Jawaban wajah", k.face_count),
                ("Nilai wajah (25-100)", k.face_score),
            ),
        ),
    )


def _show(value: Raw) -> str | int:
    if value is None:
        return "-"
    if isinstance(value, int):
        return value
    if isinstance(value, float | Decimal):
        return (
            f"{value:.2f}".replace(".", ",")
            if isinstance(value, Decimal)
            else f"{value:.1f}".replace(".", ",")
        )
    return value


def report_document(data: ReportData, generated_at: datetime) -> Report:
    return Report(
        title="Laporan Pelayanan",
        office_name=data.office_label,
        period_start=data.query.date_from,
        period_end=data.query.date_to,
        generated_at=generated_at,
        sections=tuple(
            ReportSection(
                t.heading,
                t.columns,
                tuple(tuple(_show(v) for v in row) for row in t.rows),
                t.chart,
                " ".join(
                    part
                    for part in ("" if t.rows else "Tidak ada data pada periode ini.", t.note)
                    if part
                ),
            )
            for t in tables(data)
        ),
    )


def render_report_pdf(data: ReportData, path: Path, generated_at: datetime | None = None) -> Path:
    return write_pdf(report_document(data, generated_at or SystemClock().now()), path)


def _csv_cell(value: Raw) -> str:
    return "" if value is None else str(value)


def write_csv(data: ReportData, directory: Path) -> list[Path]:
    """One ``<slug>.csv`` per table in ``directory`` (created if missing); the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for t in tables(data):
        path = directory / f"{re.sub(r'[^a-z0-9_]', '_', t.slug)}.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(t.columns)
            writer.writerows([_csv_cell(v) for v in row] for row in t.rows)
        written.append(path)
    return written
