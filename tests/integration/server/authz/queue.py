"""Queue endpoints: (method, path template, minimum role or None = public).

Boards act as kiosk; counter devices as officer. Setup is the supervisor's.
"""

EXPECTED = [
    ("GET", "/v1/queue/services", "kiosk"),
    ("POST", "/v1/queue/services/seed", "supervisor"),
    ("PUT", "/v1/queue/services/{code}", "supervisor"),
    ("GET", "/v1/queue/counters", "officer"),
    ("PUT", "/v1/queue/counters/{number}", "supervisor"),
    ("GET", "/v1/queue/config", "officer"),
    ("PUT", "/v1/queue/config", "supervisor"),
    ("POST", "/v1/queue/tickets", "kiosk"),
    ("GET", "/v1/queue/tickets/{ticket_id}", "kiosk"),
    ("POST", "/v1/queue/tickets/{ticket_id}/handed-out", "kiosk"),
    ("POST", "/v1/queue/tickets/{ticket_id}/call", "officer"),
    ("POST", "/v1/queue/tickets/{ticket_id}/recall", "officer"),
    ("POST", "/v1/queue/tickets/{ticket_id}/start", "officer"),
    ("POST", "/v1/queue/tickets/{ticket_id}/finish", "officer"),
    ("POST", "/v1/queue/tickets/{ticket_id}/transfer", "officer"),
    ("POST", "/v1/queue/tickets/{ticket_id}/no-show", "officer"),
    ("POST", "/v1/queue/tickets/{ticket_id}/cancel", "officer"),
    ("POST", "/v1/queue/counters/{number}/call-next", "officer"),
    ("GET", "/v1/queue/waiting", "officer"),
    ("GET", "/v1/queue/board", "kiosk"),
    ("GET", "/v1/queue/events", "kiosk"),
    ("GET", "/v1/queue/events/stream", "kiosk"),
]
