"""Playing an announcement: recorded WAV segments joined into one clip and sent to a sink.

Owns `build_clip` (the segments of `assets/sounds`, all 16-bit mono at one rate, joined
in memory with the standard `wave` module, with short pauses where a speaker would
breathe) and the sinks that make the clip heard: the system's command-line player
(`pw-play`, `paplay`, `aplay`, `afplay`) or `winsound` on Windows. Qt Multimedia is not
used: PySide6-Essentials has no QtMultimedia module (it ships in PySide6-Addons), and a
blocking sink on the announcer's own thread keeps "one call at a time" simple. When no
sink exists the board stays silent and says so once in the log; it never fails for lack
of a sound card. It decides nothing about what is said (`board.announce`).
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import sys
import tempfile
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from anjungan import assets

log = logging.getLogger(__name__)

SOUNDS = assets.path("sounds")
GAP_S = 0.05
"""Silence between two words."""
PAUSE_AFTER_S = {"chime": 0.3, "nomor_antrean": 0.12}
PAUSE_BEFORE_S = {"silakan_menuju": 0.35, "loket": 0.05}
PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pw-play", ()),
    ("paplay", ()),
    ("aplay", ("-q",)),
    ("afplay", ()),
)
"""Command-line players tried in order, with their options (the file comes last)."""

Sink = Callable[[bytes], None]
"""Plays one WAV clip and returns when it has been heard."""


class AudioError(RuntimeError):
    """A segment file is missing or not in the board's one format."""


@dataclass(frozen=True)
class _Segment:
    params: tuple[int, int, int]  # channels, sample width, rate
    frames: bytes


@lru_cache(maxsize=256)
def _read(path: Path) -> _Segment:
    try:
        with wave.open(str(path), "rb") as wav:
            params = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate())
            return _Segment(params, wav.readframes(wav.getnframes()))
    except (OSError, EOFError, wave.Error) as exc:
        raise AudioError(f"sound segment unreadable: {path.name}") from exc


def _silence(params: tuple[int, int, int], seconds: float) -> bytes:
    channels, width, rate = params
    return b"\x00" * (int(rate * seconds) * channels * width)


def build_clip(segments: Sequence[str], folder: Path = SOUNDS) -> bytes:
    """One WAV file (bytes) saying ``segments`` in order, with pauses between words."""
    if not segments:
        raise AudioError("nothing to play")
    parts = [_read(folder / f"{name}.wav") for name in segments]
    params = parts[0].params
    if any(p.params != params for p in parts):
        raise AudioError("sound segments differ in format; run tools/make_voice.py again")
    frames = io.BytesIO()
    for index, (name, part) in enumerate(zip(segments, parts, strict=True)):
        if index:
            pause = max(
                GAP_S, PAUSE_BEFORE_S.get(name, 0.0), PAUSE_AFTER_S.get(segments[index - 1], 0.0)
            )
            frames.write(_silence(params, pause))
        frames.write(part.frames)
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(params[0])
        wav.setsampwidth(params[1])
        wav.setframerate(params[2])
        wav.writeframes(frames.getvalue())
    return out.getvalue()


def clip_seconds(clip: bytes) -> float:
    with wave.open(io.BytesIO(clip), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


class ClipPlayer:
    """The `announce.Player` of the real board: builds the clip, hands it to ``sink``."""

    def __init__(self, sink: Sink, folder: Path = SOUNDS) -> None:
        self.sink = sink
        self._folder = folder

    def play(self, segments: Sequence[str]) -> None:
        self.sink(build_clip(segments, self._folder))


class CommandSink:
    """Plays a clip with an external program (``argv`` + a temporary file), waiting for
    it at most the clip's length plus ``slack_s``: a hung player never blocks the queue."""

    def __init__(self, argv: Sequence[str], *, slack_s: float = 5.0) -> None:
        self.argv = tuple(argv)
        self._slack_s = slack_s

    def __call__(self, clip: bytes) -> None:
        with tempfile.TemporaryDirectory(prefix="anjungan-board-") as folder:
            path = Path(folder) / "call.wav"
            path.write_bytes(clip)
            timeout = clip_seconds(clip) + self._slack_s
            try:
                subprocess.run(
                    [*self.argv, str(path)],
                    check=True,
                    timeout=timeout,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            except subprocess.TimeoutExpired:
                log.warning("audio player %s did not finish in %.0f s", self.argv[0], timeout)
            except (OSError, subprocess.CalledProcessError) as exc:
                raise AudioError(f"audio player {self.argv[0]} failed: {exc}") from exc


class SilentSink:
    """No sound output on this machine: the board shows calls without voice."""

    def __init__(self) -> None:
        self.warned = False

    def __call__(self, clip: bytes) -> None:
        if not self.warned:
            log.warning("no audio output found (pw-play, paplay, aplay, afplay): calls are silent")
            self.warned = True


def _winsound_sink(clip: bytes) -> None:  # pragma: no cover - Windows only
    if sys.platform == "win32":
        import winsound

        winsound.PlaySound(clip, winsound.SND_MEMORY)


def system_sink(which: Callable[[str], str | None] = shutil.which) -> Sink:
    """The first way to make sound this machine has; `SilentSink` if none."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _winsound_sink
    for program, options in PLAYERS:
        found = which(program)
        if found:
            return CommandSink([found, *options])
    return SilentSink()
