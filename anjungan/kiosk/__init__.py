"""AMAN JKN: the touchscreen self-service kiosk.

Owns the kiosk program (`app.py` wires it), its screens (`screens/`) and the shared
touch widgets (`ui/`). May import `core`, `sync` and `printing`; never `counter`,
`board` or `server`.
"""
