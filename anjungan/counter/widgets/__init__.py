"""Keyboard-first form widgets of the counter: validated fields, Enter-to-advance, dates.

Widgets hold no rules: a form's errors come from its use case in `core.services` and are
routed here to the label next to the field they name.
"""
