"""The counter's screens, one module per screen: a view (layout, public widgets) and a
controller (wiring, validation calls, service calls on the database worker).

Screens never import `core.store` or SQLAlchemy; what they need from the store comes
through a small port (a Protocol) that the composition root `counter.app` implements.
"""
