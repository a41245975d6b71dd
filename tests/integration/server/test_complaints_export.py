"""Export for SIPP / SP4N-LAPOR!: CSV and JSON carry the same rows, parse back, and hold
no identity or free text."""

from __future__ import annotations

import csv
import io

from tests.integration.server.conftest import Api
from tests.integration.server.test_complaints import BODY, act, create


def test_csv_and_json_exports_parse_back_to_the_same_rows(api: Api) -> None:
    answered = create(api)
    act(api, answered, "start")
    act(api, answered, "answer", note="Iuran sudah tercatat")
    act(api, answered, "confirm", satisfied=True)
    act(api, answered, "close")
    pending = create(api, channel="written", category="referral")

    as_json = api.as_("officer").get(api.url("/complaints/export.json"), timeout=30)
    assert as_json.status_code == 200
    rows = as_json.json()["rows"]
    assert [r["ticket"] for r in rows] == [answered["ticket"], pending["ticket"]]
    first = rows[0]
    assert first["state"] == "closed" and first["outcome"] == "satisfied"
    assert first["answered_on"] == "2026-11-23" and first["closed_on"] == "2026-11-23"
    assert first["on_time"] is True and first["satisfied"] is True
    assert rows[1]["on_time"] is None and rows[1]["due_date"] == "2026-11-26"

    as_csv = api.as_("officer").get(api.url("/complaints/export.csv"), timeout=30)
    assert as_csv.status_code == 200
    assert as_csv.headers["content-type"].startswith("text/csv")
    parsed = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert len(parsed) == 2
    for from_csv, from_json in zip(parsed, rows, strict=True):
        assert set(from_csv) == set(from_json)
        for key, value in from_json.items():
            expected = (
                ""
                if value is None
                else str(value).lower()
                if isinstance(value, bool)
                else str(value)
            )
            assert from_csv[key] == expected, key

    for text in (as_csv.text, as_json.text):
        for personal in ("0001944358911", "SITI", "6281234567890", BODY["problem"], BODY["cause"]):
            assert personal not in text


def test_the_export_is_limited_to_the_days_received_asked_for(api: Api) -> None:
    create(api, received_at="2026-11-19T23:30:00+07:00")
    create(api, received_at="2026-11-20T00:30:00+07:00")
    create(api)
    answer = api.as_("officer").get(
        api.url("/complaints/export.json"),
        params={"received_from": "2026-11-20", "received_to": "2026-11-20"},
        timeout=30,
    )
    assert [r["received_on"] for r in answer.json()["rows"]] == ["2026-11-20"]


def test_the_export_needs_an_officer(api: Api) -> None:
    for path in ("/complaints/export.json", "/complaints/export.csv"):
        assert api.as_("kiosk").get(api.url(path), timeout=30).status_code == 403
        assert api.as_("anonymous").get(api.url(path), timeout=30).status_code == 401
