"""Participant endpoints: (method, path template, minimum role or None = public)."""

EXPECTED = [
    ("GET", "/v1/participants/nik/{nik}", "kiosk"),
    ("GET", "/v1/participants/card/{card}", "kiosk"),
    ("GET", "/v1/participants/nik/{nik}/bill", "kiosk"),
    ("GET", "/v1/participants/card/{card}/bill", "kiosk"),
    ("GET", "/v1/participants/nik/{nik}/record", "officer"),
    ("GET", "/v1/participants/card/{card}/record", "officer"),
    ("GET", "/v1/participants/nik/{nik}/changes", "officer"),
    ("POST", "/v1/participants/changes/fktp", "kiosk"),
    ("POST", "/v1/participants/changes/class", "kiosk"),
]
