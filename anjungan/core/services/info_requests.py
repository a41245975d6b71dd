"""The information log: a question answered at the counter, logged in two clicks.

Owns the fixed topic list (`InfoTopic`, the MPP services of seed 004 and the questions
an MPP desk hears most), the channels an information request arrives by (the complaint
channels of seed 000 a counter handles: in person, phone, written), `log_info_request`
(one record and its outbox row) and `info_counts_on` (how many per topic on one local
day, for the officer's screen and the daily report). Must not import Qt.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from sqlalchemy import func, select

from anjungan.core.domain.complaint_sla import Channel
from anjungan.core.services.forms import Desk
from anjungan.core.store.models import InfoRequest
from anjungan.core.store.uow import UnitOfWork


class InfoTopic(StrEnum):
    """What a participant asked about. Seed 004 "Layanan utama MPP BPJS Kesehatan"."""

    REGISTRATION = "registration"
    MEMBERSHIP_STATUS = "membership_status"
    CONTRIBUTIONS = "contributions"
    ARREARS = "arrears"
    FAMILY_DATA = "family_data"
    FKTP_CHANGE = "fktp_change"
    CLASS_CHANGE = "class_change"
    BENEFITS = "benefits"
    MOBILE_JKN = "mobile_jkn"
    OTHER = "other"

    def label(self, lang: str = "id") -> str:
        return _TOPIC_LABELS[self][1 if lang == "en" else 0]


_TOPIC_LABELS: dict[InfoTopic, tuple[str, str]] = {
    InfoTopic.REGISTRATION: ("Pendaftaran peserta baru", "New registration"),
    InfoTopic.MEMBERSHIP_STATUS: ("Status kepesertaan", "Membership status"),
    InfoTopic.CONTRIBUTIONS: ("Iuran, tagihan, virtual account", "Contributions, bills, VA"),
    InfoTopic.ARREARS: (
        "Tunggakan dan pengaktifan kembali",
        "Arrears and reactivation",
    ),
    InfoTopic.FAMILY_DATA: (
        "Perubahan data dan anggota keluarga",
        "Data and family member changes",
    ),
    InfoTopic.FKTP_CHANGE: ("Pindah FKTP", "FKTP change"),
    InfoTopic.CLASS_CHANGE: ("Perubahan kelas rawat", "Care class change"),
    InfoTopic.BENEFITS: ("Manfaat dan prosedur berobat", "Benefits and how to get care"),
    InfoTopic.MOBILE_JKN: ("Aplikasi Mobile JKN", "Mobile JKN app"),
    InfoTopic.OTHER: ("Lainnya", "Other"),
}

#: How a question reaches a counter officer: at the desk, by phone, in writing.
INFO_CHANNELS: tuple[Channel, ...] = (Channel.DIRECT, Channel.ORAL, Channel.WRITTEN)


def log_info_request(
    uow: UnitOfWork,
    topic: InfoTopic,
    channel: Channel,
    *,
    desk: Desk,
    question: str = "",
) -> InfoRequest:
    """Write one information request and its outbox row. ``uow`` must not be open."""
    record = InfoRequest(
        channel=channel.value,
        topic=topic.value,
        question=question.strip(),
        officer_id=desk.officer_id,
        office_code=desk.office_code,
    )
    with uow:
        uow.add_record(record)
        uow.commit()
    return record


def info_counts_on(uow: UnitOfWork, day: date, tz: tzinfo) -> dict[InfoTopic, int]:
    """Requests per topic logged on ``day`` (a local date in ``tz``), every topic present.

    A stored topic this version does not know (a newer device's) counts as OTHER.
    """
    start = datetime.combine(day, time.min, tzinfo=tz)
    stmt = (
        select(InfoRequest.topic, func.count())
        .where(InfoRequest.created_at >= start, InfoRequest.created_at < start + timedelta(1))
        .group_by(InfoRequest.topic)
    )
    counts = dict.fromkeys(InfoTopic, 0)
    with uow:
        for topic, n in uow.session.execute(stmt).all():
            key = InfoTopic(topic) if topic in counts else InfoTopic.OTHER
            counts[key] += int(n)
    return counts
