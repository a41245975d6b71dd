"""Server tables, one module per area; importing this package registers them all.

Each area module defines its tables on `ServerBase`; Alembic revisions in
`server/migrations/versions/` create them (one branch per area on top of 0001).
Every module in this package is imported here, so a new area needs no edit.
"""

import importlib
import pkgutil

from anjungan.server.models.core import AuditLog, ChangeLog, Device, Officer, OfficerSession

for _info in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_info.name}")

__all__ = ["AuditLog", "ChangeLog", "Device", "Officer", "OfficerSession"]
