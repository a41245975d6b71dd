"""Touch kit: large buttons, keypads, banners and the style sheet.

Shared by the kiosk screens and the queue board. Imports Qt and `core` only.
"""
