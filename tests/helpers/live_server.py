"""The real central server on a loopback port, in a thread: uvicorn serving the app.

Tests talk to it over real HTTP with `requests`, as kiosks and counters do. The
runner itself is product code (`anjungan.server.embedded`), shared with the demo.
"""

from anjungan.server.embedded import serve

__all__ = ["serve"]
