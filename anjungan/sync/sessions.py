"""The `requests` sessions an API client lends to the calls running at the same time.

Owns `SessionPool`: each call borrows a `requests.Session` that no other call is using
(requests does not promise that a session is thread-safe) and gives it back, so the pool
holds as many sessions as calls ever ran at once, and reuses their connections. Not one
per thread: a Qt pool thread gets a fresh Python thread state for every job, so a
thread-local session would be a new one, with its socket left open, per call. A given
session (shared for connection pooling, or a test double) is lent to every call and
never closed here. Makes no request itself.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import requests


class SessionPool:
    """``with pool.session() as s: ...``; ``close()`` closes the sessions it made."""

    def __init__(self, given: requests.Session | None = None) -> None:
        self._given = given
        self._made: list[requests.Session] = []
        self._idle: list[requests.Session] = []
        self._lock = threading.Lock()

    @property
    def open_sessions(self) -> int:
        """Sessions this pool made and has not closed yet (a given one is not counted)."""
        with self._lock:
            return len(self._made)

    @contextmanager
    def session(self) -> Iterator[requests.Session]:
        """The given session, or one of ours that no other call is using while we hold it."""
        if self._given is not None:
            yield self._given
            return
        with self._lock:
            if self._idle:
                lent = self._idle.pop()
            else:
                lent = requests.Session()
                self._made.append(lent)
        try:
            yield lent
        finally:
            with self._lock:
                kept = any(lent is made for made in self._made)
                if kept:
                    self._idle.append(lent)
            if not kept:  # the pool was closed meanwhile
                lent.close()

    def close(self) -> None:
        with self._lock:
            made, self._made, self._idle = self._made, [], []
        for session in made:
            session.close()
