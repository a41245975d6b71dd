"""Bodies every endpoint shares: the base model, the error body, health, pages."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from anjungan.core.errors import AnjunganError, ValidationError

API_VERSION = "v1"

T = TypeVar("T")


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


class Page(WireModel, Generic[T]):
    """A page of results with the total count, for any list endpoint."""

    items: list[T]
    total: int
    offset: int = 0
    limit: int = 50
