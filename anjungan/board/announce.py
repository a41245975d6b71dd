"""What the board says for a call, and the queue that says one call after another.

Owns the Indonesian reading of a call as a list of recorded segment names
(`announcement_segments`) and `AnnouncementQueue`, which hands each call's segments to a
`Player` on its own thread, strictly one call at a time. It does not know how audio is
played (`board.audio`) nor when a call is worth announcing (`board.app`). No Qt.

The reading, as MPP queue systems say it ("Nomor antrean A nol satu tujuh, silakan
menuju loket dua"):

- the chime, then "nomor antrean";
- the ticket letters one by one by their Indonesian names (A "a", B "be", ... segment
  ``huruf_<letter>``);
- the ticket digits one by one, as printed, zeros included ("017" -> nol satu tujuh);
  people compare it digit by digit with the paper in their hand;
- "silakan menuju loket", then the counter number as an Indonesian cardinal: satu ..
  sembilan, sepuluh, sebelas, dua belas .. sembilan belas, dua puluh, dua puluh satu ..
  sembilan puluh sembilan, seratus, seratus satu .. sembilan ratus sembilan puluh
  sembilan (counters are 1-999 on the wire). "se-" forms (sepuluh, sebelas, seratus)
  and each "<digit> belas", "<digit> puluh", "<digit> ratus" are single recordings, so
  a counter number is at most three segments.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)

DIGITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
CHIME = "chime"
OPENING = "nomor_antrean"
DIRECTION = ("silakan_menuju", "loket")
_LABEL = re.compile(r"([A-Z]{1,2})([0-9]{1,4})")


def letter_segment(letter: str) -> str:
    return f"huruf_{letter.lower()}"


def counter_words(number: int) -> list[str]:
    """The Indonesian cardinal of a counter number (1-999) as segment names."""
    if not 1 <= number <= 999:
        raise ValueError(f"counter number out of range: {number}")
    hundreds, rest = divmod(number, 100)
    words: list[str] = []
    if hundreds:
        words.append("seratus" if hundreds == 1 else f"{DIGITS[hundreds]}_ratus")
    if rest == 0:
        return words
    tens, ones = divmod(rest, 10)
    if tens == 0:
        words.append(DIGITS[ones])
    elif tens == 1:
        words.append({0: "sepuluh", 1: "sebelas"}.get(ones, f"{DIGITS[ones]}_belas"))
    else:
        words.append(f"{DIGITS[tens]}_puluh")
        if ones:
            words.append(DIGITS[ones])
    return words


def label_words(label: str) -> list[str]:
    """A ticket label read letter by letter, then digit by digit: A017 -> a nol satu tujuh."""
    match = _LABEL.fullmatch(label.strip().upper())
    if match is None:
        raise ValueError("not a ticket label (1-2 letters, then 1-4 digits)")
    letters, digits = match.groups()
    return [letter_segment(c) for c in letters] + [DIGITS[int(d)] for d in digits]


def announcement_segments(label: str, counter: int) -> list[str]:
    """The recorded segments for "ticket ``label``, please go to counter ``counter``"."""
    return [CHIME, OPENING, *label_words(label), *DIRECTION, *counter_words(counter)]


def vocabulary() -> list[str]:
    """Every segment name an announcement can use: the files `tools/make_voice.py`
    records into ``assets/sounds``."""
    names = [CHIME, OPENING, *DIRECTION, *DIGITS]
    names += [letter_segment(chr(c)) for c in range(ord("A"), ord("Z") + 1)]
    names += ["sepuluh", "sebelas", "seratus"]
    for digit in DIGITS[2:]:
        names += [f"{digit}_belas", f"{digit}_puluh", f"{digit}_ratus"]
    return names


# --- the queue -------------------------------------------------------------------------


class Player(Protocol):
    def play(self, segments: Sequence[str]) -> None:
        """Play the segments in order; return only when the last one has been heard."""
        ...


@dataclass(frozen=True)
class Announcement:
    label: str
    counter: int
    segments: tuple[str, ...]


class AnnouncementQueue:
    """``queue.announce("A017", 2)`` returns at once; a worker thread plays queued calls
    in arrival order, each after the previous one finished plus ``gap_s`` of silence,
    so two calls made at once are heard one after the other, never mixed."""

    def __init__(
        self,
        player: Player,
        *,
        gap_s: float = 0.8,
    ) -> None:
        self._player = player
        self._gap_s = gap_s
        self._queue: queue.Queue[Announcement | None] = queue.Queue()
        self._idle = threading.Event()
        self._idle.set()
        self._lock = threading.Lock()
        self._pending = 0
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="board-announcer", daemon=True)
        self._thread.start()

    def announce(self, label: str, counter: int) -> Announcement | None:
        """Queue one call; None (logged) if its label cannot be read aloud."""
        try:
            item = Announcement(label, counter, tuple(announcement_segments(label, counter)))
        except ValueError:
            log.warning("ticket label cannot be announced; shown only")
            return None
        with self._lock:
            if self._closed:
                return None
            self._pending += 1
            self._idle.clear()
        self._queue.put(item)
        return item

    @property
    def pending(self) -> int:
        """Calls queued or being played."""
        with self._lock:
            return self._pending

    def wait_idle(self, timeout: float) -> bool:
        """True once every queued call has been played (tests, shutdown)."""
        return self._idle.wait(timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Stop taking calls; let the one playing finish (bounded by ``timeout``)."""
        with self._lock:
            self._closed = True
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        finished = float("-inf")
        while (item := self._queue.get()) is not None:
            # The pause belongs between two calls, not after the last one: the board
            # goes idle as soon as the sound stops.
            pause = finished + self._gap_s - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            try:
                self._player.play(item.segments)
            except Exception:
                # A broken sound device must not stop the board: the next call still plays.
                log.exception("announcement of a call failed")
            finished = time.monotonic()
            with self._lock:
                self._pending -= 1
                if self._pending == 0:
                    self._idle.set()
