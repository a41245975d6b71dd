"""Schemathesis stateful run against the real server: sequences of calls that feed each
other (a complaint created, then read and moved; a ticket issued, then called, started,
finished; a counter configured, then calling the next ticket) with generated data, and
every answer checked: no 5xx, the documented status codes, content types and response
schemas.

Links come from schemathesis' own dependency analysis of the OpenAPI document (path
parameters matched to response fields) plus the few it cannot infer (`EXTRA_LINKS`).
The existing stateless run (`tests/integration/server/test_openapi_fuzz.py`) checks
each operation alone.
"""

from __future__ import annotations

import contextlib
import copy
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import Phase, settings
from hypothesis.errors import FlakyReplay, FlakyStrategyDefinition
from hypothesis.stateful import run_state_machine_as_test
from schemathesis.checks import CheckFunction
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.fuzz.budget import fuzz, tried
from tests.fuzz.live import COUNTER_DEVICE, Live, live_server

# Rules across fields that OpenAPI cannot state (lat needs lon, a date range's order)
# make some schema-valid requests a 422; that is documented behaviour, not a failure.
EXCLUDED_CHECKS: list[CheckFunction] = [positive_data_acceptance]
# Logging out ends the session the rest of the run needs; the event stream never ends.
EXCLUDED_PATHS = ["/v1/auth/logout", "/v1/queue/events/stream"]
_TICKET = {"ticket_id": "$response.body#/id"}
EXTRA_LINKS: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = {
    ("/v1/queue/tickets", "post", "201"): {
        f"Ticket{action.title()}": {
            "operationId": operation_id,
            "parameters": _TICKET,
        }
        for action, operation_id in (
            ("read", "get_ticket_v1_queue_tickets__ticket_id__get"),
            ("call", "call_ticket_v1_queue_tickets__ticket_id__call_post"),
            ("cancel", "cancel_ticket_v1_queue_tickets__ticket_id__cancel_post"),
        )
    },
    # Creating a complaint names a participant, which no operation produces, so the
    # analysis never starts a sequence with it; whoami (always 200) leads there instead.
    ("/v1/auth/whoami", "get", "200"): {
        "NewComplaint": {"operationId": "create_complaint_v1_complaints_post", "parameters": {}},
        "Push": {"operationId": "push_v1_sync_push_post", "parameters": {}},
        "Pull": {"operationId": "pull_v1_sync_pull_get", "parameters": {}},
    },
}


SERVICES = itertools.cycle(["new_registration", "family_change", "segment_change"])
# Fields a random string almost never gets right: set to real values so that sequences
# get past the first call (what random values do there is the stateless run's job).
REALISTIC: dict[str, dict[str, Any]] = {
    "POST /v1/complaints": {
        "participant_id": "0001944358911",
        "reporter_name": "Siti Aminah",
        "reporter_phone": None,
        "received_at": None,
    },
    "POST /v1/queue/tickets": {"service": SERVICES},
    "POST /v1/queue/tickets/{ticket_id}/call": {"counter": 1},
    "POST /v1/queue/tickets/{ticket_id}/transfer": {"to_service": SERVICES},
    "POST /v1/queue/counters/{number}/call-next": {"service": None},
    "PUT /v1/queue/counters/{number}": {"services": ["new_registration", "family_change"]},
}


def realistic(case: schemathesis.Case) -> None:
    """Put `REALISTIC` values into a schema-valid case (a negative one must stay invalid);
    pushed items come from the device the admin is logged in on."""
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    body: Any = case.body
    if not positive or not isinstance(body, dict):
        return
    for name, value in REALISTIC.get(case.operation.label, {}).items():
        body[name] = next(value) if isinstance(value, Iterator) else value
    if case.operation.label == "POST /v1/sync/push":
        for item in body.get("items", []):
            item["device_id"] = COUNTER_DEVICE


def with_links(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with `EXTRA_LINKS` added where the operations exist (by operationId)."""
    spec = copy.deepcopy(spec)
    known = {op.get("operationId") for methods in spec["paths"].values() for op in methods.values()}
    for (path, method, status), links in EXTRA_LINKS.items():
        response = spec["paths"].get(path, {}).get(method, {}).get("responses", {}).get(status)
        usable = {name: link for name, link in links.items() if link["operationId"] in known}
        if response is not None and usable:
            response.setdefault("links", {}).update(usable)
    return spec


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    path: Path = tmp_path_factory.mktemp("stateful") / "server.sqlite3"
    with live_server(f"sqlite:///{path}") as server:
        server.call("POST", "/v1/queue/services/seed", "admin").raise_for_status()
        counter = {"name": "Loket 1", "services": ["new_registration", "family_change"]}
        server.call("PUT", "/v1/queue/counters/1", "admin", json=counter).raise_for_status()
        yield server


def machine_for(live: Live) -> type[Any]:
    spec = with_links(live.call("GET", "/openapi.json", "anonymous").json())
    schema = schemathesis.openapi.from_dict(spec).exclude(path=EXCLUDED_PATHS)
    base = schema.as_state_machine()

    class Machine(base):  # type: ignore[valid-type, misc]
        scenarios = 0

        def teardown(self) -> None:
            super().teardown()
            type(self).scenarios += 1

        def get_call_kwargs(self, case: schemathesis.Case) -> dict[str, Any]:
            return {"base_url": live.base, "headers": live.headers["admin"], "timeout": 30}

        def after_call(self, response: Any, case: schemathesis.Case) -> None:
            super().after_call(response, case)
            tried("server.stateful.calls")

        def before_call(self, case: schemathesis.Case) -> None:
            realistic(case)

        def validate_response(
            self, response: Any, case: schemathesis.Case, additional_checks: Any = None, **kw: Any
        ) -> None:
            case.validate_response(
                response,
                excluded_checks=EXCLUDED_CHECKS,
                transport_kwargs=kw or None,
                recorder=self.recorder,
            )

    return Machine


def run_scenarios(machine: type[Any], budget: settings) -> int:
    """Run ``budget.max_examples`` scenarios; return how many ran.

    A live server's state cannot be replayed: Hypothesis re-drawing a choice sequence it
    saw before (to mutate it) may find other rules open and stop with a
    `FlakyStrategyDefinition`. As schemathesis' own runner does, that ends a batch, not
    the run: the next batch continues with fresh randomness. A failure that does not
    repeat (`FlakyFailure`) is still a failure. No shrinking or explaining either: they
    replay too.
    """
    ran = 0
    for batch in range(20):
        left = budget.max_examples - ran
        if left <= 0:
            break
        before = machine.scenarios
        with contextlib.suppress(FlakyStrategyDefinition, FlakyReplay):
            run_state_machine_as_test(
                machine,
                settings=settings(
                    budget, max_examples=left, phases=[Phase.generate], derandomize=batch == 0
                ),
            )
        ran += max(1, machine.scenarios - before)
    return ran


def test_sequences_of_linked_calls_never_give_a_5xx_and_match_the_schema(live: Live) -> None:
    machine = machine_for(live)
    ran = run_scenarios(machine, fuzz(25, stateful_steps=10))
    tried("server.stateful.scenarios", ran)
    live.alive()
    assert not live.logged_errors()
