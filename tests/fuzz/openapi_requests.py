"""Valid requests for every operation of the server's OpenAPI document, and the places in
them where text goes.

`operations(spec)` lists every operation with a valid request built from its schema
(`example`), with the values of `KNOWN` where a schema alone cannot give a valid one
(a NIK, an existing service code, a date). `text_slots(request)` names every path,
query and header parameter and every string in the body, so that a test can put a
hostile value into each slot, one at a time, the rest of the request staying valid.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# Values a schema cannot produce on its own but the server needs to go past validation.
KNOWN: dict[str, Any] = {
    "nik": "3171011205800001",
    "card": "0001944358911",
    "participant_id": "0001944358911",
    "reporter_name": "Siti Aminah",
    "reporter_phone": "081234567890",
    "birth_date": "1980-05-12",
    "fktp_code": "0138U020",
    "code": "0138U020",
    "day": "2026-12-24",
    "prefix": "Z",
    "service": "new_registration",
    "to_service": "info_complaint",
    "services": ["new_registration"],
    "username": "officer1",
    "password": "rahasia-123",
    "device_id": "C-BPN-01",
    "csv": "kode,nama\n0138U020,Klinik Uji\n",
    "number": 1,
    "counter": 1,
    "ticket_id": 1,
    "received_at": "2026-11-23T09:00:00+07:00",
    "date_from": "2026-11-23",
    "date_to": "2026-11-23",
    "received_from": "2026-11-01",
    "received_to": "2026-11-30",
    "region": "31",
    "office": "MPP-BPN",
}
FORMATS = {
    "date": "2026-11-23",
    "date-time": "2026-11-23T09:00:00+07:00",
    "uuid": "00000000-0000-4000-8000-000000000001",
}


@dataclass
class Request:
    method: str
    template: str
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    has_body: bool = False

    @property
    def label(self) -> str:
        return f"{self.method} {self.template}"


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def example(
    spec: dict[str, Any],
    schema: dict[str, Any],
    name: str = "",
    known: dict[str, Any] | None = None,
) -> Any:
    """A value ``schema`` accepts: a known one for ``name``, else a plain one."""
    schema = _resolve(spec, schema)
    known = KNOWN if known is None else known
    if name in known:
        return copy.deepcopy(known[name])
    if "default" in schema and schema["default"] is not None:
        return copy.deepcopy(schema["default"])
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [s for s in schema[key] if _resolve(spec, s).get("type") != "null"]
            return example(spec, options[0] if options else schema[key][0], name, known)
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {key: example(spec, sub, key, known) for key, sub in props.items()}
    if kind == "array":
        return [example(spec, schema.get("items", {}), name, known)]
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    if schema.get("format") in FORMATS:
        return FORMATS[schema["format"]]
    return "x" * max(1, int(schema.get("minLength", 1)))


def operations(
    spec: dict[str, Any], exclude: tuple[str, ...] = (), known: dict[str, Any] | None = None
) -> Iterator[Request]:
    """One valid request per operation; ``known`` adds to (or replaces) `KNOWN`."""
    values = {**KNOWN, **(known or {})}
    for template, methods in spec["paths"].items():
        if template in exclude:
            continue
        for method, operation in methods.items():
            request = Request(method.upper(), template)
            for parameter in operation.get("parameters", []):
                value = example(spec, parameter.get("schema", {}), parameter["name"], values)
                where = {"path": request.path, "query": request.query, "header": request.headers}
                if parameter["in"] in where and (
                    parameter["in"] == "path" or parameter.get("required")
                ):
                    where[parameter["in"]][parameter["name"]] = value
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                request.body = example(spec, content["application/json"]["schema"], "", values)
                request.has_body = True
            yield request


def all_parameters(spec: dict[str, Any], request: Request) -> list[tuple[str, str]]:
    """(location, name) of every declared parameter of ``request``'s operation."""
    operation = spec["paths"][request.template][request.method.lower()]
    return [(p["in"], p["name"]) for p in operation.get("parameters", [])]


def _body_strings(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, str):
        yield at
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _body_strings(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _body_strings(item, (*at, index))


def text_slots(spec: dict[str, Any], request: Request) -> list[tuple[str, Any]]:
    """Every slot of ``request`` that text can be put into: ("path", name),
    ("query", name), ("header", name) and ("body", key path)."""
    slots: list[tuple[str, Any]] = list(all_parameters(spec, request))
    slots += [("body", at) for at in _body_strings(request.body)]
    return slots


def with_value(request: Request, slot: tuple[str, Any], value: Any) -> Request:
    """A copy of ``request`` with ``value`` in ``slot``."""
    changed = copy.deepcopy(request)
    where, name = slot
    if where == "body":
        target = changed.body
        for key in name[:-1]:
            target = target[key]
        target[name[-1]] = value
    else:
        {"path": changed.path, "query": changed.query, "header": changed.headers}[where][name] = (
            value
        )
    return changed
