"""The checks of a data-change form: every field error at once, then what the change does.

Owns `check_change`: the identity of the participant (card number and NIK), the typed
fields of the change, the documents it needs (`change_types.documents_for`) and the
domain's eligibility rules (FKTP and class: `changes.py`; family, abroad, segment,
reactivation, rank: `member_changes.py`; amounts: `contributions.py`, `billing.py`).
A refusal is filed under the field the officer must correct. A valid form gives a
`ChangeDecision`: the values stored in the `DataChange` record (old values as the
officer read them, new values, the reason code, the effective date) and what the
officer tells the participant (the amount to pay, the new monthly iuran, a deadline).
The same function re-checks a pushed record on the server. Must not import Qt or the
store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from anjungan.core.domain.tariffs import TariffBook
from anjungan.core.errors import ValidationError
from anjungan.core.services.data_change_cover import COVER_CHECKS
from anjungan.core.services.data_change_decision import (
    ChangeDecision,
    CheckContext,
    documents_needed,
    read_subject,
)
from anjungan.core.services.data_change_forms import ChangeForm
from anjungan.core.services.data_change_people import PEOPLE_CHECKS

__all__ = ["ChangeDecision", "Checked", "check_change", "documents_needed"]


@dataclass(frozen=True)
class Checked:
    errors: list[ValidationError]
    decision: ChangeDecision | None
    """Set only when ``errors`` is empty."""


def check_change(form: ChangeForm, today: date, *, book: TariffBook | None = None) -> Checked:
    """Every error of ``form``, in field order; with none, the decision of the change."""
    errors: list[ValidationError] = []
    card, person = read_subject(form.subject, today, errors)
    ctx = CheckContext(today, book, errors, card, person)
    check: Callable[[Any, CheckContext], ChangeDecision | None] = _CHECKS[form.change_type]
    decision = check(form, ctx)
    return Checked(errors, decision if not errors else None)


_CHECKS = {**PEOPLE_CHECKS, **COVER_CHECKS}
