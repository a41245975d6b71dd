"""What the board says for a call, and that calls are said one after the other.

The reading is documented in `anjungan.board.announce`: letters by name, ticket digits
one by one, the counter as an Indonesian cardinal.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.board.announce import (
    AnnouncementQueue,
    announcement_segments,
    counter_words,
    label_words,
    vocabulary,
)

SPOKEN_1_TO_99 = (
    "satu", "dua", "tiga", "empat", "lima",
    "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas", "dua belas", "tiga belas", "empat belas", "lima belas",
    "enam belas", "tujuh belas", "delapan belas", "sembilan belas", "dua puluh",
    "dua puluh satu", "dua puluh dua", "dua puluh tiga", "dua puluh empat", "dua puluh lima",
    "dua puluh enam", "dua puluh tujuh", "dua puluh delapan", "dua puluh sembilan", "tiga puluh",
    "tiga puluh satu", "tiga puluh dua", "tiga puluh tiga", "tiga puluh empat", "tiga puluh lima",
    "tiga puluh enam", "tiga puluh tujuh", "tiga puluh delapan", "tiga puluh sembilan",
    "empat puluh",
    "empat puluh satu", "empat puluh dua", "empat puluh tiga", "empat puluh empat",
    "empat puluh lima", "empat puluh enam", "empat puluh tujuh", "empat puluh delapan",
    "empat puluh sembilan", "lima puluh",
    "lima puluh satu", "lima puluh dua", "lima puluh tiga", "lima puluh empat", "lima puluh lima",
    "lima puluh enam", "lima puluh tujuh", "lima puluh delapan", "lima puluh sembilan",
    "enam puluh",
    "enam puluh satu", "enam puluh dua", "enam puluh tiga", "enam puluh empat", "enam puluh lima",
    "enam puluh enam", "enam puluh tujuh", "enam puluh delapan", "enam puluh sembilan",
    "tujuh puluh",
    "tujuh puluh satu", "tujuh puluh dua", "tujuh puluh tiga", "tujuh puluh empat",
    "tujuh puluh lima", "tujuh puluh enam", "tujuh puluh tujuh", "tujuh puluh delapan",
    "tujuh puluh sembilan", "delapan puluh",
    "delapan puluh satu", "delapan puluh dua", "delapan puluh tiga", "delapan puluh empat",
    "delapan puluh lima", "delapan puluh enam", "delapan puluh tujuh", "delapan puluh delapan",
    "delapan puluh sembilan", "sembilan puluh",
    "sembilan puluh satu", "sembilan puluh dua", "sembilan puluh tiga", "sembilan puluh empat",
    "sembilan puluh lima", "sembilan puluh enam", "sembilan puluh tujuh",
    "sembilan puluh delapan", "sembilan puluh sembilan",
)  # fmt: skip


def spoken(segments: Sequence[str]) -> str:
    return " ".join(segments).replace("_", " ")


# --- the reading ----------------------------------------------------------------------


def test_a017_to_counter_2_is_chime_nomor_antrean_a_nol_satu_tujuh_silakan_menuju_loket_dua():
    assert announcement_segments("A017", 2) == [
        "chime", "nomor_antrean", "huruf_a", "nol", "satu", "tujuh",
        "silakan_menuju", "loket", "dua",
    ]  # fmt: skip


def test_b105_to_counter_12_reads_the_digits_one_by_one_and_the_counter_as_dua_belas():
    assert announcement_segments("B105", 12) == [
        "chime", "nomor_antrean", "huruf_b", "satu", "nol", "lima",
        "silakan_menuju", "loket", "dua_belas",
    ]  # fmt: skip


def test_counter_numbers_1_to_99_read_as_indonesian_cardinals() -> None:
    assert [spoken(counter_words(n)) for n in range(1, 100)] == list(SPOKEN_1_TO_99)


@pytest.mark.parametrize(
    ("number", "segments"),
    [
        (10, ["sepuluh"]),
        (11, ["sebelas"]),
        (12, ["dua_belas"]),
        (19, ["sembilan_belas"]),
        (20, ["dua_puluh"]),
        (21, ["dua_puluh", "satu"]),
        (99, ["sembilan_puluh", "sembilan"]),
        (100, ["seratus"]),
        (101, ["seratus", "satu"]),
        (111, ["seratus", "sebelas"]),
        (250, ["dua_ratus", "lima_puluh"]),
        (999, ["sembilan_ratus", "sembilan_puluh", "sembilan"]),
    ],
)
def test_se_forms_and_tens_are_single_recordings(number: int, segments: list[str]) -> None:
    assert counter_words(number) == segments


@pytest.mark.parametrize("number", [0, -1, 1000])
def test_a_counter_number_outside_1_to_999_is_refused(number: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        counter_words(number)


def test_ticket_zeros_are_read_and_two_letter_prefixes_spelled() -> None:
    assert label_words("A001") == ["huruf_a", "nol", "nol", "satu"]
    assert label_words("AB1234") == ["huruf_a", "huruf_b", "satu", "dua", "tiga", "empat"]
    assert label_words(" h100 ") == ["huruf_h", "satu", "nol", "nol"]


@pytest.mark.parametrize("label", ["", "017", "ABC01", "A", "A-017", "A12345", "Ä017"])
def test_a_label_that_is_not_a_ticket_number_is_refused(label: str) -> None:
    with pytest.raises(ValueError, match="not a ticket label"):
        label_words(label)


@given(
    prefix=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=2),
    digits=st.text(alphabet="0123456789", min_size=1, max_size=4),
    counter=st.integers(min_value=1, max_value=999),
)
def test_every_announcement_uses_only_recorded_segments_and_reads_every_character(
    prefix: str, digits: str, counter: int
) -> None:
    segments = announcement_segments(prefix + digits, counter)
    assert set(segments) <= set(vocabulary())
    spoken_label = segments[2 : segments.index("silakan_menuju")]
    assert len(spoken_label) == len(prefix) + len(digits)
    assert 1 <= len(segments[segments.index("loket") + 1 :]) <= 3


def test_vocabulary_has_no_duplicates() -> None:
    assert len(vocabulary()) == len(set(vocabulary())) == 67


# --- the queue ------------------------------------------------------------------------


@dataclass
class Played:
    segments: tuple[str, ...]
    start: float
    end: float


@dataclass
class FakePlayer:
    """Takes ``seconds`` per announcement and records when each one played."""

    seconds: float = 0.08
    fail_on: str | None = None
    played: list[Played] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    playing: int = 0
    most_at_once: int = 0

    def play(self, segments: Sequence[str]) -> None:
        with self.lock:
            self.playing += 1
            self.most_at_once = max(self.most_at_once, self.playing)
        start = time.monotonic()
        try:
            if self.fail_on is not None and self.fail_on in segments:
                raise OSError("sound device gone")
            time.sleep(self.seconds)
        finally:
            with self.lock:
                self.playing -= 1
                self.played.append(Played(tuple(segments), start, time.monotonic()))


def test_two_calls_made_at_once_are_announced_one_after_the_other() -> None:
    player = FakePlayer()
    announcer = AnnouncementQueue(player, gap_s=0.05)
    barrier = threading.Barrier(2)

    def call(label: str, counter: int) -> None:
        barrier.wait(timeout=5)
        announcer.announce(label, counter)

    threads = [
        threading.Thread(target=call, args=("A017", 2)),
        threading.Thread(target=call, args=("B105", 12)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    assert announcer.wait_idle(timeout=5)
    announcer.close()
    first, second = player.played
    assert second.start >= first.end + 0.05, "the second call began before the first ended"
    assert player.most_at_once == 1
    assert {first.segments, second.segments} == {
        tuple(announcement_segments("A017", 2)),
        tuple(announcement_segments("B105", 12)),
    }


def test_queued_calls_play_in_the_order_they_were_made() -> None:
    player = FakePlayer(seconds=0.02)
    announcer = AnnouncementQueue(player, gap_s=0.0)
    labels = [f"A{n:03d}" for n in range(1, 7)]
    for number, label in enumerate(labels, start=1):
        announcer.announce(label, number)
    assert announcer.wait_idle(timeout=5)
    announcer.close()
    assert [p.segments[2:6] for p in player.played] == [tuple(label_words(x)) for x in labels]
    assert all(b.start >= a.end for a, b in zip(player.played, player.played[1:], strict=False))


def test_a_failing_sound_device_does_not_stop_later_announcements() -> None:
    player = FakePlayer(seconds=0.01, fail_on="huruf_z")
    announcer = AnnouncementQueue(player, gap_s=0.0)
    announcer.announce("Z001", 1)
    announcer.announce("A002", 2)
    assert announcer.wait_idle(timeout=5)
    announcer.close()
    assert [p.segments[2] for p in player.played] == ["huruf_z", "huruf_a"]


def test_an_unreadable_label_is_not_queued_and_the_queue_stays_idle() -> None:
    announcer = AnnouncementQueue(FakePlayer(), gap_s=0.0)
    assert announcer.announce("??", 1) is None
    assert announcer.pending == 0
    assert announcer.wait_idle(timeout=0.1)
    announcer.close()


def test_after_close_no_call_is_taken() -> None:
    player = FakePlayer()
    announcer = AnnouncementQueue(player, gap_s=0.0)
    announcer.close()
    assert announcer.announce("A001", 1) is None
    assert player.played == []


@settings(deadline=None, max_examples=20)
@given(st.lists(st.tuples(st.sampled_from("ABH"), st.integers(1, 999), st.integers(1, 30)),
                min_size=1, max_size=5))  # fmt: skip
def test_no_two_announcements_ever_overlap(calls: list[tuple[str, int, int]]) -> None:
    player = FakePlayer(seconds=0.002)
    announcer = AnnouncementQueue(player, gap_s=0.0)
    for letter, number, counter in calls:
        announcer.announce(f"{letter}{number:03d}", counter)
    assert announcer.wait_idle(timeout=5)
    announcer.close()
    assert player.most_at_once == 1
    assert len(player.played) == len(calls)
    spans = sorted((p.start, p.end) for p in player.played)
    assert all(later[0] >= earlier[1] for earlier, later in itertools.pairwise(spans))
