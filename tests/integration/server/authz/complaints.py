"""Complaint endpoints: (method, path template, minimum role or None = public)."""

EXPECTED = [
    ("POST", "/v1/complaints", "officer"),
    ("GET", "/v1/complaints", "officer"),
    ("GET", "/v1/complaints/export.json", "officer"),
    ("GET", "/v1/complaints/export.csv", "officer"),
    ("POST", "/v1/complaints/sweeps/auto-close", "admin"),
    ("GET", "/v1/complaints/calendar", "officer"),
    ("PUT", "/v1/complaints/calendar/{day}", "admin"),
    ("DELETE", "/v1/complaints/calendar/{day}", "admin"),
    ("GET", "/v1/complaints/{complaint_uuid}", "officer"),
    ("POST", "/v1/complaints/{complaint_uuid}/actions", "officer"),
]
