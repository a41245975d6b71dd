"""Login and identity bodies."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from anjungan.core.wire.common import WireModel

RoleName = Literal["kiosk", "officer", "supervisor", "admin"]


class LoginRequest(WireModel):
    username: Annotated[str, Field(min_length=1, max_length=64)]
    password: Annotated[str, Field(min_length=1, max_length=256)]
    device_id: Annotated[str, Field(max_length=64)] | None = None


class LoginResponse(WireModel):
    token: str
    expires_at: datetime
    username: str
    display_name: str
    role: RoleName
    office_code: str


class WhoAmI(WireModel):
    role: RoleName
    office_code: str
    device_id: str | None
    officer: str | None
