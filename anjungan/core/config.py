"""Device configuration: one TOML file per device (kiosk, counter, board, server).

Owns the schema of that file and its loading; nothing else. A bad file raises
`ConfigError` with a sentence naming the key and what to do, never a traceback for
the operator. Paths default to the platform's data directory (platformdirs).
"""

from __future__ import annotations

import tomllib
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError

# An office code as the central server stores it: capitals, digits and dashes, 2-16 long.
OFFICE_CODE_PATTERN = r"^[0-9A-Z][0-9A-Z-]{1,15}$"


class Role(StrEnum):
    KIOSK = "kiosk"
    COUNTER = "counter"
    BOARD = "board"
    SERVER = "server"


class Location(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    latitude: Annotated[float, Field(ge=-11.5, le=6.5)]
    longitude: Annotated[float, Field(ge=94.5, le=141.5)]


class DeviceConfig(BaseModel):
    """What a device needs to know about itself. Every key has a safe default."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Role = Role.KIOSK
    device_id: Annotated[str, Field(min_length=1, max_length=64)] = "demo-device"
    office: Annotated[str, Field(min_length=1, max_length=120)] = "MPP Demo"
    office_code: Annotated[str, Field(pattern=OFFICE_CODE_PATTERN)] = "MPP-DEMO"
    """The office's code as the central server knows it (``MPP3171``, ``KC-BKS``): records
    made before an officer logs in carry it; after login, the officer's own office code."""
    server_url: str = "http://127.0.0.1:8765"
    printer: str = ""  # a printer URI (tcp://host:9100, usb://VID:PID, ...); empty = none
    # This device's bearer token from `anjungan admin enroll-device`; kept out of reprs/logs.
    token: Annotated[str, Field(repr=False)] = ""
    language: Annotated[str, Field(pattern="^(id|en)$")] = "id"
    fullscreen: bool = False
    data_dir: Path = Field(default_factory=lambda: Path(platformdirs.user_data_dir("anjungan")))
    location: Location | None = None
    admin_pin: Annotated[str, Field(pattern=r"^([0-9]{4,12})?$", repr=False)] = ""
    """Kiosk: digits that leave fullscreen after a long press on the title; empty = no exit."""
    counter_number: Annotated[int, Field(ge=1, le=999)] = 1
    """Counter: the number of the desk this device stands at (the queue calls to it)."""
    lock_after_minutes: Annotated[int, Field(ge=1, le=240)] = 10
    """Counter: minutes without a key or mouse press before the screen locks."""


def load_config(path: Path | None) -> DeviceConfig:
    """Read a device TOML file; ``None`` gives the defaults (the demo)."""
    if path is None:
        return DeviceConfig()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(
            f"Berkas konfigurasi {path} tidak ditemukan. Periksa jalurnya.",
            f"Configuration file {path} was not found. Check the path.",
        ) from exc
    except OSError as exc:  # a directory, no permission, an unreadable disk
        raise ConfigError(
            f"Berkas konfigurasi {path} tidak dapat dibuka ({exc.strerror}). "
            "Periksa jalur dan izin berkasnya.",
            f"Configuration file {path} cannot be opened ({exc.strerror}). "
            "Check the path and the file's permissions.",
        ) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"Berkas konfigurasi {path} bukan teks UTF-8. Simpan ulang sebagai UTF-8.",
            f"Configuration file {path} is not UTF-8 text. Save it again as UTF-8.",
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"Berkas konfigurasi {path} tidak dapat dibaca ({exc}). Perbaiki penulisannya.",
            f"Configuration file {path} is not valid TOML ({exc}). Fix its syntax.",
        ) from exc
    try:
        return DeviceConfig.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(p) for p in first["loc"]) or "(root)"
        raise ConfigError(
            f"Kunci '{key}' di {path} tidak sah: {first['msg']}.",
            f"Key '{key}' in {path} is not valid: {first['msg']}.",
        ) from exc
