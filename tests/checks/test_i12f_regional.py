"""Issue 12 (s7, i12f): precision on regional and unseen news.  Real words the lexicon lacks, regional and
dialect words, glossed terms and native variants must not read as slips.  Drafts are our own sentences."""

import pytest

from newslint.api import check_text
from newslint.checks.typo_word import corrections, live_base_rank


def _found(text: str, rule: str) -> list[tuple[str, list[str]]]:
    return [(f.text, f.suggestions) for f in check_text(text, layout="fragment", select=[rule])]


def test_live_base_rank_reads_everyday_derivations() -> None:
    # tetas is rare bare, but menetas is written: the base is live
    assert live_base_rank("tetas") < 20_000
    # a short base says nothing (found by chance under affixes)
    assert live_base_rank("labu") == 10_000_000


@pytest.mark.parametrize("word", ["ditetaskan", "menetaskan", "dipanggul", "penangkalan", "dikelarkan"])
def test_new_derivations_of_live_bases_are_words(word: str) -> None:
    assert corrections(word) == ()


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("mengalam", "mengalami"),  # a dropped last letter still counts on a live base
        ("menggangu", "mengganggu"),
        ("dibacakkan", "dibacakan"),
    ],
)
def test_slips_of_derived_words_still_found(typo: str, meant: str) -> None:
    assert meant in corrections(typo)


def test_hatchery_draft_is_quiet() -> None:
    text = "Petugas konservasi mengumpulkan telur penyu lalu ditetaskan di kolam penangkaran desa itu."
    assert _found(text, "typo/word") == []


@pytest.mark.parametrize("word", ["okupansi", "partikulat"])
def test_no_slip_towards_a_word_nobody_writes(word: str) -> None:
    # the only neighbour is a rare listed word nobody writes, reached by an added letter or a wrong key
    assert corrections(word) == ()


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("semraut", "semrawut"),  # a dropped letter keeps the letters meant, even towards an unranked word
        ("pengsapan", "pengasapan"),  # the affix searches rebuild derivations of common roots
        ("tetlindas", "terlindas"),
    ],
)
def test_kept_letter_slips_towards_rare_words_still_found(typo: str, meant: str) -> None:
    assert meant in corrections(typo)


def test_unreadable_word_written_twice_is_a_term() -> None:
    text = (
        "Polisi menyita mesin dompeng dari lokasi tambang emas liar. Pemilik mesin dompeng itu kini diperiksa penyidik."
    )
    assert _found(text, "typo/word") == []


def test_slip_written_twice_is_still_reported() -> None:
    text = "Warga lainya mengungsi. Sebagian warga lainya bertahan di rumah."
    assert [t for t, _ in _found(text, "typo/word")] == ["lainya", "lainya"]


@pytest.mark.parametrize(
    "text",
    [
        # a language named right after the word
        "Warga menyebut bau sampah itu rujit, kalau bahasa Sundanya, dan meminta truk datang tiap hari.",
        # a bracketed gloss right after it
        "Polisi adat bersama prajuru (pengurus desa adat) menjaga jalannya upacara.",
        # an introducer right before it
        "Lumpur menyembur dari tanah yang dikenal dengan nama likuifaksi oleh para ahli.",
    ],
)
def test_glossed_terms_are_quiet(text: str) -> None:
    assert _found(text, "typo/word") == []


def test_dialect_passage_is_quiet() -> None:
    # a speaker's regional Malay: several words no standard source knows and no slip explains
    text = "Ia berpesan, “Kito ni pacak pasang spanduk, madak dak pacak beneri jalan, kagek bae,” katanya."
    assert _found(text, "typo/word") == []


def test_sloppy_sentence_is_no_dialect() -> None:
    # typos of their own and joined prepositions do not make a sentence a dialect passage
    text = "Polisi swatsa disetiap simpang mengatur lalulintas dimana kendaraan menumpuk, kata pedagag itu."
    found = [t for t, _ in _found(text, "typo/word")]
    assert "swatsa" in found and "pedagag" in found


def test_introducer_far_from_the_word_does_not_excuse_a_slip() -> None:
    text = "Penurunan itu disebut berkat kebiijakan baru pemerintah daerah."
    assert [t for t, _ in _found(text, "typo/word")] == ["kebiijakan"]


def _adapt(text: str) -> list[tuple[str, list[str], str]]:
    return [
        (f.text, f.suggestions, f.message)
        for f in check_text(text, layout="fragment", select=["spelling/loanword-adaptation"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a regional word one vowel from a root nobody writes (caruk, demang) is no old loan spelling
        "Polisi berjaga di desa itu untuk mencegah carok susulan antara dua keluarga.",
        "Seorang damang adat ikut menenangkan massa di depan kantor bupati.",
        # a typing slip (g beside h) that a final g/k alternation happens to reach
        "Kebakaran itu telag menghanguskan puluhan lapak pedagang.",
    ],
)
def test_no_adaptation_for_regional_words_and_slips(text: str) -> None:
    assert _adapt(text) == []


def test_native_variant_says_kbbi_not_loan_rule() -> None:
    [(word, sugg, message)] = _adapt("Petani cengkeh di desa itu mengeluhkan harga.")
    assert (word, sugg) == ("cengkeh", ["cengkih"])
    assert "KBBI" in message and "penyerapan" not in message


def test_loan_patterns_keep_the_loan_rule_message() -> None:
    found = _adapt("Warga mengeluhkan kwalitet air bersih di kampung itu.")
    assert found and "penyerapan" in found[0][2]


def test_schwa_spelling_still_reported() -> None:
    # the dropped schwa is a spelling convention, not a typing slip of kan
    assert [w for w, _, _ in _adapt("Petugas menutup kran air di lokasi itu.")] == ["kran"]


def test_house_list_is_read_with_morphology() -> None:
    from newslint.checks._helpers import accepted_forms
    from newslint.config import Config

    forms = accepted_forms(frozenset(["dompeng", "tipat"]))
    assert {"dompengnya", "tipatnya", "penambangan"} & forms == {"dompengnya", "tipatnya"}
    cfg = Config()
    cfg.accept = ["simental"]
    text = "Peternak itu menjual sapi simentalnya ke pasar hewan."
    assert [f.text for f in check_text(text, config=cfg, layout="fragment", select=["typo/word"])] == []


@pytest.mark.parametrize(
    "text",
    [
        "Perusahaan itu disebut seabgai pemasok terbesar bahan bakar ke daerah.",
        "Kuliah arsitektur ditempuh dalam 11 semestre (reguler) sampai lulus.",
    ],
)
def test_clear_slips_beside_gloss_cues_still_reported(text: str) -> None:
    assert len(_found(text, "typo/word")) == 1


def test_regional_word_two_vowels_from_an_unused_root_is_quiet() -> None:
    text = "Para penambang memakai mesin dompeng di tepi sungai itu."
    assert _adapt(text) == []


def test_double_vowel_at_a_suffix_is_a_derivation() -> None:
    # buka + -an: the two vowels meet at the suffix, no Dutch spelling
    assert _adapt("Warga yang tinggal di depan bukaan kawah diminta mengungsi.") == []


def test_italicised_term_is_quiet() -> None:
    assert _found("Penambang memakai mesin *dompeng* di sungai itu.", "typo/word") == []


def test_word_cut_off_at_the_end_of_an_excerpt_is_quiet() -> None:
    text = "Panen raya berlangsung di beberapa kabupaten di Jawa, seperti kabupate"
    assert _found(text, "typo/word") == []
    # the same slip with the sentence closed is reported
    assert [t for t, _ in _found(text + " Brebes.", "typo/word")] == ["kabupate"]


def test_kan_for_an_is_another_suffix_not_a_slip() -> None:
    assert corrections("dikebumikan") == ()
    assert "kenaikan" in corrections("kenaikkan")  # the doubled k is the slip


def test_a_moved_letter_reaches_a_rarer_standard_word() -> None:
    # metathesis keeps every letter: mahsyur is masyhur with the h heard before the sy
    assert corrections("mahsyur")[:1] == ("masyhur",)
    assert _found("Ulama yang mahsyur itu datang ke pesantren kami.", "typo/word") == [("mahsyur", ["masyhur"])]


def test_loan_spelling_keeps_its_rule_when_the_slip_reading_is_a_rare_word() -> None:
    # insap is one key from inap, but inap is no everyday word: the Arabic f read as p is the better account
    assert _found("Pelaku akhirnya insap atas perbuatannya.", "spelling/loanword-adaptation") == [("insap", ["insaf"])]
    # telag is one key from telah, a word typed all the time: typo/word's, not a loan rule's
    assert _found("Warga telag menunggu sejak pagi di balai desa.", "spelling/loanword-adaptation") == []
