"""Hostile inputs shared by the fuzz tests: any Unicode, injection strings, huge values.

`any_text` draws from every code point, lone surrogates included (JSON can carry them as
``\\ud800`` escapes); `identifier_like` draws text close to what a keypad or a copied card
gives (digits, separators, a stray letter), so parsers are exercised past their first
check. `INJECTIONS` are the classic SQL injection strings with Unicode look-alikes and
NUL bytes; `OVERSIZED` is a 1 MB string. `json_values` builds JSON documents of any
shape, deeply nested included.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

ANY_CHAR = st.characters(exclude_categories=())
any_text = st.text(ANY_CHAR)
# Characters people and devices actually put into identity fields, plus troublemakers.
_NEAR_DIGITS = "0123456789" * 4 + " .-+()/\t\n" + "a٣０\u200b\u00a0"
identifier_like = st.text(alphabet=st.sampled_from(_NEAR_DIGITS), max_size=24)

INJECTIONS: tuple[str, ...] = (
    "' OR 1=1 --",
    "' OR '1'='1",
    '" OR ""="',
    "'; DROP TABLE officer; --",
    "1; DELETE FROM sync_inbox; --",
    "Robert'); DROP TABLE complaint;--",
    "' UNION SELECT password_hash, token_hash FROM officer --",
    "%' OR 1=1 --",
    "%_%",
    "\\'; SELECT 1; --",
    "\u2019 OR 1=1 --",  # typographic apostrophe
    "\uff07 OR \uff11=\uff11 --",  # full-width quote and digits
    "\u02bc; DROP TABLE registration; --",  # modifier letter apostrophe
    "abc\x00def",
    "\x00' OR 1=1 --",
    "%00",
    "\ud800' OR 1=1",  # a lone surrogate
    "$(reboot)`id`{{7*7}}${7*7}",
)
"""Strings a field must take as plain data (or refuse), never as SQL or a command."""

OVERSIZED = "A" * 1_000_000
OVERSIZED_WIDE = "\u00e9\u4e2d" * 250_000
"""1 MB of ASCII, and 1.25 MB (UTF-8) of accented and CJK text."""

HOSTILE: tuple[str, ...] = (*INJECTIONS, OVERSIZED, OVERSIZED_WIDE)

unicode_text = st.text(st.characters(codec="utf-8"))
"""Any text a store can hold (no lone surrogates)."""


def json_values(max_leaves: int = 20, *, surrogates: bool = True) -> st.SearchStrategy[Any]:
    """Any JSON document: scalars, lists and objects, nested; ``surrogates``: its text
    may hold lone surrogates (valid JSON escapes that no store can keep)."""
    text = st.one_of(unicode_text, any_text) if surrogates else unicode_text
    injections = st.sampled_from([v for v in INJECTIONS if surrogates or "\ud800" not in v])
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        text,
        injections,
    )
    return st.recursive(
        scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=5),
            st.dictionaries(st.one_of(text, injections), children, max_size=5),
        ),
        max_leaves=max_leaves,
    )


def deep_nesting(depth: int) -> Any:
    """``[[[...]]]`` and ``{"a": {"a": ...}}`` alternating, ``depth`` levels."""
    value: Any = "bottom"
    for level in range(depth):
        value = [value] if level % 2 else {"a": value}
    return value
