"""Keeping the offline faskes directory fresh and in memory.

Owns `DirectoryKeeper`: at start it loads the cached snapshot (`ports.DirectoryCache`,
on the worker), then asks the server for a newer one (`GET /v1/faskes/snapshot?since_
version=`) and replaces the cache when it changed; it refreshes again every
`REFRESH_EVERY` and when the kiosk comes back online. The in-memory `Directory` and the
time the data was last confirmed current (`checked_at`, for the offline banner's "data
last updated 3 hours ago") are what screens read. The snapshot is public reference
data, never personal data. All disk and network work runs on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from anjungan.core.wire.faskes import FaskesSnapshot
from anjungan.kiosk.places import Directory
from anjungan.kiosk.ports import CachedDirectory, DirectoryCache
from anjungan.kiosk.worker import Worker

REFRESH_EVERY = timedelta(hours=1)

SnapshotSource = Callable[[int | None], FaskesSnapshot]
"""``since_version`` -> the server's answer (`ApiClient.faskes_snapshot`)."""


@dataclass(frozen=True)
class _Loaded:
    directory: Directory
    version: int
    checked_at: datetime


class DirectoryKeeper(QObject):
    """``updated`` after every load or refresh that changed what screens may show;
    ``failed(error)`` when a refresh could not reach the server."""

    updated = Signal()
    failed = Signal(object)

    def __init__(
        self,
        worker: Worker,
        cache: DirectoryCache,
        source: SnapshotSource,
        parent: QObject | None = None,
        *,
        refresh_every: timedelta = REFRESH_EVERY,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._cache = cache
        self._source = source
        self.directory = Directory(())
        self.version: int | None = None
        self.checked_at: datetime | None = None
        self._refreshing = False
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(refresh_every.total_seconds() * 1000)))
        self._timer.timeout.connect(self.refresh)

    @property
    def ready(self) -> bool:
        return len(self.directory) > 0

    def start(self) -> None:
        """Load the cache, then refresh from the server; repeat the refresh hourly."""
        self._worker.run(self._load_cache, self._loaded, self._load_failed, name="faskes cache")
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _load_cache(self) -> _Loaded | None:
        cached = self._cache.load()
        return None if cached is None else _build(cached)

    def _loaded(self, loaded: _Loaded | None) -> None:
        if loaded is not None and self.version is None:
            self._apply(loaded)
        self.refresh()

    def _load_failed(self, error: Exception) -> None:
        # A damaged cache is replaced by the next snapshot; the server may still answer.
        self.refresh()

    def refresh(self) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        version = self.version
        self._worker.run(
            lambda: self._fetch(version), self._refreshed, self._refresh_failed, name="faskes"
        )

    def _fetch(self, version: int | None) -> _Loaded | datetime | None:
        answer = self._source(version)
        if answer.changed and answer.facilities is not None:
            stored_at = self._cache.save(answer)
            return _build(CachedDirectory(answer, stored_at))
        return self._cache.touch()

    def _refreshed(self, result: _Loaded | datetime | None) -> None:
        self._refreshing = False
        if isinstance(result, _Loaded):
            self._apply(result)
        elif isinstance(result, datetime):
            self.checked_at = result
            self.updated.emit()

    def _refresh_failed(self, error: Exception) -> None:
        self._refreshing = False
        self.failed.emit(error)

    def _apply(self, loaded: _Loaded) -> None:
        self.directory = loaded.directory
        self.version = loaded.version
        self.checked_at = loaded.checked_at
        self.updated.emit()


def _build(cached: CachedDirectory) -> _Loaded:
    # Building the index of a whole country takes a moment: done here, on the worker.
    return _Loaded(
        Directory.from_snapshot(cached.snapshot), cached.snapshot.version, cached.checked_at
    )
