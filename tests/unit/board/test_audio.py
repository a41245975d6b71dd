"""The recorded voice is complete and in one format; clips join it; sinks play clips.

No sound card is needed: the command sink is exercised with a program that copies the
clip it is given, and the choice of sink with a fake `which`.
"""

from __future__ import annotations

import io
import logging
import sys
import wave
from pathlib import Path

import pytest

from anjungan import assets
from anjungan.board.announce import announcement_segments, vocabulary
from anjungan.board.audio import (
    GAP_S,
    PAUSE_AFTER_S,
    AudioError,
    ClipPlayer,
    CommandSink,
    SilentSink,
    build_clip,
    clip_seconds,
    system_sink,
)

SOUNDS = assets.path("sounds")


def frames_of(path: Path) -> int:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes()


def test_every_segment_an_announcement_can_use_is_recorded_in_one_format() -> None:
    formats = set()
    for name in vocabulary():
        path = SOUNDS / f"{name}.wav"
        assert path.is_file(), f"missing recording: {name}"
        with wave.open(str(path), "rb") as wav:
            formats.add((wav.getnchannels(), wav.getsampwidth(), wav.getframerate()))
            seconds = wav.getnframes() / wav.getframerate()
        assert 0.1 < seconds < 2.5, f"{name} lasts {seconds:.2f} s"
    assert formats == {(1, 2, 22050)}


def test_no_recording_is_left_over_from_an_older_vocabulary() -> None:
    assert sorted(p.stem for p in SOUNDS.glob("*.wav")) == sorted(vocabulary())


def test_a_clip_is_the_segments_in_order_with_the_pauses_between_them() -> None:
    segments = ["chime", "nomor_antrean", "huruf_a"]
    clip = build_clip(segments)
    rate = 22050
    expected = sum(frames_of(SOUNDS / f"{s}.wav") for s in segments)
    expected += int(rate * PAUSE_AFTER_S["chime"]) + int(rate * PAUSE_AFTER_S["nomor_antrean"])
    with wave.open(io.BytesIO(clip), "rb") as wav:
        assert wav.getnframes() == expected
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, rate)
        body = wav.readframes(wav.getnframes())
    with wave.open(str(SOUNDS / "chime.wav"), "rb") as chime:
        assert body.startswith(chime.readframes(chime.getnframes()))


def test_a_whole_announcement_lasts_a_few_seconds() -> None:
    seconds = clip_seconds(build_clip(announcement_segments("A017", 2)))
    assert 4.0 < seconds < 10.0


def test_words_get_at_least_the_small_gap() -> None:
    clip = build_clip(["satu", "dua"])
    words = frames_of(SOUNDS / "satu.wav") + frames_of(SOUNDS / "dua.wav")
    with wave.open(io.BytesIO(clip), "rb") as wav:
        assert wav.getnframes() == words + int(22050 * GAP_S)


def test_a_missing_or_mismatched_segment_is_an_audio_error(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match=r"unreadable: nothing_here\.wav"):
        build_clip(["nothing_here"], tmp_path)
    for name, rate in (("a", 22050), ("b", 16000)):
        with wave.open(str(tmp_path / f"{name}.wav"), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(rate)
            wav.writeframes(b"\0\0" * 100)
    with pytest.raises(AudioError, match="differ in format"):
        build_clip(["a", "b"], tmp_path)
    with pytest.raises(AudioError, match="nothing to play"):
        build_clip([], tmp_path)


def test_the_command_sink_hands_the_whole_clip_to_the_player_program(tmp_path: Path) -> None:
    heard = tmp_path / "heard.wav"
    # A stand-in player: copies the file it is given (the sink appends its path last).
    program = f"import shutil, sys; shutil.copy(sys.argv[1], {str(heard)!r})"
    ClipPlayer(CommandSink([sys.executable, "-c", program])).play(["chime", "loket"])
    assert heard.read_bytes() == build_clip(["chime", "loket"])


def test_a_player_program_that_fails_raises_an_audio_error() -> None:
    sink = CommandSink([sys.executable, "-c", "raise SystemExit(3)"])
    with pytest.raises(AudioError, match="failed"):
        sink(build_clip(["satu"]))


def test_a_hung_player_program_is_given_up_after_the_clip_length_plus_slack(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sink = CommandSink([sys.executable, "-c", "import time; time.sleep(30)"], slack_s=0.2)
    clip = build_clip(["satu"])
    with caplog.at_level(logging.WARNING):
        sink(clip)
    assert "did not finish" in caplog.text


def test_the_first_player_program_found_is_used() -> None:
    found = {"aplay": "/usr/bin/aplay", "paplay": "/usr/bin/paplay"}
    sink = system_sink(found.get)
    assert isinstance(sink, CommandSink)
    assert sink.argv == ("/usr/bin/paplay",)
    only_alsa = system_sink({"aplay": "/usr/bin/aplay"}.get)
    assert isinstance(only_alsa, CommandSink)
    assert only_alsa.argv == ("/usr/bin/aplay", "-q")


def test_without_any_player_the_board_is_silent_and_says_so_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sink = system_sink(lambda _name: None)
    assert isinstance(sink, SilentSink)
    with caplog.at_level(logging.WARNING):
        sink(build_clip(["satu"]))
        sink(build_clip(["dua"]))
    assert caplog.text.count("no audio output") == 1


def test_the_voice_script_has_a_text_for_every_segment_and_fixes_espeaks_vowels() -> None:
    from tools.make_voice import text_of

    texts = {name: text_of(name) for name in vocabulary() if name != "chime"}
    assert all(texts.values())
    assert texts["huruf_b"] == "be" and texts["huruf_q"] == "ki"
    assert texts["empat"] == "[['@mpat]]"  # a schwa, as Indonesians say it
    assert texts["dua_belas"] == "dua [[b@l'as]]"
    assert texts["loket"] == "[[l'okEt]]"
