"""Sync endpoints: (method, path template, minimum role or None = public).

Kiosks may push, but only surveys and change requests (other kinds: 403, checked in
test_sync_push); they pull reference data only.
"""

EXPECTED = [
    ("POST", "/v1/sync/push", "kiosk"),
    ("GET", "/v1/sync/pull", "kiosk"),
]
