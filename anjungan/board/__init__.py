"""The queue board on a TV: current calls per counter, chime and Indonesian voice.

May import `core`, `sync`, `printing` and the touch kit in `kiosk.ui`; never kiosk
screens, `counter` or `server`.
"""
