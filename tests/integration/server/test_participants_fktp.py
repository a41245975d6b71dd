"""With a facility directory on the server, a participant's FKTP comes with its name and
an FKTP change must name an FKTP of the directory (not a hospital, not a made-up code).
The directory belongs to the faskes area; this area only reads it when it is there.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from anjungan.core.clock import FixedClock
from anjungan.server.db import Database
from anjungan.server.services.faskes_loader import load_facilities
from anjungan.server.settings import ServerSettings
from tests.helpers import participant_factories as f
from tests.integration.server.conftest import Api
from tests.integration.server.faskes_fixtures import FACILITIES

HOUSEHOLD = dataclasses.replace(f.PBPU_CLASS_II, fktp_code="3171P001")
PERSON = HOUSEHOLD.members[0]


@pytest.fixture(autouse=True)
def directory(db: Database, clock: FixedClock) -> None:
    load_facilities(db, ServerSettings(clock=clock), FACILITIES)
    f.load(db, clock, HOUSEHOLD)


def change_to(api: Api, code: str) -> Any:
    body = {"nik": PERSON.nik, "birth_date": PERSON.birth_date.isoformat(), "fktp_code": code}
    return api.as_("kiosk").post(api.url("/participants/changes/fktp"), json=body, timeout=10)


def test_the_fktp_comes_with_its_name(api: Api) -> None:
    body = api.as_("kiosk").get(api.url(f"/participants/nik/{PERSON.nik}"), timeout=10).json()
    assert body["fktp"] == {"code": "3171P001", "name": "PUSKESMAS GAMBIR"}
    record = api.as_("officer").get(api.url(f"/participants/nik/{PERSON.nik}/record"), timeout=10)
    assert record.json()["fktp"]["name"] == "PUSKESMAS GAMBIR"


def test_a_change_to_a_listed_fktp_is_accepted(api: Api) -> None:
    answer = change_to(api, "3171K001")
    assert answer.status_code == 201


@pytest.mark.parametrize("code", ["3273R001", "9999X999"])  # a hospital; not in the list
def test_a_change_to_a_hospital_or_an_unknown_code_is_422(api: Api, code: str) -> None:
    answer = change_to(api, code)
    assert answer.status_code == 422
    assert answer.json()["code"] == "unknown_fktp"
