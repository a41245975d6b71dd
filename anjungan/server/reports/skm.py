"""Satisfaction survey (SKM) figures: NRR per element, the index and its grade.

The arithmetic is the domain's `skm_index` (PermenPANRB 14/2017: NRR per element = sum /
respondents, index = sum(NRR x exactly 1/9) x 25, rounded half-up at the end, graded
A-D). Survey payloads are stored as received (`sync_apply._check_survey`): ``answers``
is a list in the regulation's element order, each 1-4 or null, and ``face`` 1-4 or null.
Only the payload column is fetched. Reads only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import tzinfo
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from anjungan.core.domain.survey import (
    Face,
    SkmElement,
    SurveyResponse,
    round_half_up,
    skm_index,
    skm_rules_for,
)
from anjungan.core.store.models.base import OutboxKind
from anjungan.server.models.sync import ReceivedRecord
from anjungan.server.reports.model import ReportQuery, SkmElementLine, SkmFigures
from anjungan.server.reports.services import period_bounds


def response_of(payload: Mapping[str, Any]) -> SurveyResponse | None:
    """The response in a stored survey payload; None for one that holds nothing usable."""
    raw = payload.get("answers") or []
    answers = {
        element: int(score)
        for element, score in zip(SkmElement, raw, strict=False)
        if isinstance(score, int) and 1 <= score <= 4
    }
    face_raw = payload.get("face")
    face = Face(face_raw) if isinstance(face_raw, int) and 1 <= face_raw <= 4 else None
    if not answers and face is None:
        return None
    return SurveyResponse(answers, face)


def skm_figures(payloads: Iterable[Mapping[str, Any]], query: ReportQuery) -> SkmFigures:
    """Pure: SKM of the payloads under the rules in force at the period's end."""
    responses = [r for r in map(response_of, payloads) if r is not None]
    result = skm_index(responses, skm_rules_for(query.date_to))
    return SkmFigures(
        respondents=result.respondents,
        complete_respondents=result.complete_respondents,
        elements=tuple(
            SkmElementLine(
                number=element.number,
                label=element.label_id,
                answers=result.answers_per_element[element],
                nrr=round_half_up(result.nrr[element], 2) if element in result.nrr else None,
            )
            for element in SkmElement
        ),
        index=result.index,
        grade=result.grade.grade if result.grade else None,
        grade_label=result.grade.label("id") if result.grade else None,
        face_count=result.faces.count,
        face_score=result.faces.score,
    )


def fetch_skm(session: Session, query: ReportQuery, zone: tzinfo) -> SkmFigures:
    start, end = period_bounds(query, zone)
    rc = ReceivedRecord
    where: list[ColumnElement[bool]] = [
        rc.kind == OutboxKind.SURVEY.value,
        rc.received_at >= start,
        rc.received_at < end,
    ]
    if query.office_code is not None:
        where.append(rc.office_code == query.office_code)
    return skm_figures(session.scalars(select(rc.payload).where(*where)), query)
