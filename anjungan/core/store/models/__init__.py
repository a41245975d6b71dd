"""The SQLAlchemy models of the local database, one module per topic.

Importing this package registers every table on `Base.metadata`, which Alembic's
`env.py` compares against the migrated schema. Must not open connections.
"""

from anjungan.core.store.models.base import NAMING_CONVENTION, Base, OutboxKind, Record
from anjungan.core.store.models.complaint import Complaint, ComplaintEvent
from anjungan.core.store.models.local import CalendarOverride, ReferenceData, SyncState
from anjungan.core.store.models.outbox import OutboxEntry, OutboxSequence, OutboxStatus
from anjungan.core.store.models.registration import Registration, RegistrationMember
from anjungan.core.store.models.service_records import DataChange, InfoRequest, SurveyResponse

__all__ = [
    "NAMING_CONVENTION",
    "Base",
    "CalendarOverride",
    "Complaint",
    "ComplaintEvent",
    "DataChange",
    "InfoRequest",
    "OutboxEntry",
    "OutboxKind",
    "OutboxSequence",
    "OutboxStatus",
    "Record",
    "ReferenceData",
    "Registration",
    "RegistrationMember",
    "SurveyResponse",
    "SyncState",
]
