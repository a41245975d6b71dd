"""Money, dates, queue labels, survey scores, printer settings: any input either gives a
value with the documented invariants or the project's own error (`ValidationError`,
`PrinterConfigError`), never another exception.

Targets: `money.py` (rounding and ``Rp150.000``), the kiosk's typed birth date
(`kiosk.screens.date_entry.parse_birth_date`), the printed date/time wording
(`printing.idtext`), queue ticket labels (`queue.parse_ticket`/`format_ticket`), survey
scores (`survey.Face`, `SurveyResponse`; pushed JSON reaches them), printer URIs
(`printing.uri`) and printer status bytes (`printing.status`).
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.domain.money import format_rupiah, percent_of, to_rupiah
from anjungan.core.domain.queue import format_ticket, parse_ticket
from anjungan.core.domain.survey import Face, SkmElement, SurveyResponse
from anjungan.core.errors import ValidationError
from anjungan.kiosk.screens.date_entry import EARLIEST_YEAR, parse_birth_date
from anjungan.printing import idtext
from anjungan.printing.errors import PrinterConfigError
from anjungan.printing.layout import PAPERS
from anjungan.printing.status import PrinterStatus, parse_answers
from anjungan.printing.uri import SCHEMES, PrinterTarget, parse_printer_uri
from tests.fuzz.budget import fuzz, tried
from tests.fuzz.strategies import HOSTILE, any_text, json_values

money = st.integers(min_value=-(10**15), max_value=10**15)
finite_decimals = st.decimals(
    min_value=Decimal(-(10**15)), max_value=Decimal(10**15), allow_nan=False, allow_infinity=False
)


@fuzz(300)
@given(amount=money)
def test_rupiah_text_reads_back_as_the_same_amount(amount: int) -> None:
    tried("money.format_rupiah")
    text = format_rupiah(amount)
    sign = -1 if text.startswith("-") else 1
    body = text.removeprefix("-").removeprefix("Rp")
    assert all(group.isdigit() for group in body.split("."))
    assert all(len(group) == 3 for group in body.split(".")[1:])
    assert sign * int(body.replace(".", "")) == amount


@fuzz(300)
@given(value=finite_decimals, rate=st.decimals(min_value=0, max_value=1, places=4))
def test_rounding_to_rupiah_is_half_up_and_never_more_than_half_a_rupiah_off(
    value: Decimal, rate: Decimal
) -> None:
    tried("money.to_rupiah")
    rounded = to_rupiah(value)
    assert isinstance(rounded, int)
    assert abs(Decimal(rounded) - value) <= Decimal("0.5")
    if value - int(value) == Decimal("0.5"):
        assert rounded == int(value) + 1
    share = to_rupiah(percent_of(int(value), rate))
    assert abs(share) <= abs(int(value)) + 1


@fuzz(300)
@given(
    digits=st.one_of(any_text, st.text(alphabet="0123456789", min_size=8, max_size=8)),
    today=st.dates(date(1950, 1, 1), date(2099, 12, 31)),
)
def test_a_typed_birth_date_is_a_real_past_date_or_none(digits: str, today: date) -> None:
    tried("date_entry.parse_birth_date")
    born = parse_birth_date(digits, today)
    if born is None:
        return
    assert born.year >= EARLIEST_YEAR and born <= today
    assert f"{born:%d%m%Y}" == digits


offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))


@fuzz(300)
@given(
    moment=st.datetimes(timezones=st.one_of(st.none(), offsets)),
    minutes=st.integers(0, 10**6),
    count=money,
)
def test_printed_dates_and_times_are_written_for_any_moment(
    moment: datetime, minutes: int, count: int
) -> None:
    tried("idtext.format")
    long = idtext.format_date_long(moment.date())
    assert long.split(", ")[0] in idtext.DAYS and str(moment.year) in long
    stamp = idtext.format_datetime(moment)
    assert stamp.startswith(idtext.format_date(moment.date()))
    assert idtext.format_time(moment).split(" ")[-1] in ("WIB", "WITA", "WIT", f"{moment:%H.%M}")
    words = idtext.format_minutes(minutes).split()
    assert words[-1] in ("menit", "jam")
    assert int(idtext.format_count(count).replace(".", "")) == count


@fuzz(300)
@given(
    label=st.one_of(
        any_text,
        st.from_regex(r"[A-Za-z]{0,3}[0-9]{0,6}", fullmatch=True),
        st.just("A" + "7" * 5000),
        st.sampled_from(HOSTILE),
    )
)
def test_any_ticket_label_parses_to_prefix_and_number_or_a_validation_error(label: str) -> None:
    tried("queue.parse_ticket")
    try:
        prefix, number = parse_ticket(label)
    except ValidationError as error:
        assert error.field == "ticket"
        return
    assert 1 <= len(prefix) <= 2 and prefix.isupper() and number >= 0
    width = max(3, len(str(number)))
    assert parse_ticket(format_ticket(prefix, number, width)) == (prefix, number)


@fuzz(300)
@given(face=json_values(5), answers=st.lists(json_values(3), max_size=12))
def test_any_pushed_survey_value_is_a_score_or_a_validation_error(
    face: object, answers: list[object]
) -> None:
    tried("survey.scores")
    with contextlib.suppress(ValidationError):
        Face.from_score(face)  # type: ignore[arg-type]
    try:
        response = SurveyResponse(dict(zip(SkmElement, answers, strict=False)))  # type: ignore[arg-type]
    except ValidationError:
        return
    assert all(1 <= score <= 4 for score in response.answers.values())


@st.composite
def uri_like(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from([*SCHEMES, "TCP", "http", ""]))
    body = draw(
        st.one_of(
            any_text,
            st.sampled_from(
                ["192.168.1.5:9100", "[::1]:9100", "[::1", "h:99999", "h:-1", "04b8:0e15", "/dev/x"]
            ),
        )
    )
    query = draw(
        st.sampled_from(
            ["", "?paper=58", "?codepage=cp858", "?codepage=\x00", "?status=maybe", "?baud=1", "?a"]
        )
    )
    return f"{scheme}://{body}{query}"


@fuzz(400)
@given(uri=st.one_of(any_text, uri_like(), st.sampled_from(HOSTILE)))
def test_any_printer_setting_is_a_target_or_a_printer_config_error(uri: str) -> None:
    tried("uri.parse_printer_uri")
    try:
        target = parse_printer_uri(uri)
    except PrinterConfigError as error:
        assert error.message_id and error.message_en
        return
    assert isinstance(target, PrinterTarget)
    assert target.paper in PAPERS.values()
    assert target.uri == uri.strip()


@fuzz(300)
@given(raw=st.binary(max_size=8))
def test_any_bytes_from_a_printer_are_a_status_or_none(raw: bytes) -> None:
    tried("status.parse_answers")
    status = parse_answers(raw)
    assert status is None or isinstance(status, PrinterStatus)
    if status is not None:
        problem = status.problem()
        assert problem is None or problem.code


def test_a_ticket_label_with_thousands_of_digits_is_not_recognised() -> None:
    # Regression: int() refuses over 4,300 digits with ValueError, which escaped.
    with pytest.raises(ValidationError) as caught:
        parse_ticket("A" + "7" * 5000)
    assert caught.value.code == "queue_ticket_label_invalid"


def test_an_unclosed_ipv6_bracket_is_a_printer_config_error() -> None:
    # Regression: urlsplit raises ValueError("Invalid IPv6 URL"), which escaped.
    with pytest.raises(PrinterConfigError, match="tcp://host:port"):
        parse_printer_uri("tcp://[::1:9100")
