"""Any device TOML file either loads as a `DeviceConfig` or raises `ConfigError` with a
sentence in both languages naming the file, never a traceback; a secret in the file
(the device token, the kiosk PIN) never appears in that sentence.

Inputs: raw bytes (not UTF-8 included), any text, and well-formed TOML documents whose
keys are the real ones (and some unknown) with values of every TOML type, nested.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from anjungan.core.config import DeviceConfig, load_config
from anjungan.core.errors import ConfigError
from tests.fuzz.budget import fuzz, tried
from tests.fuzz.strategies import INJECTIONS, any_text

SECRET = "SECRET-7f3a9c"
KEYS = [*DeviceConfig.model_fields, "unknown_key", "Role", ""]


def toml_value(value: Any) -> str:
    """``value`` written as a TOML value (inline tables for dicts)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        if isinstance(value, float) and math.isnan(value):
            return "nan"
        if isinstance(value, float) and math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a TOML basic string, escapes included
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    items = ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items())
    return "{" + items + "}"


toml_scalars = st.one_of(
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(),
    st.text(st.characters(codec="utf-8")),
    st.sampled_from(
        ["kiosk", "server", "id", "en", "1234", "http://127.0.0.1:8765", SECRET, *INJECTIONS[:10]]
    ),
)
toml_values = st.recursive(
    toml_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.sampled_from(["latitude", "longitude", "x"]), children, max_size=3),
    ),
    max_leaves=6,
)


@st.composite
def toml_documents(draw: st.DrawFn) -> str:
    pairs = draw(st.dictionaries(st.sampled_from(KEYS), toml_values, max_size=8))
    lines = [f"{json.dumps(key)} = {toml_value(value)}" for key, value in pairs.items()]
    if draw(st.booleans()):
        lines += ["[location]", f"latitude = {toml_value(draw(toml_scalars))}"]
        lines.append(f"longitude = {toml_value(draw(toml_scalars))}")
    lines.append(f"token = {json.dumps(SECRET)}" if "token" not in pairs else "")
    return "\n".join(lines) + "\n"


def _load(tmp: Path, content: bytes) -> DeviceConfig | None:
    path = tmp / "device.toml"
    path.write_bytes(content)
    tried("config.load_config")
    try:
        return load_config(path)
    except ConfigError as error:
        for sentence in (error.message_id, error.message_en):
            assert str(path) in sentence
            assert sentence.endswith(".")
            assert SECRET not in sentence
        assert "Traceback" not in str(error)
        return None


@fuzz(250)
@given(document=toml_documents())
def test_any_toml_document_loads_or_is_a_config_error_with_a_sentence(
    tmp_path: Path, document: str
) -> None:
    config = _load(tmp_path, document.encode("utf-8"))
    if config is not None:
        assert config.token == SECRET or "token" in document
        assert SECRET not in repr(config)


@fuzz(150)
@given(
    content=st.one_of(st.binary(max_size=200), any_text.map(lambda t: t.encode("utf-8", "replace")))
)
def test_any_bytes_as_a_config_file_load_or_are_a_config_error(
    tmp_path: Path, content: bytes
) -> None:
    _load(tmp_path, content)


def test_a_config_file_that_is_not_utf8_is_a_config_error(tmp_path: Path) -> None:
    assert _load(tmp_path, b'office = "Kantor \xff\xfe"\n') is None


def test_a_config_path_that_is_a_directory_is_a_config_error(tmp_path: Path) -> None:
    tried("config.load_config")
    try:
        load_config(tmp_path)
    except ConfigError as error:
        assert str(tmp_path) in error.message_en
    else:
        raise AssertionError("a directory loaded as a config file")
