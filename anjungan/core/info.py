"""The "Info JKN" pages and the queue board's running text, read from packaged TOML.

Owns the schema of the content files in ``anjungan/assets/info/`` (one file per language,
``id.toml`` and ``en.toml``, edited by non-programmers as described in the README there)
and their loading, through `importlib.resources` and `tomllib`, into frozen dataclasses.
It checks the *shape* of a file (known keys, no empty text, unique page keys) so that a
bad edit fails loudly at start-up instead of showing a blank page; whether the two
languages match and the figures equal the tariff data is checked by the tests, because
that needs both files and the tariff book. It must not hold any text or figure of its own
and must not touch Qt. The facts in the files come from the seeds (001, 000, 002, 003,
004), DOMAIN.md and the regulations each page cites in its ``sources``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from anjungan.core.errors import ConfigError

_CONTENT_PACKAGE = "anjungan.assets.info"
LANGUAGES: tuple[str, ...] = ("id", "en")

_TOP_KEYS = frozenset({"running_text", "page"})
_PAGE_KEYS = frozenset({"key", "title", "summary", "sources", "block"})
_BLOCK_KEYS = frozenset({"text", "bullets"})


@dataclass(frozen=True)
class Paragraph:
    """A short paragraph of plain text."""

    text: str


@dataclass(frozen=True)
class BulletList:
    """A list of short points, shown with bullets."""

    items: tuple[str, ...]


Block = Paragraph | BulletList


@dataclass(frozen=True)
class InfoPage:
    """One topic: ``key`` is stable across languages; ``sources`` is for the small print."""

    key: str
    title: str
    summary: str
    body: tuple[Block, ...]
    sources: tuple[str, ...]

    def texts(self) -> tuple[str, ...]:
        """Every piece of text a reader sees on the page, in reading order."""
        out = [self.title, self.summary]
        for block in self.body:
            out.extend((block.text,) if isinstance(block, Paragraph) else block.items)
        return tuple(out)


@dataclass(frozen=True)
class InfoContent:
    """Everything in one language file."""

    pages: tuple[InfoPage, ...]
    running_text: tuple[str, ...]

    def page(self, key: str) -> InfoPage:
        for page in self.pages:
            if page.key == key:
                return page
        raise KeyError(key)


def load_info(lang: str) -> tuple[InfoPage, ...]:
    """The Info JKN pages in ``lang`` ("id" or "en"), in display order."""
    return load_content(lang).pages


def running_text(lang: str) -> tuple[str, ...]:
    """The one-line messages the queue board scrolls, in ``lang``."""
    return load_content(lang).running_text


def load_content(lang: str) -> InfoContent:
    """The packaged content file of ``lang``; raises `ConfigError` for another language."""
    if lang not in LANGUAGES:
        raise ConfigError(
            f"Bahasa '{lang}' tidak tersedia untuk Info JKN; pilih 'id' atau 'en'.",
            f"Language '{lang}' is not available for Info JKN; use 'id' or 'en'.",
        )
    return _packaged(lang)


@lru_cache(maxsize=len(LANGUAGES))
def _packaged(lang: str) -> InfoContent:
    # Immutable data read once per process: caching cannot leak state between callers.
    name = f"{lang}.toml"
    text = resources.files(_CONTENT_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return parse_info(text, name)


def parse_info(text: str, name: str = "<info>") -> InfoContent:
    """Parse one language file; ``name`` only labels the error messages."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _error(name, f"TOML tidak valid: {exc}", f"invalid TOML: {exc}") from exc
    _only_keys(raw, _TOP_KEYS, name, "file")
    pages_raw = raw.get("page")
    if not isinstance(pages_raw, list) or not pages_raw:
        raise _error(name, "tidak ada [[page]]", "no [[page]] table")
    pages = tuple(_page(entry, name, index) for index, entry in enumerate(pages_raw, 1))
    keys = [page.key for page in pages]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        dup = ", ".join(duplicates)
        raise _error(name, f"key halaman ganda: {dup}", f"duplicate page key: {dup}")
    lines = _text_list(raw, "running_text", name, "running_text")
    return InfoContent(pages=pages, running_text=lines)


def _page(entry: Any, name: str, index: int) -> InfoPage:
    where = f"page {index}"
    table = _table(entry, name, where)
    _only_keys(table, _PAGE_KEYS, name, where)
    key = _text(table, "key", name, where)
    where = f"page '{key}'"
    blocks_raw = table.get("block")
    if not isinstance(blocks_raw, list) or not blocks_raw:
        raise _error(name, f"{where}: tidak ada [[page.block]]", f"{where}: no [[page.block]]")
    return InfoPage(
        key=key,
        title=_text(table, "title", name, where),
        summary=_text(table, "summary", name, where),
        body=tuple(
            _block(block, name, f"{where} block {number}")
            for number, block in enumerate(blocks_raw, 1)
        ),
        sources=_text_list(table, "sources", name, where),
    )


def _block(entry: Any, name: str, where: str) -> Block:
    table = _table(entry, name, where)
    _only_keys(table, _BLOCK_KEYS, name, where)
    if ("text" in table) == ("bullets" in table):
        raise _error(
            name,
            f"{where}: isi tepat satu dari 'text' atau 'bullets'",
            f"{where}: give exactly one of 'text' or 'bullets'",
        )
    if "text" in table:
        return Paragraph(_text(table, "text", name, where))
    return BulletList(_text_list(table, "bullets", name, where))


def _table(value: Any, name: str, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _error(name, f"{where}: harus berupa tabel", f"{where}: must be a table")
    return value


def _only_keys(table: Mapping[str, Any], allowed: frozenset[str], name: str, where: str) -> None:
    # A misspelt key ("tittle") would otherwise vanish silently from the screen.
    unknown = sorted(set(table) - allowed)
    if unknown:
        bad = ", ".join(unknown)
        raise _error(name, f"{where}: kunci tidak dikenal: {bad}", f"{where}: unknown key: {bad}")


def _clean(value: str) -> str:
    # Editors may wrap long text over several lines; the screen does its own wrapping.
    return " ".join(value.split())


def _text(table: Mapping[str, Any], key: str, name: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not _clean(value):
        raise _error(
            name,
            f"{where}: '{key}' harus berisi teks",
            f"{where}: '{key}' must be non-empty text",
        )
    return _clean(value)


def _text_list(table: Mapping[str, Any], key: str, name: str, where: str) -> tuple[str, ...]:
    value = table.get(key)
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(item, str) and _clean(item) for item in value)
    ):
        raise _error(
            name,
            f"{where}: '{key}' harus daftar teks yang tidak kosong",
            f"{where}: '{key}' must be a list of non-empty texts",
        )
    return tuple(_clean(item) for item in value)


def _error(name: str, detail_id: str, detail_en: str) -> ConfigError:
    return ConfigError(
        f"Berkas Info JKN {name} salah: {detail_id}. Perbaiki berkasnya (lihat README).",
        f"Info JKN file {name} is wrong: {detail_en}. Fix the file (see its README).",
    )
