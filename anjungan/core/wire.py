"""The schemas of the HTTP API (pydantic), shared by the server and its clients.

Owns the shape of every request and response body and nothing else: no validation
rules of JKN (those are in `core.domain`), no HTTP client or server code. Later
issues add the participant, bill, queue, complaint and sync bodies here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .errors import AnjunganError, ValidationError

API_VERSION = "v1"


class WireModel(BaseModel):
    """Base of every body: unknown keys are refused, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ApiError(WireModel):
    """Every 4xx/5xx body: a stable code and a sentence in both languages."""

    code: Annotated[str, Field(min_length=1, max_length=64)]
    message_id: str
    message_en: str
    field: str | None = None

    @classmethod
    def from_error(cls, error: AnjunganError, code: str = "error") -> ApiError:
        field = error.field if isinstance(error, ValidationError) else None
        code = getattr(error, "code", code)
        return cls(code=code, message_id=error.message_id, message_en=error.message_en, field=field)


class Health(WireModel):
    status: Annotated[str, Field(pattern="^(ok|degraded)$")]
    version: str
    api: str = API_VERSION
    time: datetime
