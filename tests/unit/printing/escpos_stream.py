"""A strict reader for the ESC/POS subset Anjungan emits, written from the Epson command
reference rather than from python-escpos, so tests can check a byte stream independently.

`tokens(data)` splits a stream into commands and text runs and raises on any byte it does
not expect: an unknown command or a control byte inside text means the renderer leaked
something it should not have.
"""

from __future__ import annotations

from dataclasses import dataclass

ESC, GS, LF = 0x1B, 0x1D, 0x0A

# Commands with a fixed number of parameter bytes: (prefix, second byte) -> (name, n params)
FIXED = {
    (ESC, ord("@")): ("init", 0),
    (ESC, ord("t")): ("codepage", 1),
    (ESC, ord("a")): ("align", 1),
    (ESC, ord("E")): ("bold", 1),
    (ESC, ord("!")): ("print_mode", 1),
    (ESC, ord("d")): ("feed_lines", 1),
    (GS, ord("!")): ("char_size", 1),
}


@dataclass(frozen=True)
class Token:
    kind: str
    """A command name, "text" or "lf"."""
    data: bytes


class StreamError(AssertionError):
    pass


def tokens(data: bytes) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(data):
        byte = data[i]
        if byte == LF:
            out.append(Token("lf", b"\n"))
            i += 1
            continue
        if byte in (ESC, GS):
            if i + 1 >= len(data):
                raise StreamError(f"truncated command at {i}")
            key = (byte, data[i + 1])
            if key in FIXED:
                name, params = FIXED[key]
                end = i + 2 + params
                out.append(Token(name, data[i + 2 : end]))
                i = end
                continue
            if key == (GS, ord("V")):  # cut: m, plus n when m is 65/66
                mode = data[i + 2]
                end = i + 3 + (1 if mode in (65, 66) else 0)
                out.append(Token("cut", data[i + 2 : end]))
                i = end
                continue
            if key == (GS, ord("v")):  # GS v 0 m xL xH yL yH d1...dk
                if data[i + 2] != ord("0"):
                    raise StreamError(f"unknown GS v variant at {i}")
                x = data[i + 4] + 256 * data[i + 5]
                y = data[i + 6] + 256 * data[i + 7]
                end = i + 8 + x * y
                out.append(Token("raster", data[i + 3 : end]))
                i = end
                continue
            if key == (GS, ord("(")) and data[i + 2] == ord("k"):  # GS ( k pL pH cn fn ...
                length = data[i + 3] + 256 * data[i + 4]
                end = i + 5 + length
                out.append(Token("2d_code", data[i + 5 : end]))
                i = end
                continue
            raise StreamError(f"unknown command {data[i : i + 2]!r} at {i}")
        if byte < 0x20 or byte == 0x7F:
            raise StreamError(f"control byte {byte:#04x} inside text at {i}")
        start = i
        while i < len(data) and data[i] >= 0x20 and data[i] != 0x7F and data[i] not in (ESC, GS):
            i += 1
        out.append(Token("text", data[start:i]))
    return out


def text_of(stream: list[Token], codepage: str = "cp437") -> str:
    """All printed text, decoded, with line feeds."""
    parts = []
    for token in stream:
        if token.kind == "text":
            parts.append(token.data.decode(codepage))
        elif token.kind == "lf":
            parts.append("\n")
    return "".join(parts)
