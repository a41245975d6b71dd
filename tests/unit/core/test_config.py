"""Device TOML files load into a DeviceConfig or fail with a sentence naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from anjungan.core.config import DeviceConfig, Role, load_config
from anjungan.core.errors import ConfigError


def test_no_file_gives_demo_defaults() -> None:
    config = load_config(None)
    assert config.role is Role.KIOSK
    assert config.language == "id"


def test_full_kiosk_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        'role = "kiosk"\ndevice_id = "K-BPN-01"\noffice = "MPP Balikpapan"\n'
        'server_url = "https://jkn.example"\nprinter = "tcp://10.0.0.5:9100"\n'
        'language = "en"\nfullscreen = true\noffice_code = "MPP6471"\n'
        "[location]\nlatitude = -1.27\nlongitude = 116.83\n",
        encoding="utf-8",
    )
    config = load_config(path)
    assert config == DeviceConfig(
        role=Role.KIOSK,
        device_id="K-BPN-01",
        office="MPP Balikpapan",
        office_code="MPP6471",
        server_url="https://jkn.example",
        printer="tcp://10.0.0.5:9100",
        language="en",
        fullscreen=True,
        data_dir=config.data_dir,
        location={"latitude": -1.27, "longitude": 116.83},  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ('language = "fr"\n', "language"),
        ('rol = "kiosk"\n', "rol"),
        ("[location]\nlatitude = 40.0\nlongitude = 116.0\n", "location.latitude"),
        ('office_code = "mpp 3171"\n', "office_code"),
        ('office_code = "MPP-KOTA-BALIKPAPAN"\n', "office_code"),
    ],
)
def test_bad_key_names_the_key_in_both_languages(tmp_path: Path, body: str, key: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert f"'{key}'" in info.value.message("id")
    assert f"'{key}'" in info.value.message("en")


def test_malformed_toml_and_missing_file_are_config_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("role = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(broken)
    with pytest.raises(ConfigError, match="was not found"):
        load_config(tmp_path / "missing.toml")
