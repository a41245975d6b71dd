"""Auth and health endpoints: (method, path template, minimum role or None = public)."""

EXPECTED = [
    ("GET", "/v1/health", None),
    ("POST", "/v1/auth/login", None),
    ("POST", "/v1/auth/logout", "officer"),
    ("GET", "/v1/auth/whoami", "kiosk"),
]
