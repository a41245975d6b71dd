"""Kiosk screens, each a view (layout, public widgets) plus a controller (wiring).

Screens call `core.services` or the `sync` client; they never touch a database session.
"""
