"""Issue 12, rate16: the classes of spelling false alarms judged on the dev corpus and fresh15, each with a
draft of our own, and the real errors next to them that must still be reported."""

from __future__ import annotations

from newslint.api import check_text
from newslint.checks._helpers import annya_form
from newslint.checks.spelling_adaptation import verdict
from newslint.checks.typo_word import _english_adaptation, clipped_loan_verb, corrections
from newslint.lang import get_lexicon
from newslint.lang.register import spoken_variant


def _found(text: str, rule: str) -> list[str]:
    return [f.text for f in check_text(text, select=[rule])]


# --- spelling/compound-apart: two English words are an English phrase ------------------------------------
def test_english_words_hunspell_also_lists_are_english() -> None:
    lex = get_lexicon()
    assert lex.english_root("master") and lex.english_root("plan")
    assert not lex.english_root("duka") and not lex.english_root("cita")


def test_an_english_pair_is_not_joined_but_a_fused_compound_is() -> None:
    assert _found("Pemerintah memaparkan master plan kawasan itu.", "spelling/compound-apart") == []
    assert _found("Keluarga menerima ucapan duka cita dari warga.", "spelling/compound-apart") == ["duka cita"]


# --- spelling/colloquial-form: a rite's name after a noun naming a rite ------------------------------------
def test_a_rites_name_is_left_alone_wherever_the_draft_uses_it() -> None:
    text = (
        "Keluarga itu menggelar acara ngunduh mantu di rumah mempelai pria. Tamu datang untuk ngunduh mantu "
        "itu sejak pagi.\n"
    )
    assert _found(text, "spelling/colloquial-form") == []


def test_a_bare_nasal_verb_in_the_narration_is_still_reported() -> None:
    assert _found("Petugas itu nulis laporan di pos jaga.", "spelling/colloquial-form") == ["nulis"]


# --- written texts quoted word for word ----------------------------------------------------------------
def test_a_quoted_post_keeps_its_authors_spelling() -> None:
    text = '"Warga diminta ikut himbauan itu apapun alasannya," tulis akun tersebut di Instagram.\n'
    assert _found(text, "spelling/nonstandard-word") == []
    assert _found(text, "spelling/particle-pun") == []


def test_a_block_announced_as_a_post_keeps_its_spelling_until_a_heading() -> None:
    text = (
        "Berikut narasi yang dibagikan:\n\nDaftar sekarang, gratis tanpa biaya apapun!\n\n"
        "Hasil penelusuran\n\nPanitia tidak memungut biaya apapun dari peserta.\n"
    )
    found = check_text(text, select=["spelling/particle-pun"])
    assert len(found) == 1 and found[0].start > text.index("Hasil penelusuran")


def test_speech_is_still_the_reporters_spelling() -> None:
    text = '"Kami sudah menyampaikan himbauan itu kepada warga," kata kepala desa.\n'
    assert _found(text, "spelling/nonstandard-word") == ["himbauan"]


def test_a_repeat_inside_a_quoted_book_or_a_cited_term_is_verbatim() -> None:
    assert _found('"Anak itu disebut tolak tolak oleh warga," bunyi naskah kuno itu.\n', "typo/repeated-word") == []
    assert _found("Warga menyebut ritual itu 'tolak tolak' sejak dulu.\n", "typo/repeated-word") == []
    assert _found("Petugas memeriksa yang yang datang.\n", "typo/repeated-word") == ["yang yang"]


# --- spelling/reduplication-digit: a numbered list whose line breaks were lost ------------------------------
def test_item_two_of_a_run_together_list_is_no_reduplication() -> None:
    text = "Daftarnya: 1. Kota Solo Rp 3 miliar2. Kota Bogor Rp 2 miliar3. Kota Depok Rp 1 miliar.\n"
    assert _found(text, "spelling/reduplication-digit") == []
    assert _found("Orang tua mengawasi anak2 mereka.\n", "spelling/reduplication-digit") == ["anak2"]


# --- spelling/bound-morpheme: an English term after non- ------------------------------------------------
def test_an_english_term_after_non_is_no_bound_form() -> None:
    assert _found("Transaksi non-delivery forward itu dipantau.\n", "spelling/bound-morpheme") == []
    assert _found("Status non-aktif pejabat itu dicabut.\n", "spelling/bound-morpheme") == ["non-aktif"]


# --- spelling/nonstandard-word: sangsi "doubtful" after a word of degree ----------------------------------
def test_sangsi_doubtful_is_left_alone_and_sangsi_for_sanksi_reported() -> None:
    text = "Panitia masih sangsi jadwal itu terpenuhi. Perusahaan itu diberi sangsi tegas.\n"
    found = check_text(text, select=["spelling/nonstandard-word"])
    assert [f.text for f in found] == ["sangsi"] and found[0].start > text.index("diberi")


# --- register: a spoken variant in colloquial speech, typo/word's listed-variant path ------------------------
def test_f_for_p_is_a_spoken_variant() -> None:
    assert spoken_variant("nafas", "napas") and spoken_variant("bernafas", "bernapas")
    assert not spoken_variant("aktifitas", "aktivitas")


def test_a_listed_variant_in_colloquial_speech_is_the_speakers() -> None:
    assert _found('"Saya nggak bisa bernafas di ruangan itu," ujarnya.\n', "typo/word") == []
    assert _found("Korban sulit bernafas setelah kejadian itu.\n", "typo/word") == ["bernafas"]


# --- typo/word: regular adaptations of English words, clipped loan verbs, affixed reduplication ---------------
def test_regular_adaptations_of_english_words_are_loans_not_slips() -> None:
    assert _english_adaptation("graduasi") and _english_adaptation("optimisasi")
    assert corrections("graduasi") == () and corrections("optimisasi") == ()
    assert corrections("imformasi")[:1] == ("informasi",)  # a slip lands on no English word


def test_a_verb_on_a_clipped_loan_stem_takes_the_whole_loan() -> None:
    assert clipped_loan_verb("mengeksplor") == "mengeksplorasi"
    assert clipped_loan_verb("dikonfirm") == "dikonfirmasi"
    assert corrections("mengeksplor")[0] == "mengeksplorasi"
    assert clipped_loan_verb("mengekspor") is None


def test_the_second_half_of_an_affixed_reduplication_is_no_slip() -> None:
    assert _found("Ada pihak yang sengaja memanas-manasi keadaan.\n", "typo/word") == []
    assert _found("Forum ekonomi-politk itu digelar kemarin.\n", "typo/word") == ["politk"]


def test_the_n_of_an_before_nya_typed_once() -> None:
    assert annya_form("pekerjaanya") == "pekerjaannya"
    assert corrections("kenyataanya")[0] == "kenyataannya"
    assert verdict("pekerjaanya") == ((), "")  # no loan's doubled vowel: typo/word's slip


# --- names in a name's slot ------------------------------------------------------------------------------
def test_an_island_is_not_corrected_to_a_foreign_city() -> None:
    assert _found("Kapal itu berlayar dari Ambon menuju Pulau Manipa pagi tadi.\n", "typo/entity") == []


def test_a_name_in_a_list_of_places_but_not_a_units_head() -> None:
    text = "Pencurian terjadi di dua tempat berbeda, yakni di Dawarblandong dan Pungging. Sapi hilang malam itu.\n"
    assert _found(text, "typo/word") == []
    assert _found("Warga tinggal di Sukorejo, Kacamatan Parengan, sejak lama.\n", "typo/word") == ["Kacamatan"]


# --- spelling/suffix-kan-after-k: a listed peN-/per-...-an derivation --------------------------------------
def test_perombakan_is_its_own_word() -> None:
    assert _found("Pelatih melakukan perombakan susunan pemain.\n", "spelling/suffix-kan-after-k") == []
    assert _found("Harga tiket dinaikan mulai pekan depan.\n", "spelling/suffix-kan-after-k") == ["dinaikan"]


# --- spelling/loanword-adaptation: names, English phrases, typing slips -------------------------------------
def test_loanword_rule_leaves_names_english_heads_and_key_slips() -> None:
    rule = "spelling/loanword-adaptation"
    assert _found("Ependi, petugas palang pintu, melihat mobil itu melaju.\n", rule) == []
    assert _found("Pipa single point mooring milik perusahaan itu bocor.\n", rule) == []
    assert verdict("tengan") == ((), "")  # tengah, one key away, as common as the vowel's tangan
    assert verdict("penen")[0][:1] == ("panen",)  # no key slip reaches a word: the vowel stands


def test_the_g_of_ng_is_dropped_as_easily_as_a_closing_h() -> None:
    assert corrections("dipasan")[0] == "dipasang"
    assert corrections("mengunsi")[0] == "mengungsi"


def test_affixes_on_a_fragment_are_no_reading_to_see_through() -> None:
    assert verdict("menta") == ((), "")  # meN- + ta: typo/word's mentah, not the vowel's minta
    assert corrections("menta")[0] == "mentah"
