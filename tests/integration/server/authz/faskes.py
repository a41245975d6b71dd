"""Faskes and office directory endpoints: (method, path template, minimum role)."""

EXPECTED = [
    ("GET", "/v1/faskes/facilities", "kiosk"),
    ("GET", "/v1/faskes/facilities/{code}", "kiosk"),
    ("POST", "/v1/faskes/import", "admin"),
    ("GET", "/v1/faskes/snapshot", "kiosk"),
    ("GET", "/v1/offices", "kiosk"),
    ("GET", "/v1/offices/{code}", "kiosk"),
]
