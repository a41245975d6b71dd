"""The MPP officer's desk: login, queue calling, registration, data changes, complaints.

Works offline on local SQLite through `core.services`. May import `core`, `sync`,
`printing` and the touch kit in `kiosk.ui`; never kiosk screens, `board` or `server`.
"""
