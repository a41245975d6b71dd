"""Every wire model (`anjungan.core.wire`), given any JSON document or any bytes, either
validates or raises pydantic's `ValidationError`, never another exception; whatever
validates dumps to JSON and validates again to an equal model.

The server and the sync client both parse bodies with these models, so this is the
first thing a malformed request or response meets.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
import pkgutil
from typing import Any

import pydantic
from hypothesis import given
from hypothesis import strategies as st

import anjungan.core.wire as wire
from anjungan.core.wire.common import WireModel
from tests.fuzz.budget import fuzz, tried
from tests.fuzz.strategies import json_values


def _models() -> list[type[WireModel]]:
    found: dict[str, type[WireModel]] = {}
    for info in pkgutil.iter_modules(wire.__path__):
        module = importlib.import_module(f"{wire.__name__}.{info.name}")
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, WireModel)
                and value is not WireModel
                and not value.__pydantic_generic_metadata__["parameters"]
            ):
                found[f"{value.__module__}.{name}"] = value
    return [found[key] for key in sorted(found)]


MODELS = _models()


def _validate(model: type[WireModel], document: Any) -> None:
    tried("wire.model_validate")
    try:
        parsed = model.model_validate(document)
    except pydantic.ValidationError:
        return
    again = model.model_validate_json(parsed.model_dump_json())
    assert again == model.model_validate(json.loads(parsed.model_dump_json()))


@st.composite
def documents(draw: st.DrawFn, model: type[WireModel]) -> Any:
    """Any JSON, or an object with the model's own keys holding any JSON."""
    if draw(st.booleans()):
        return draw(json_values(15))
    keys = st.sampled_from(sorted(model.model_fields) or ["x"])
    return draw(st.dictionaries(keys, json_values(6), max_size=8))


@fuzz(300)
@given(data=st.data(), model=st.sampled_from(MODELS))
def test_any_json_is_a_model_or_a_validation_error(
    data: st.DataObject, model: type[WireModel]
) -> None:
    _validate(model, data.draw(documents(model)))


@fuzz(100)
@given(model=st.sampled_from(MODELS), raw=st.binary(max_size=200))
def test_any_bytes_are_a_model_or_a_validation_error(model: type[WireModel], raw: bytes) -> None:
    tried("wire.model_validate_json")
    with contextlib.suppress(pydantic.ValidationError):
        model.model_validate_json(raw)


def test_every_wire_module_has_models_here() -> None:
    assert len(MODELS) > 30
