"""The Info JKN content (anjungan/assets/info/*.toml) and its loader, anjungan.core.info.

Proves the two languages say the same thing page for page, that every decree figure shown
equals the tariff data in force today (so a new decree cannot leave stale text on the
kiosk), that the penalty cap is DOMAIN.md's Rp30,000,000 and not seed 001's Rp20,000,000,
that the text stays readable for elderly participants, and that the loader refuses a
malformed file instead of showing a blank page.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anjungan.core.domain.money import Rupiah, format_rupiah
from anjungan.core.domain.tariffs import TariffBook, TariffSchedule
from anjungan.core.errors import ConfigError
from anjungan.core.info import (
    LANGUAGES,
    BulletList,
    InfoContent,
    InfoPage,
    Paragraph,
    load_content,
    load_info,
    parse_info,
    running_text,
)

REPO = Path(__file__).resolve().parents[2]

EXPECTED_KEYS = (
    "rights",
    "obligations",
    "contributions",
    "arrears",
    "fktp_benefits",
    "fkrtl_benefits",
    "medical_aids",
    "not_covered",
    "channels",
    "complaints",
    "changes",
    "registration",
)
# Pages that show a figure a decree can change: each must say since when, or "currently".
DECREE_PAGES = frozenset(
    {
        "obligations",
        "contributions",
        "arrears",
        "medical_aids",
        "channels",
        "complaints",
        "changes",
        "registration",
    }
)
SINCE_OR_NOW = {"id": ("berlaku sejak", "saat ini"), "en": ("in force since", "current")}
MONTHS = {
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
# Seed 001_68780b126929f050.txt, table "7 Alat Bantu Kesehatan": every rupiah figure in it.
SEED_001_MEDICAL_AID_AMOUNTS = frozenset(
    {165_000, 220_000, 330_000, 1_100_000, 2_750_000, 550_000, 385_000}
)

RP_PATTERN = {
    "id": re.compile(r"Rp(\d{1,3}(?:\.\d{3})*)"),
    "en": re.compile(r"Rp(\d{1,3}(?:,\d{3})*)"),
}
PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)%")
MAX_WORDS_PER_SENTENCE = 30
MAX_WORDS_PER_BLOCK = 60
MAX_LINE_CHARS = 120


def rupiah(amount: Rupiah, lang: str) -> str:
    """How ``amount`` is written in ``lang``: the repo's format, commas in English."""
    text = format_rupiah(amount)
    return text if lang == "id" else text.replace(".", ",")


def amounts_in(text: str, lang: str) -> set[Rupiah]:
    sep = "." if lang == "id" else ","
    return {int(m.replace(sep, "")) for m in RP_PATTERN[lang].findall(text)}


def percent(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f}%"


def long_date(day: date, lang: str) -> str:
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def page(lang: str, key: str) -> InfoPage:
    return load_content(lang).page(key)


def text_of(lang: str, key: str) -> str:
    return " ".join(page(lang, key).texts())


def today_schedule() -> TariffSchedule:
    return TariffBook.load().tariffs_on(date.today())


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


# --- the two languages match -------------------------------------------------------------


def test_pages_are_the_twelve_topics_in_display_order_in_both_languages() -> None:
    for lang in LANGUAGES:
        assert tuple(p.key for p in load_info(lang)) == EXPECTED_KEYS


def test_both_languages_have_the_same_block_kinds_and_bullet_counts_per_page() -> None:
    def shape(p: InfoPage) -> list[str | int]:
        return [b.__class__.__name__ if isinstance(b, Paragraph) else len(b.items) for b in p.body]

    for id_page, en_page in zip(load_info("id"), load_info("en"), strict=True):
        assert id_page.key == en_page.key
        assert shape(id_page) == shape(en_page), id_page.key


def test_sources_are_identical_in_both_languages_and_every_page_has_one() -> None:
    for id_page, en_page in zip(load_info("id"), load_info("en"), strict=True):
        assert id_page.sources, id_page.key
        assert id_page.sources == en_page.sources, id_page.key


def test_every_number_on_a_page_appears_in_its_translation() -> None:
    def numbers(text: str, lang: str) -> set[str]:
        amounts = {str(a) for a in amounts_in(text, lang)}
        rest = RP_PATTERN[lang].sub(" ", text)
        plain = re.findall(r"\d+(?:[.,]\d+)?", rest)
        # Decimal commas (0,5 D) read as points so both languages compare alike.
        return amounts | {n.replace(",", ".") for n in plain}

    for key in EXPECTED_KEYS:
        assert numbers(text_of("id", key), "id") == numbers(text_of("en", key), "en"), key


def test_running_text_has_10_to_20_lines_and_the_same_count_in_both_languages() -> None:
    counts = {lang: len(running_text(lang)) for lang in LANGUAGES}
    assert 10 <= counts["id"] <= 20
    assert counts["id"] == counts["en"]


# --- shape and readability ---------------------------------------------------------------


def test_every_page_has_3_to_8_blocks_and_no_empty_text() -> None:
    for lang in LANGUAGES:
        for p in load_info(lang):
            assert 3 <= len(p.body) <= 8, (lang, p.key)
            assert all(t.strip() for t in p.texts()), (lang, p.key)
            assert all(s.strip() for s in p.sources), (lang, p.key)
        assert all(line.strip() for line in running_text(lang))


def test_no_paragraph_or_bullet_is_longer_than_60_words() -> None:
    for lang in LANGUAGES:
        for p in load_info(lang):
            for t in p.texts():
                assert len(t.split()) <= MAX_WORDS_PER_BLOCK, (lang, p.key, t)


def test_no_sentence_is_longer_than_30_words() -> None:
    for lang in LANGUAGES:
        texts = [t for p in load_info(lang) for t in p.texts()] + list(running_text(lang))
        for t in texts:
            for s in sentences(t):
                assert len(s.split()) <= MAX_WORDS_PER_SENTENCE, (lang, s)


def test_sentence_splitter_used_by_the_readability_checks_splits_sentences() -> None:
    # Without this the 30-word check could pass by never splitting at all.
    assert sentences("Bayar Rp150.000 sekarang. Terima kasih! Ya?") == [
        "Bayar Rp150.000 sekarang.",
        "Terima kasih!",
        "Ya?",
    ]


def test_titles_summaries_and_running_text_lines_fit_on_one_line() -> None:
    for lang in LANGUAGES:
        for p in load_info(lang):
            assert len(p.title) <= 60, (lang, p.key)
            assert len(p.summary) < MAX_LINE_CHARS, (lang, p.key)
        for line in running_text(lang):
            assert len(line) < MAX_LINE_CHARS, (lang, line)


def test_indonesian_text_addresses_the_reader_as_anda_never_kamu() -> None:
    words = [
        w.strip('.,:;!?()"').lower()
        for t in [*(t for p in load_info("id") for t in p.texts()), *running_text("id")]
        for w in t.split()
    ]
    assert "anda" in words
    assert not {"kamu", "kau", "engkau", "lu", "lo"} & set(words)


def test_pages_with_decree_figures_say_since_when_or_currently() -> None:
    for lang in LANGUAGES:
        for p in load_info(lang):
            text = " ".join(p.texts()).lower()
            if amounts_in(" ".join(p.texts()), lang) or PERCENT.search(text):
                assert p.key in DECREE_PAGES, (lang, p.key)
            if p.key in DECREE_PAGES:
                assert any(marker in text for marker in SINCE_OR_NOW[lang]), (lang, p.key)


# --- figures equal the tariff data in force today ----------------------------------------


def test_penalty_page_says_30_million_and_never_the_seeds_20_million() -> None:
    cap = today_schedule().arrears.penalty_cap
    assert cap == 30_000_000  # DOMAIN.md "Known discrepancies": Perpres 64/2020 art. 42
    for lang in LANGUAGES:
        assert rupiah(cap, lang) in text_of(lang, "arrears")
        for p in load_info(lang):
            shown = " ".join([*p.texts(), *p.sources]).lower()
            for stale in ("20.000.000", "20,000,000", "20 juta", "20 million"):
                assert stale not in shown, (lang, p.key)


def test_contributions_page_shows_exactly_the_iuran_amounts_in_force_today() -> None:
    s = today_schedule()
    expected = {
        s.pbi_per_person,
        s.pemda.total,
        s.pemda.participant_part + s.pemda.pemda_subsidy,  # what the Pemda pays in all
        s.pemda.central_subsidy,
        s.ppu.wage_cap,
        s.ppu.class_i_threshold,
        s.pbpu.class_i,
        s.pbpu.class_ii,
        s.pbpu.class_iii.total,
        s.pbpu.class_iii.participant_part,
        s.pbpu.class_iii.pemda_subsidy,
        s.pbpu.class_iii.central_subsidy,
    }
    for lang in LANGUAGES:
        text = text_of(lang, "contributions")
        assert amounts_in(text, lang) == expected, lang
        for amount in expected:
            assert rupiah(amount, lang) in text


def test_contributions_page_shows_the_ppu_rates_and_family_size_in_force_today() -> None:
    ppu = today_schedule().ppu
    expected = {percent(r) for r in (ppu.rate, ppu.employer_rate, ppu.worker_rate)}
    expected.add(percent(ppu.extra_member_rate))
    people = {"id": f"{ppu.family_size_covered} orang", "en": f"{ppu.family_size_covered} people"}
    for lang in LANGUAGES:
        text = text_of(lang, "contributions")
        assert {f"{m}%" for m in PERCENT.findall(text)} == expected, lang
        assert people[lang] in text


def test_contributions_and_arrears_pages_give_the_schedules_effective_date() -> None:
    start = today_schedule().effective_from
    for lang in LANGUAGES:
        since = f"{SINCE_OR_NOW[lang][0]} {long_date(start, lang)}"
        for key in ("contributions", "arrears"):
            assert since in text_of(lang, key), (lang, key)


def test_arrears_page_day_and_month_counts_equal_the_tariff_data() -> None:
    s = today_schedule()
    a = s.arrears
    phrases = {
        "id": [
            f"tanggal {s.due_day}",
            f"{a.reactivation_max_months} bulan",
            f"{a.penalty_window_days} hari",
            f"{percent(a.penalty_rate)} × biaya paket INA-CBG",
            f"paling banyak {a.penalty_max_months} bulan",
            f"tunggakan {a.rehab_min_months} sampai {a.rehab_max_months} bulan",
            f"paling banyak {a.rehab_max_instalments} kali",
        ],
        "en": [
            f"by the {ordinal(s.due_day)}",
            f"at most {a.reactivation_max_months} months",
            f"within {a.penalty_window_days} days",
            f"{percent(a.penalty_rate)} × INA-CBG package cost",
            f"at most {a.penalty_max_months} months",
            f"{a.rehab_min_months} to {a.rehab_max_months} months of arrears",
            f"at most {a.rehab_max_instalments} times",
        ],
    }
    for lang in LANGUAGES:
        text = text_of(lang, "arrears").lower()
        for phrase in phrases[lang]:
            assert phrase.lower() in text, (lang, phrase)


def test_obligations_and_running_text_give_the_due_day_of_the_tariff_data() -> None:
    due = today_schedule().due_day
    assert f"tanggal {due}" in text_of("id", "obligations")
    assert f"the {ordinal(due)}" in text_of("en", "obligations")
    assert any(f"tanggal {due}" in line for line in running_text("id"))
    assert any(f"the {ordinal(due)}" in line for line in running_text("en"))


def test_changes_page_and_running_text_give_the_month_rules_of_the_tariff_data() -> None:
    c = today_schedule().changes
    fktp = {"id": f"{c.fktp_change_min_months} bulan", "en": f"{c.fktp_change_min_months} months"}
    klass = {
        "id": f"{c.class_change_min_months} bulan",
        "en": f"{c.class_change_min_months} months",
    }
    for lang in LANGUAGES:
        text = text_of(lang, "changes")
        assert fktp[lang] in text and klass[lang] in text, lang
        assert any("FKTP" in line and fktp[lang] in line for line in running_text(lang)), lang


def test_registration_page_gives_the_first_payment_window_banks_and_materai_of_the_data() -> None:
    r = today_schedule().registration
    window = {
        "id": f"paling cepat {r.first_payment_min_days} hari dan paling lambat "
        f"{r.first_payment_max_days} hari",
        "en": f"no earlier than {r.first_payment_min_days} days and no later than "
        f"{r.first_payment_max_days} days",
    }
    for lang in LANGUAGES:
        text = text_of(lang, "registration")
        assert window[lang] in text, lang
        assert rupiah(r.materai, lang) in text, lang
        for bank in r.autodebit_banks:
            assert bank.lower() in text.lower(), (lang, bank)


def test_medical_aid_amounts_are_exactly_the_seed_001_figures() -> None:
    for lang in LANGUAGES:
        assert amounts_in(text_of(lang, "medical_aids"), lang) == SEED_001_MEDICAL_AID_AMOUNTS


def test_channels_give_the_seed_phone_numbers_and_say_chika_is_no_longer_used() -> None:
    for lang in LANGUAGES:
        text = text_of(lang, "channels")
        for number in ("165", "08118165165", "08118750400", "www.bpjs-kesehatan.go.id"):
            assert number in text, (lang, number)
        chika = next(t for t in page(lang, "channels").texts() if "08118750400" in t)
        assert ("tidak dipakai lagi" if lang == "id" else "no longer used") in chika


def test_complaints_page_gives_the_working_day_deadlines_and_the_30_days() -> None:
    phrases = {
        "id": ["1 hari kerja", "3 hari kerja", "5 hari kerja", "30 hari", "SP4N-LAPOR!"],
        "en": ["1 working day", "3 working days", "5 working days", "30 days", "SP4N-LAPOR!"],
    }
    for lang in LANGUAGES:
        text = text_of(lang, "complaints")
        for phrase in phrases[lang]:
            assert phrase in text, (lang, phrase)


# --- the helpers the figure checks rely on -----------------------------------------------


def test_amount_extraction_reads_both_notations() -> None:
    assert amounts_in("Rp42.000 dan Rp12.000.000, atau 5%", "id") == {42_000, 12_000_000}
    assert amounts_in("Rp42,000 and Rp12,000,000.", "en") == {42_000, 12_000_000}
    assert rupiah(30_000_000, "en") == "Rp30,000,000"
    assert percent(Decimal("0.05")) == "5%"
    assert long_date(date(2021, 1, 1), "id") == "1 Januari 2021"
    assert ordinal(10) == "10th"


# --- packaging and the loader ------------------------------------------------------------


def test_content_files_ship_as_package_data() -> None:
    folder = resources.files("anjungan.assets.info")
    for name in ("id.toml", "en.toml", "README.md"):
        assert folder.joinpath(name).is_file(), name
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["*"]
    assert {"*.toml", "*.md"} <= set(patterns)


def test_unknown_language_is_a_config_error_in_both_languages() -> None:
    with pytest.raises(ConfigError) as caught:
        load_info("fr")
    assert "fr" in caught.value.message("id")
    assert "'id' or 'en'" in caught.value.message("en")


MINIMAL = """
running_text = ["Satu."]

[[page]]
key = "k"
title = "Judul"
summary = "Ringkas."
sources = ["seed 001"]

[[page.block]]
{block}
"""


def test_parse_reads_paragraphs_and_bullet_lists() -> None:
    content = parse_info(
        MINIMAL.format(block='text = "Paragraf."\n\n[[page.block]]\nbullets = ["a", "b"]')
    )
    assert content == InfoContent(
        pages=(
            InfoPage(
                key="k",
                title="Judul",
                summary="Ringkas.",
                body=(Paragraph("Paragraf."), BulletList(("a", "b"))),
                sources=("seed 001",),
            ),
        ),
        running_text=("Satu.",),
    )


def test_text_written_over_several_lines_becomes_one_line() -> None:
    content = parse_info(MINIMAL.format(block='text = """\n  Baris satu\n  baris dua.\n"""'))
    assert content.pages[0].body == (Paragraph("Baris satu baris dua."),)


@pytest.mark.parametrize(
    ("block", "why"),
    [
        ('text = "a"\nbullets = ["b"]', "exactly one of 'text' or 'bullets'"),
        ('tekst = "a"', "unknown key: tekst"),
        ('text = "   "', "'text' must be non-empty text"),
        ("bullets = []", "'bullets' must be a list of non-empty texts"),
        ('bullets = ["a", ""]', "'bullets' must be a list of non-empty texts"),
        ("text = 3", "'text' must be non-empty text"),
    ],
)
def test_malformed_block_is_refused_with_the_reason(block: str, why: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_info(MINIMAL.format(block=block), "id.toml")
    assert why in caught.value.message("en")
    assert "id.toml" in caught.value.message("id")


def test_duplicate_page_key_is_refused() -> None:
    one = MINIMAL.format(block='text = "a"')
    twice = one + one.split("\n", 2)[2]  # the [[page]] part again, same key
    with pytest.raises(ConfigError, match="duplicate page key: k"):
        parse_info(twice)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("running_text = [", "invalid TOML"),
        ('running_text = ["a"]', "no [[page]]"),
        ('titel = "x"\n' + MINIMAL.format(block='text = "a"'), "unknown key: titel"),
        (MINIMAL.format(block='text = "a"').replace('sources = ["seed 001"]', ""), "'sources'"),
        (
            MINIMAL.format(block='text = "a"').replace('running_text = ["Satu."]', ""),
            "running_text",
        ),
    ],
)
def test_malformed_file_is_refused_with_the_reason(text: str, why: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_info(text)
    assert why in caught.value.message("en")


PRINTABLE = st.text(
    alphabet=st.characters(categories=("L", "N", "P", "Zs"), exclude_characters='"\\'),
    min_size=1,
    max_size=80,
).filter(str.strip)


@settings(deadline=None)
@given(title=PRINTABLE, paragraph=PRINTABLE, items=st.lists(PRINTABLE, min_size=1, max_size=5))
def test_any_printable_text_survives_loading_with_whitespace_collapsed(
    title: str, paragraph: str, items: list[str]
) -> None:
    def toml_str(value: str) -> str:
        return f'"{value}"'

    text = (
        'running_text = ["x"]\n[[page]]\nkey = "k"\n'
        f'title = {toml_str(title)}\nsummary = "s"\nsources = ["src"]\n'
        f"[[page.block]]\ntext = {toml_str(paragraph)}\n"
        f"[[page.block]]\nbullets = [{', '.join(map(toml_str, items))}]\n"
    )
    p = parse_info(text).pages[0]
    assert p.title == " ".join(title.split())
    assert p.body == (
        Paragraph(" ".join(paragraph.split())),
        BulletList(tuple(" ".join(i.split()) for i in items)),
    )
