"""Report endpoints: (method, path template, minimum role or None = public)."""

EXPECTED = [
    ("GET", "/v1/reports/summary", "officer"),
]
