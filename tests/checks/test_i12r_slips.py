"""Issue 12 (s7 classes): slips inside reduplications, short words, acronym slips, prefix slips, and the
other misses the s7 blind set exposed.  Drafts are our own sentences."""

import pytest

from newslint.api import check_text
from newslint.checks.typo_acronym import acronym_slip
from newslint.checks.typo_redup import redup_correction
from newslint.checks.typo_word import corrections, initial_corrections, prefix_slips, short_word_slips
from newslint.lang.morph import passive_join_candidate


def _ids(text: str, rule: str) -> list[tuple[str, list[str]]]:
    return [(f.text, f.suggestions) for f in check_text(text, layout="fragment", select=[rule])]


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("pikir-pilir", "pikir-pikir"),  # second half, neighbouring key
        ("pikri-pikir", "pikir-pikir"),  # first half, swapped letters
        ("berhati-hari", "berhati-hati"),  # affixed reduplication, the slipped half is a word itself
        ("bethati-hati", "berhati-hati"),  # a slip in the prefix of the first half
        ("ragu-tagu", "ragu-ragu"),  # first consonant, towards a common word; tagu is no word
        ("sebaik-baikmya", "sebaik-baiknya"),  # the clitic slipped
        ("kata-kat", "kata-kata"),  # a dropped letter
        ("kupu-kupi", "kupu-kupu"),  # a vowel key, towards a listed full reduplication
        ("masing-masig", "masing-masing"),
    ],
)
def test_reduplication_slips(typo: str, meant: str) -> None:
    assert redup_correction(typo) == meant


@pytest.mark.parametrize(
    "word",
    [
        # dwilingga salin suara: vowel and first-consonant changes are standard
        "sayur-mayur",
        "bolak-balik",
        "warna-warni",
        "gerak-gerik",
        "compang-camping",
        "lauk-pauk",
        "ramah-tamah",
        "mondar-mandir",
        "tunggang-langgang",
        "sorak-sorai",
        "lika-liku",
        "siswa-siswi",
        "putra-putri",
        "super-duper",
        # affixed and suffixed reduplications the analyser reads otherwise
        "besar-besaran",
        "tari-tarian",
        "sayur-sayuran",
        "sebaik-baiknya",
        "tolong-menolong",
        # compounds of two words
        "jual-beli",
        "kanan-kiri",
        "pulang-pergi",
    ],
)
def test_reduplications_left_alone(word: str) -> None:
    assert redup_correction(word) is None


def test_reduplication_rule_in_context() -> None:
    assert _ids("Jaksa masih pikir-pilir atas putusan itu.", "typo/reduplication") == [("pikir-pilir", ["pikir-pikir"])]
    # sentence-initial capital kept in the suggestion
    assert _ids("Berhati-hari saat melintas di jalan itu.", "typo/reduplication") == [
        ("Berhati-hari", ["Berhati-hati"])
    ]
    # written three times: deliberate
    assert _ids("Kata-kat itu. Kata-kat lagi. Lalu kata-kat.", "typo/reduplication") == []


def test_acronym_slip_candidates() -> None:
    assert acronym_slip("OKJ") == ("ojk", "swap")
    assert acronym_slip("BMKH") == ("bmkg", "key")
    # one letter after the first typed twice; a doubled first letter is a body's own prefix (Balai Besar)
    assert acronym_slip("KONNI") == ("koni", "double")
    assert acronym_slip("BBMKG") is None
    assert acronym_slip("OJK") is None  # listed
    assert acronym_slip("KPM") == ("kpk", "key")  # a candidate; the rule asks the draft for evidence
    assert acronym_slip("Okj") is None  # not upper case


def test_acronym_rule_needs_evidence_for_three_letters() -> None:
    spelt = "Otoritas Jasa Keuangan mencabut izin bank itu. OKJ menyatakan nasabah aman."
    assert _ids(spelt, "typo/acronym") == [("OKJ", ["OJK"])]
    used = "OJK mencabut izin bank itu. Menurut OKJ, nasabah aman."
    assert _ids(used, "typo/acronym") == [("OKJ", ["OJK"])]
    # no evidence: a three-letter short form is left alone (KPM, keluarga penerima manfaat)
    assert _ids("OKJ menyatakan nasabah aman.", "typo/acronym") == []
    assert _ids("Bantuan itu diterima 300 KPM di desa itu.", "typo/acronym") == []
    # four letters, a neighbouring key towards a well-known short form
    assert _ids("BMKH menyatakan gempa tidak berpotensi tsunami.", "typo/acronym") == [("BMKH", ["BMKG"])]
    # the draft spells out its own expansion: a body of its own
    assert _ids("Organisasi Kepemudaan Jaya (OKJ) bertemu OJK.", "typo/acronym") == []
    # a swap in a four-letter form is typo/entity's finding
    assert _ids("BKMG menyatakan gempa tidak berpotensi tsunami.", "typo/acronym") == []


def test_short_words() -> None:
    assert short_word_slips("kopr") == ("koper",)  # a dropped vowel before an illegal final cluster
    assert "minyak" in corrections("minya")  # mi + -nya is a slip's accident
    assert corrections("keberdaannya") == ("keberadaannya",)


def test_prefix_slips() -> None:
    assert prefix_slips("tetlindas") == ["terlindas"]
    assert prefix_slips("bwrjalan") == ["berjalan"]
    assert prefix_slips("dikurangi") == []  # a word the analyser derives is never questioned
    assert corrections("tetlindas") == ("terlindas",)


def test_two_slips_that_leave_an_unpronounceable_cluster() -> None:
    assert corrections("pemsntauam") == ("pemantauan",)
    assert corrections("menyakurksn") == ("menyalurkan",)
    assert corrections("memitigasi") == ()  # no cluster: a derivation of a word the lexicon lacks


def test_first_key_of_a_long_sentence_initial_word() -> None:
    assert initial_corrections("Hetaran") == ("Getaran",)
    assert initial_corrections("Fandi") == ()  # short: a name as often


def test_field_noun_pe_an_is_not_per_an() -> None:
    text = "Kepala Badan Pelindungan Pekerja Migran Indonesia hadir."
    assert _ids(text, "typo/word") == []
    assert _ids("Kepala Dinas Pertanain hadir.", "typo/word") == [("Pertanain", ["Pertanian"])]


def test_split_per_verb() -> None:
    assert passive_join_candidate("perpanjang") == "diperpanjang"
    assert passive_join_candidate("perut") is None
    assert _ids("Status itu di perpanjang sepekan.", "spelling/di-prefix-split") == [
        ("di perpanjang", ["diperpanjang"])
    ]


def test_initial_h_on_an_unranked_derivation() -> None:
    # the h-less derivation is no web form (embusan); either spelling rule may own the pair (the word list of
    # spelling/nonstandard-word, or the h- pattern of spelling/loanword-adaptation)
    rules = ["spelling/loanword-adaptation", "spelling/nonstandard-word"]

    def found(text: str) -> list[tuple[str, list[str]]]:
        return [(f.text, f.suggestions) for f in check_text(text, layout="fragment", select=rules)]

    assert found("Warga merasakan hembusan angin kencang.") == [("hembusan", ["embusan"])]
    # at the start of a sentence too, when the h-less word is a derivation (names are none)
    assert found("Hembusan angin merobohkan pohon.") == [("Hembusan", ["Embusan"])]
    assert found("Hadi menjelaskan rencana itu.") == []


def test_org_name_word_slip() -> None:
    found = _ids("Kasasi itu ditolak Mahakamah Agung pekan lalu.", "typo/entity")
    assert found == [("Mahakamah Agung", ["Mahkamah Agung"])]


def test_four_letter_drops_and_swaps() -> None:
    assert short_word_slips("ikim") == ("iklim",)  # a dropped letter towards one common word
    assert short_word_slips("uajr") == ("ujar",)  # a swap towards a rarer word than a wrong key may reach
    assert short_word_slips("laam") == ()  # alam or lama: two candidates, no finding
    assert short_word_slips("hamd") == ()  # Arabic (wa lillaahil hamd): nothing common one letter away


def test_short_sentence_initial_slip_of_a_word_written_elsewhere() -> None:
    text = "Rapst paripurna digelar Selasa. Pimpinan rapat menunda pengesahan."
    assert _ids(text, "typo/word") == [("Rapst", ["Rapat"])]
    # the intended word is not written elsewhere: a short name as often
    assert _ids("Rapst paripurna digelar Selasa.", "typo/word") == []
    assert _ids("Budhi juga hadir. Ia datang pagi.", "typo/word") == []
    # a small foreign town the web never writes is no name evidence (Rapar is one in the gazetteer)
    text = "Rapar paripurna digelar Selasa. Pimpinan rapat menunda pengesahan."
    assert _ids(text, "typo/word") == [("Rapar", ["Rapat"])]


def test_c_kept_after_men() -> None:
    found = _ids("Siswa menyontoh jawaban temannya lalu menyicil utang.", "spelling/loanword-adaptation")
    assert found == [("menyontoh", ["mencontoh"]), ("menyicil", ["mencicil"])]
    # an s base the c form does not beat: menyurati (surat), menyarankan (saran)
    assert _ids("Warga menyurati bupati dan menyarankannya.", "spelling/loanword-adaptation") == []


def test_reduplication_reading_keeps_typed_letters() -> None:
    assert redup_correction("perusahaan-perusahaaan") == "perusahaan-perusahaan"  # a doubled letter goes
    assert redup_correction("sealam-dalamnya") == "sedalam-dalamnya"  # a typed d is kept
