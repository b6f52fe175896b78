"""Trigger words (newslint.engine.prefilter): a rule that skips its scan must find exactly what the scan finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newslint.api import parse
from newslint.engine.prefilter import (
    LETTER_RUN,
    WordIndex,
    _letter_runs,
    anchored_finditer,
    literal_plan,
    pattern_triggers,
    phrase_trigger,
)
from newslint.engine.registry import builtin_rules_dir
from newslint.engine.yaml_rules import WORD_L, WORD_R, _YamlCheck, load_pack

# Drafts written for this test: capitals, a Turkish dotted İ, hyphens, digits, quotes, dates and times.
DRAFTS = [
    "Rapat Digelar Senin\n\nJakarta - Rapat digelar pada hari senin (3/2) dan Minggu, (9/2) pukul 10.00 WIB pagi.",
    "Warga merayakan natal dan tahun baru di kota. Perayaan natal berlangsung meriah pada 25 desember 2024.",
    "Ia merupakan salah satu dari peserta yang ke 3 kalinya tampil. Juara ke-dua dan ke2 ikut hadir.",
    "Mereka saling bertemu agar supaya akrab. Sangat indah sekali pemandangannya di sana-sini.",
    "Para siswa-siswa dan beberapa guru-guru datang. Tahun 2.024 adalah halaman 1.500 buku itu.",
    "Aktifitas İstanbul ſelalu ramai; KAMIS lalu pasca-banjir, non PNS dan antarLembaga bertemu.",
    "Sang pelaku ditangkap pihak kepolisian pada tanggal 5 Mei. 'resiko' dan Jum'at, kamis-kamis.",
    "Tahun 1990-an dan 80 tahunan; rumahnya besar, BUMNnya untung, kata2 itu muncul di mana-mana.",
]


def _packaged_checks() -> list[tuple[str, _YamlCheck]]:
    out = []
    for pack in sorted(Path(builtin_rules_dir()).glob("*.yaml")):
        for r in load_pack(pack):
            if isinstance(r._check, _YamlCheck):
                out.append((r.id, r._check))
    return out


@pytest.mark.parametrize("text", DRAFTS)
def test_matches_equal_a_full_scan(text: str) -> None:
    doc = parse(text, "draft.txt")
    planned = 0
    for rid, check in _packaged_checks():
        rx = getattr(check, "regex", None)
        if rx is None or check.plan is None and check.literal is None:
            continue
        planned += 1
        assert [m.span() for m in check.matches(doc)] == [m.span() for m in rx.finditer(doc.text)], rid
    assert planned > 5  # most packaged rules do get trigger words


def test_every_example_agrees_with_a_full_scan() -> None:
    for rid, check in _packaged_checks():
        rx = getattr(check, "regex", None)
        if rx is None or check.plan is None:
            continue
        for ex in check.spec.get("examples", {}).get("bad", []) + check.spec.get("examples", {}).get("good", []):
            text = ex if isinstance(ex, str) else ex["text"]
            doc = parse(text, "ex.txt")
            assert [m.span() for m in check.matches(doc)] == [m.span() for m in rx.finditer(doc.text)], rid


@pytest.mark.parametrize(
    ("pattern", "bounded", "expected"),
    [
        ("senin", True, [("senin", True)]),
        (r"(?<=hari\s)minggu", True, [("minggu", True)]),
        (r"ke(?P<n>\d{1,4})", True, [("ke", True)]),
        (r"(?P<a>sangat|amat)\s+\w+", True, [("sangat", True), ("amat", True)]),
        (r"(?P<h>[a-z]{2,})\s+nya", True, [("nya", False)]),
        (r"\bsang\s+x", False, [("sang", True)]),
        ("sang", False, None),  # no boundary: "sang" may be part of "pasangan"
        (r"(?P<a>[A-Z]{2,})nya", True, None),  # "BUMNnya": the run is longer than "nya"
        (r"pra(?:\s+|(?=[A-Z]))", True, None),  # "praKarya": a letter may follow
        (r"\bab?c\b", False, None),  # optional letters: give up
        (r"(?a:\bsang\b)", False, None),  # ASCII-only word boundaries: give up
        (r"\bsang\b", re.ASCII, None),
    ],
)
def test_pattern_triggers(pattern: str, bounded: bool | int, expected: list | None) -> None:
    if isinstance(bounded, bool):
        assert pattern_triggers(pattern, re.IGNORECASE, bounded=bounded) == expected
    else:
        assert pattern_triggers(pattern, bounded) == expected


def test_phrase_trigger() -> None:
    assert phrase_trigger("anak-anak") == ("anak", True)
    assert phrase_trigger("2 kali") == ("kali", False)
    assert phrase_trigger("café") is None


def test_word_index_folds_case_and_keeps_offsets() -> None:
    text = "İstanbul, KAMIS dan kamis-kamis; ſelasa"
    index = WordIndex(text)
    assert len(index.low) == len(text)
    assert {"istanbul", "kamis", "selasa"} <= index.words
    assert index.offsets("kamis") == [10, 20, 26]
    assert index.offsets("kami") == []


def test_word_index_offsets_are_whole_letter_runs() -> None:
    text = "ke kepada, Ke-2 ke2 _ke ke_ ⅷke kē ke"
    index = WordIndex(text)
    runs = [m.start() for m in LETTER_RUN.finditer(index.low) if m.group() == "ke"]
    assert index.offsets("ke") == runs == [0, 11, 16, 21, 24, 35]


@pytest.mark.parametrize(
    "text",
    [
        "“Kami” — kata-nya… ‘dia’ café",
        "a\u2000b\u2071c\u207fd\u206fe\u2060f x\u00a0y",
        "naïve ＡＢＣ ℌ ⅷ ² ٣ ü\ud800x",
        "plain ascii only",
        "",
    ],
)
def test_letter_runs_equal_the_regex(text: str) -> None:
    assert _letter_runs(text) == frozenset(LETTER_RUN.findall(text))


def test_literal_plan_drops_literals_a_shorter_one_covers() -> None:
    plan = literal_plan(r"(?<![\w-])(?:Jumat|Jum['’]at|Senin)\s", re.IGNORECASE)
    assert plan is not None and plan.plain == ("jum", "senin")
    doc = parse("Jumat lalu, jum'at dan JUMAT; Senin.", "draft.txt")
    assert plan.offsets(doc) == [0, 12, 23, 30]


def test_anchored_finditer_resumes_after_a_match() -> None:
    rx = re.compile(WORD_L + r"(?:ke\s+ke|ke)" + WORD_R)
    text = "ke ke ke"
    assert [m.span() for m in anchored_finditer(rx, text, [0, 3, 6])] == [m.span() for m in rx.finditer(text)]


def test_python_checks_find_what_a_full_scan_finds() -> None:
    from newslint.checks import caps_titles, number_format, number_percent, time_clock
    from newslint.engine.prefilter import number_starts

    drafts = DRAFTS + [
        "Sidang dimulai jam 09.00 WIB, Jam 7 pagi; 2 jam 30 menit. Pukul 10:30 WITA dan 1,200,000 orang.",
        "Naik 3.5 persen dan 4.25 miliar; 12.5% dari 1.000.000, para Menteri dan gubernur Jawa Barat hadir.",
    ]
    for text in drafts:
        doc = parse(text, "draft.txt")
        for tp in (caps_titles._BEFORE_NAME_AT, caps_titles._GENERIC_AT, time_clock._JAM_AT):
            assert [m.span() for m in tp.finditer(doc)] == [m.span() for m in tp.regex.finditer(doc.text)]
        assert [m.span() for m in number_percent._words(doc)] == [
            m.span() for m in number_percent._WORD.finditer(doc.text)
        ]
        assert [m.span() for m in number_percent._signs(doc.text)] == [
            m.span() for m in number_percent._SIGN.finditer(doc.text)
        ]
        assert number_percent._spaced_signs(doc.text) == [m.span() for m in number_percent._SPACED.finditer(doc.text)]
        for rx, marks in (
            (number_format._EN_THOUSANDS, ","),
            (number_format._EN_DECIMAL, "."),
            (time_clock._CLOCK, ".:"),
        ):
            got = [m.span() for m in anchored_finditer(rx, doc.text, number_starts(doc, marks))]
            assert got == [m.span() for m in rx.finditer(doc.text)]


def test_long_word_offsets_equal_the_regex() -> None:
    from newslint.engine.prefilter import _whole_run

    text = "dari daripada ²dari dari² ⅷdari _dari dari_ kedari Dari-dari DARI İdari dari"
    index = WordIndex(text)
    for word in ("dari", "daripada", "kedari", "idari", "absen"):
        assert index.offsets(word) == [m.start() for m in _whole_run(word).finditer(index.low)], word


def test_weekday_plan_finds_what_a_full_scan_finds() -> None:
    from newslint.checks.time_weekday import _DATE, _DATE_PLAN
    from newslint.engine.prefilter import planned_finditer

    for text in DRAFTS + [
        "Senintanggal 5 Mei 2024, Jum'at (1/2/2024), JUM’AT, 3 Mei 2024 dan Selaſa (4/2/2024).",
        "xSenin (1/2/2024), -Rabu (1/2/2024), Ahad(1/1/2000), Minggu tanggal  5 Pebruari 2024.",
    ]:
        doc = parse(text, "draft.txt")
        assert [m.span() for m in planned_finditer(_DATE, _DATE_PLAN, doc)] == [
            m.span() for m in _DATE.finditer(doc.text)
        ]


def test_names_decided_one_word_at_a_time_agree() -> None:
    from newslint.engine.yaml_rules import _capitalised_elsewhere, _names_in

    for text in DRAFTS + ["Tapi Budi datang. Kata Tapi, ia pergi bersama Tapi dan Budi."]:
        words = {w.lower() for w in LETTER_RUN.findall(text)}
        alone = {w: _capitalised_elsewhere(parse(text, "draft.txt"), w) for w in words}
        assert {w for w, found in alone.items() if found} == _names_in(parse(text, "draft.txt")) & words


def test_plan_cache_gives_the_derived_plan_and_survives_a_new_run(tmp_path, monkeypatch) -> None:
    from newslint.engine import prefilter

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prefilter, "_plans", None)
    monkeypatch.setattr(prefilter, "_new_plans", {})
    pattern = r"\b(?:agar\s+supaya|naik\s+ke\s+atas)\b"
    want_t, want_r = prefilter._pattern_triggers(pattern), prefilter._required_words(pattern)
    assert prefilter.pattern_triggers(pattern) == want_t and prefilter.required_words(pattern) == want_r
    prefilter._save_plans()
    monkeypatch.setattr(prefilter, "_plans", None)  # a new run reads the file
    monkeypatch.setattr(prefilter, "_new_plans", {})
    assert prefilter.pattern_triggers(pattern) == want_t and prefilter.required_words(pattern) == want_r
    assert not prefilter._new_plans  # answered from the file, nothing derived again
    got = prefilter.pattern_triggers(pattern)
    if got is not None:
        got.append(("x", True))  # a caller's change to its list never reaches the cache
        assert prefilter.pattern_triggers(pattern) == want_t


def test_literal_plans_and_tries_from_the_cache_equal_fresh_ones(tmp_path, monkeypatch) -> None:
    from newslint.engine import prefilter
    from newslint.engine.yaml_rules import substitution

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prefilter, "_plans", None)
    monkeypatch.setattr(prefilter, "_new_plans", {})
    patterns = [
        (r"(?<![\w-])(?:Jumat|Jum['’]at|Senin)\s", re.IGNORECASE),
        (r"(?<![\w-])di(?:mana|sini)\b", 0),
        (r"\d+", 0),  # no literal: no plan
    ]
    phrases = ["agar supaya", "agar", "naik ke atas", "mundur ke belakang"]

    def snapshot() -> list:
        plans = [prefilter.literal_plan(p, f) for p, f in patterns]
        shown = [None if lp is None else (lp.regex.pattern, lp.regex.flags, lp.anchored, lp.plain) for lp in plans]
        return [*shown, substitution._kept_trie_pattern(phrases)]

    first = snapshot()
    assert first[-1] == substitution._trie_pattern(phrases)
    assert first[2] is None and first[0] is not None
    prefilter._save_plans()
    monkeypatch.setattr(prefilter, "_plans", None)  # a new run reads the file
    monkeypatch.setattr(prefilter, "_new_plans", {})
    assert snapshot() == first
    assert not prefilter._new_plans  # answered from the file, nothing derived again


def test_long_word_offsets_equal_the_whole_run_regex() -> None:
    import random

    from newslint.engine.prefilter import _whole_run, _whole_run_finds

    rng = random.Random(5)
    alphabet = ["kata", "kat", "a", " ", "-", "é", "2", "_", "ⅷ", "ü", "\u00a0", "\n"]
    for _ in range(5000):
        low = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for word in ("kata", "katak", "akat"):
            assert _whole_run_finds(low, word) == [m.start() for m in _whole_run(word).finditer(low)], (low, word)
