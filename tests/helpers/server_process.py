"""The central server as a separate process (`python -m anjungan server`), to kill and restart.

`ServerProcess` starts the real command on a loopback port over a given database URL,
waits until ``/v1/health`` answers, and can stop it politely (SIGTERM) or kill it
(SIGKILL) in the middle of whatever it is doing. Used by the sync chaos tests; the
server's own log goes to a file next to the test's data, for a post-mortem.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Self

import requests

REPO_ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerProcess:
    """``with ServerProcess(url, log) as server: server.url ...; server.kill(); server.start()``."""

    def __init__(self, database_url: str, log_path: Path) -> None:
        self.database_url = database_url
        self.log_path = log_path
        self.port = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        if self._proc is not None:
            raise RuntimeError("already running")
        self.port = free_port()
        self._log = self.log_path.open("ab")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        command = [sys.executable, "-m", "anjungan", "server", "--db", self.database_url]
        self._proc = subprocess.Popen(
            [*command, "--port", str(self.port)],
            cwd=REPO_ROOT,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"the server exited at start; see {self.log_path}")
            try:
                if requests.get(f"{self.url}/v1/health", timeout=1).ok:
                    return self
            except requests.RequestException:
                time.sleep(0.05)
        self.kill()
        raise RuntimeError(f"the server did not start in time; see {self.log_path}")

    def _end(self, sig: signal.Signals) -> int | None:
        proc, self._proc = self._proc, None
        if proc is None:
            return None
        if proc.poll() is None:
            proc.send_signal(sig)
        try:
            code = proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None
        return code

    def kill(self) -> int | None:
        """SIGKILL: no shutdown, open transactions die with the process."""
        return self._end(signal.SIGKILL)

    def stop(self) -> int | None:
        """SIGTERM: uvicorn finishes the requests in flight, then exits."""
        return self._end(signal.SIGTERM)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.kill()
