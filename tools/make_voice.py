"""Record the queue board's voice: one WAV per word into anjungan/assets/sounds/.

The board says calls offline on any machine by joining these recordings
(`anjungan.board.announce` decides the words, `anjungan.board.audio` joins them), so
the files are committed and this script is needed only to change the voice. It uses
espeak-ng (Indonesian voice) and sox (trim, level, resample):
``apt-get install -y espeak-ng sox`` then ``.venv/bin/python tools/make_voice.py``.
The chime is synthesised here (two bell tones, "ding-dong"), without either program.

espeak-ng reads some Indonesian "e" as /ɛ/ where speakers say a schwa (empat, enam,
belas) and the "e" of "loket" as a schwa where it is /ɛ/; those words are given as
espeak phonemes (``[[...]]``).
"""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anjungan.board.announce import DIGITS, vocabulary  # noqa: E402

OUT = ROOT / "anjungan" / "assets" / "sounds"
RATE = 22050
SPEED_WPM = 140  # slower than espeak's 175: a hall with echo needs clear words
PITCH = 45
LETTERS = {
    "a": "a", "b": "be", "c": "ce", "d": "de", "e": "e", "f": "ef", "g": "ge", "h": "ha",
    "i": "i", "j": "je", "k": "ka", "l": "el", "m": "em", "n": "en", "o": "o", "p": "pe",
    "q": "ki", "r": "er", "s": "es", "t": "te", "u": "u", "v": "fe", "w": "we", "x": "eks",
    "y": "ye", "z": "zet",
}  # fmt: skip
SPOKEN_DIGITS = {
    "nol": "nol", "satu": "satu", "dua": "dua", "tiga": "tiga", "empat": "[['@mpat]]",
    "lima": "lima", "enam": "[['@nam]]", "tujuh": "tujuh", "delapan": "delapan",
    "sembilan": "sembilan",
}  # fmt: skip
FIXED = {
    "nomor_antrean": "nomor antrean",
    "silakan_menuju": "silakan menuju",
    "loket": "[[l'okEt]]",
    "sepuluh": "sepuluh",
    "sebelas": "[[s@b@l'as]]",
    "seratus": "seratus",
}


def text_of(name: str) -> str:
    """What espeak-ng is asked to say for segment ``name``."""
    if name in FIXED:
        return FIXED[name]
    if name in SPOKEN_DIGITS:
        return SPOKEN_DIGITS[name]
    if name.startswith("huruf_"):
        return LETTERS[name.removeprefix("huruf_")]
    digit, _, unit = name.partition("_")
    if digit in DIGITS and unit in ("belas", "puluh", "ratus"):
        word = {"belas": "[[b@l'as]]", "puluh": "puluh", "ratus": "ratus"}[unit]
        return f"{SPOKEN_DIGITS[digit]} {word}"
    raise KeyError(f"no text for segment {name}")


def speak(text: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder) / "raw.wav"
        subprocess.run(
            ["espeak-ng", "-v", "id", "-s", str(SPEED_WPM), "-p", str(PITCH), "-w", str(raw), text],
            check=True,
        )
        # Trim the silence espeak leaves at both ends (the board adds its own pauses),
        # level every word alike, and store one format: 16-bit mono at RATE.
        trim = ["silence", "1", "0.01", "0.3%"]
        subprocess.run(
            ["sox", "-R", "-D", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(target),
             *trim, "reverse", *trim, "reverse", "norm", "-3"],
            check=True,
        )  # fmt: skip


def chime(target: Path) -> None:
    """Two decaying bell tones, E5 then C5, with a few partials for a bell-like timbre."""
    notes = ((659.25, 0.0), (523.25, 0.45))
    length, fade = 1.8, 0.25
    samples = [0.0] * int(RATE * length)
    for frequency, start in notes:
        first = int(RATE * start)
        for i in range(len(samples) - first):
            t = i / RATE
            envelope = math.exp(-3.2 * t) * min(1.0, t / 0.005)
            tone = sum(
                amp * math.sin(2 * math.pi * frequency * mult * t)
                for mult, amp in ((1.0, 1.0), (2.0, 0.35), (3.0, 0.12))
            )
            samples[first + i] += envelope * tone
    fade_from = len(samples) - int(RATE * fade)
    for i in range(fade_from, len(samples)):  # no click where the recording stops
        samples[i] *= (len(samples) - i) / (len(samples) - fade_from)
    peak = max(abs(s) for s in samples)
    scale = 0.6 * 32767 / peak
    frames = b"".join(struct.pack("<h", int(s * scale)) for s in samples)
    with wave.open(str(target), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(frames)


def main() -> int:
    missing = [tool for tool in ("espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        print(f"missing {', '.join(missing)}: apt-get install -y espeak-ng sox", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    names = vocabulary()
    for name in names:
        target = OUT / f"{name}.wav"
        if name == "chime":
            chime(target)
        else:
            speak(text_of(name), target)
    stale = sorted(p.name for p in OUT.glob("*.wav") if p.stem not in names)
    for name in stale:
        (OUT / name).unlink()
    print(f"{len(names)} segments in {OUT.relative_to(ROOT)}; removed {len(stale)} stale")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
