"""The schemas of the HTTP API (pydantic), shared by the server and its clients.

Owns the shape of every request and response body and nothing else: no JKN rules
(those are in `core.domain`), no HTTP client or server code. One module per area
(`common`, `auth`, `participants`, `faskes`, `queue`, `complaints`, `sync`), so that a
client imports only what it speaks.
"""

from anjungan.core.wire.common import API_VERSION, ApiError, Health, Page, WireModel

__all__ = ["API_VERSION", "ApiError", "Health", "Page", "WireModel"]
