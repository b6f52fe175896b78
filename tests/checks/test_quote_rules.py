"""quote/* rules: apostrophe traps, nesting, glosses, the multi-paragraph convention."""

from __future__ import annotations

import pytest

from newslint.api import check_text
from newslint.config import Config


def _rules(
    text: str, prefix: str = "quote/", layout: str = "fragment", config: Config | None = None
) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(text, layout=layout, config=config) if f.rule.startswith(prefix)]


@pytest.mark.parametrize(
    "text",
    [
        "Pengajian digelar setiap Jum'at malam di masjid kampung.",
        "Wakil Presiden Ma'ruf Amin membuka acara itu.",
        "Santri menghafal Qur'an sejak usia dini.",
        "Mereka bermain di Children's Park, Singapura.",
        "Band itu memainkan rock 'n' roll sepanjang malam.",
        "Ia lahir pada '90-an di Medan.",
    ],
)
def test_apostrophes_are_not_quotation_marks(text):
    assert _rules(text) == []


def test_nested_single_marks_are_fine():
    assert _rules("\"Dia bilang, 'saya tidak tahu apa-apa',\" kata saksi itu.") == []


def test_multi_paragraph_quote_convention():
    text = (
        'Kapolres Hendra Wijaya mengatakan, "Kami sudah memeriksa dua belas saksi.\n\n'
        '"Berkas perkara akan kami limpahkan pekan depan," ujarnya.'
    )
    assert _rules(text) == []


def test_unclosed_quote_without_continuation():
    text = '"Kami sudah memeriksa dua belas saksi, kata Kapolres.\n\nPolisi juga menyita dua ponsel.'
    assert ("quote/unbalanced", '"') in _rules(text)


def test_curly_opener_closed_with_straight_mark():
    text = '“Kami siap bekerja sama," kata Direktur Utama Andi Wirawan.'
    found = [f for f in check_text(text, layout="fragment") if f.rule == "quote/unbalanced"]
    assert len(found) == 1 and "jenis lain" in found[0].message


def test_gloss_after_foreign_word_and_acronym_expansion():
    assert _rules("Pemerintah menolak istilah lockdown 'karantina wilayah' sejak awal.") == []
    assert _rules("Timor adalah kepanjangan dari 'Teknologi Industri Mobil Rakyat'.") == []


def test_single_quote_terms_house_switch():
    cfg = Config()
    cfg.house["single_quotes_for_terms"] = True
    assert _rules("Warga menyebut jalan itu 'jalur tengkorak' sejak lama.", config=cfg) == []
    assert _rules("Warga menyebut jalan itu 'jalur tengkorak' sejak lama.") == [
        ("quote/single-quote-misuse", "'jalur tengkorak'")
    ]


def test_headline_single_marks_are_house_style():
    text = "Jokowi Sebut 'Kerja Nyata' Kunci\n\nJakarta - Presiden berbicara di depan mahasiswa, kata ajudannya."
    assert ("quote/single-quote-misuse", "'Kerja Nyata'") not in _rules(text, layout="news")


def test_punctuation_placement_woven_fragment_and_title():
    assert _rules('Ia menyebut kebijakan itu "tidak masuk akal".') == []
    assert _rules('Pameran itu berjudul "Listrik Sahabat Petani".') == []
    assert ("quote/punctuation-placement", '",') in _rules('"Kami sudah menahan tersangka", kata Kapolres.')


def test_unattributed_quote_slogans_and_crossheads():
    slogan = 'Massa membentangkan spanduk di depan gedung dewan.\n\n"Tolak Tambang, Selamatkan Sungai!"'
    assert _rules(slogan) == []
    crosshead = (
        "Rapat berlangsung tertutup hingga malam.\n\n"
        "Tanggapan Ketua Komisi Rina Astuti\n\n"
        '"Semua dokumen sudah kami serahkan kepada penyidik dan kami menunggu hasilnya."'
    )
    assert _rules(crosshead) == []


def test_unattributed_quote_is_silent_in_an_opinion_column():
    column = (
        "Opini: Sungai yang Kita Lupakan\n\n"
        "Setiap musim hujan, kita mengulang cerita yang sama.\n\n"
        '"Air datang lebih cepat dari perkiraan siapa pun di kampung kami."\n\n'
        "Kalimat itu bisa diucapkan siapa saja di bantaran sungai kota ini."
    )
    assert [r for r, _ in _rules(column, layout="news") if r == "quote/unattributed"] == []


def test_unattributed_quote_is_on_by_default_as_info():
    # on by default as info: on unseen text it was judged 2/5 (fresh15 + fresh16, see the rule's measured
    # field), below the 85 % a warning needs, however well it does on the text it was tuned on
    text = 'Rapat berlangsung tertutup.\n\n"Semua dokumen sudah kami serahkan kepada penyidik."'
    found = [f for f in check_text(text, layout="fragment") if f.rule == "quote/unattributed"]
    assert [f.severity.value for f in found] == ["info"]


# --- ”…” stories, speakers across paragraphs, one finding per mark fault (drafts of our own) ---------
def _all(text: str) -> list[tuple[str, str]]:
    from newslint.api import make_linter, parse

    lin = make_linter(select=["quote"])
    return [(f.rule, f.text) for f in lin.lint(parse(text, layout="fragment")).findings]


KOMPAS_STYLE = (
    "Banjir merendam tiga desa di Kabupaten Demak sejak Senin.\n\n"
    "Warga mengungsi ke balai desa. ”Air naik cepat sekali. Kami hanya sempat membawa surat-surat,” "
    "kata Ketua RT 03 Sumarni.\n\n"
    "”Bantuan makanan baru datang sore hari,” ujarnya."
)


def test_consistent_right_mark_style_is_neither_mixed_nor_unbalanced_nor_unattributed():
    assert _all(KOMPAS_STYLE) == []


def test_unattributed_quote_in_right_mark_style():
    text = "Banjir merendam tiga desa di Kabupaten Demak.\n\n”Semua jalan menuju pasar sudah tertutup lumpur.”"
    assert _all(text) == [("quote/unattributed", "”Semua jalan menuju pasar sudah tertutup lumpur.”")]


def test_quote_paragraph_after_its_speakers_paragraph_is_attributed():
    text = (
        "Kepala Desa Mulyono memastikan tanggul akan diperbaiki pekan ini.\n\n"
        "”Material sudah kami pesan dan pekerja siap.”\n\n"
        "”Kami minta warga bersabar sampai air surut.”"
    )
    assert _all(text) == []


def test_removing_the_tag_makes_the_quote_unattributed():
    tagged = 'Banjir merendam tiga desa.\n\n"Semua jalan sudah tertutup lumpur," kata Sumarni.'
    untagged = 'Banjir merendam tiga desa.\n\n"Semua jalan sudah tertutup lumpur."'
    assert _all(tagged) == []
    assert [r for r, _ in _all(untagged)] == ["quote/unattributed"]


def test_titles_and_terms_in_marks_are_not_statements():
    text = "Diskusi bertema ”Pangan dan Iklim di Pesisir Utara Jawa” digelar di Semarang pada Kamis."
    assert _all(text) == []


def test_mismatched_pair_is_one_finding_of_unbalanced_only():
    text = '"Kami siap," kata Budi. "Kami juga," kata Ani. “Besok kita mulai," ujar Dedi.'
    assert _all(text) == [("quote/unbalanced", "“")]


def test_mixed_styles_are_reported():
    text = '"Kami siap," kata Budi. "Kami juga," kata Ani. ”Besok kita mulai,” ujar Dedi.'
    assert [r for r, _ in _all(text)] == ["quote/mixed-marks"]


# --- quote/unattributed: false-alarm classes judged on published text, as classes (drafts of our own) ---
def _unattributed(text: str) -> list[str]:
    return [t for r, t in _all(text) if r == "quote/unattributed"]


_LEAD = "Warga Desa Sukamaju mulai resah.\n\n"
_SAID = '"Kami menolak relokasi pasar tanpa musyawarah dengan para pedagang."'


@pytest.mark.parametrize(
    "credit",
    [
        # a message, post or letter quoted first and credited in the next sentence
        " Pesan itu dikirim ke grup WhatsApp warga oleh seorang pengurus paguyuban.",
        " Pesan itu dikirim Darsono kepada wartawan, Senin malam.",
        " Demikian bunyi pesan Darsono kepada petugas posko.",
        " Begitu isi surat yang dikirim paguyuban pedagang kepada bupati.",
        " Itulah pesan terakhir Darsono sebelum rapat ditutup.",
        " Kata-kata itu diucapkan Darsono di depan kantor bupati.",
        " Unggahan tersebut disertai foto spanduk penolakan.",
        " Tulisan itu diunggah akun Instagram milik Rina Wulandari.",
        " Spanduk itu dibentangkan di depan kantor bupati.",
        " Bunyi Pasal 5 ayat 1 Peraturan Daerah Nomor 3 Tahun 2024.",
        "\n\nHal itu disampaikan Darsono melalui pesan singkat kepada wartawan.",
        "\n\nSurat itu ditandatangani Ketua Paguyuban Pedagang Pasar Baru, Darsono.",
    ],
)
def test_quote_credited_by_the_sentence_after_it(credit):
    assert _unattributed(_LEAD + _SAID + credit) == []


@pytest.mark.parametrize(
    "after",
    [
        " Hal itu membuat warga resah.",  # a generic pointer that names nobody
        " Begitu tiba di lokasi, petugas langsung memeriksa pipa.",  # 'begitu' = as soon as
        " Demikian pula dengan warga desa lain.",
        " Itu sebabnya warga berunjuk rasa.",
        " Seperti biasa, warga berkumpul di balai desa.",
    ],
)
def test_a_sentence_after_the_quote_that_credits_nobody_keeps_the_finding(after):
    assert _unattributed(_LEAD + _SAID + after) == [_SAID]


@pytest.mark.parametrize(
    "quote",
    [
        # the tag typed inside the closing mark
        "“Sudah sebulan harga cabai anjlok. Saat panen raya harga selalu turun, ungkap Retnowati,” petani di Muncar.",
        "“Sudah sebulan harga cabai anjlok, kata Retnowati.”",
        "“Sudah sebulan harga cabai anjlok, ujarnya.”",
        "“Sudah sebulan harga cabai anjlok. Demikian kata Retnowati.”",
        "“Sudah sebulan harga cabai anjlok, jelas Ketua Kelompok Tani Sumber Rejeki Retnowati kepada wartawan.”",
        # a closing mark with its tag and no opening mark: no quotation to report
        "Sudah sebulan harga cabai anjlok dan kami rugi besar,” ungkap Retnowati.",
    ],
)
def test_tag_trapped_inside_the_marks_attributes_the_quote(quote):
    assert _unattributed("Harga cabai turun di tingkat petani.\n\n" + quote) == []


def test_trapped_tag_needs_a_speaker():
    text = "Harga cabai turun di tingkat petani.\n\n“Sudah sebulan harga cabai anjlok, jelas sekali.”"
    assert _unattributed(text) == ["“Sudah sebulan harga cabai anjlok, jelas sekali.”"]


@pytest.mark.parametrize(
    "text",
    [
        # an interview transcript after its introduction: questions and answers in marks
        "Bupati Darsono menjawab pertanyaan wartawan.\n\nBerikut petikan wawancaranya:\n\n"
        '"Kapan relokasi dimulai?"\n\n"Kami mulai bulan depan setelah semua pedagang didata."',
        # a document announced in the paragraph before
        "Aturan baru berlaku bulan depan. Surat edaran bupati itu memuat sejumlah larangan.\n\n"
        '"Setiap pedagang wajib memiliki izin usaha yang diterbitkan pemerintah daerah."',
        'Surat itu dibacakan di depan warga. Berikut isinya.\n\n"Kami mohon Bapak Bupati meninjau ulang rencana itu."',
        # song lyrics: not speech
        "Lagu itu menjadi lagu wajib di sekolah. Penggalan liriknya mudah diingat.\n\n"
        '"Di timur matahari mulai bercahaya, bangun dan berdiri kawan semua."',
        "Lagu itu menjadi lagu wajib di sekolah.\n\n"
        '"Di timur matahari mulai bercahaya, bangun dan berdiri kawan semua."\n\nLirik tersebut ditulis pada 1930-an.',
    ],
)
def test_introduced_texts_transcripts_and_lyrics_are_not_unattributed(text):
    assert _unattributed(text) == []


@pytest.mark.parametrize(
    "before",
    [
        "Pelaku dijerat Pasal 340 KUHP tentang pembunuhan berencana.",  # a document named, not announced
        "Polisi menyita dokumen kendaraan milik pelaku pada hari berikutnya.",
    ],
)
def test_a_document_merely_named_before_does_not_attribute_the_quote(before):
    quote = '"Kami sudah memeriksa dua belas saksi dan mengamankan barang bukti."'
    assert _unattributed(f"{before}\n\n{quote}") == [quote]


def test_a_run_of_untagged_quote_paragraphs_after_a_narrative_paragraph_is_reported():
    text = (
        "Polisi menyita dokumen kendaraan milik pelaku.\n\n"
        '"Kami sudah memeriksa dua belas saksi dan mengamankan barang bukti."\n\n'
        '"Berkas perkara akan kami limpahkan pekan depan."'
    )
    assert len(_unattributed(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a credit line after the closing mark
        _LEAD + '"Hidup adalah perjuangan yang tidak pernah selesai." — Sutan Sjahrir',
        _LEAD + '"Kami sudah tiga hari tidak mendapat air bersih dari PDAM." (Budi, 45, warga Sukamaju)',
        # a text announced by the sentence before it in its paragraph, or signs named in the paragraph before
        _LEAD + 'Surat tersebut ditujukan kepada Bupati. "Dengan hormat, kami mohon Bapak meninjau ulang rencana itu."',
        _LEAD + 'Surat itu berisi permohonan warga. "Dengan hormat, kami mohon Bapak meninjau ulang rencana itu."',
        'Massa membawa spanduk dan poster.\n\n"Kami butuh lahan untuk bertani, bukan pabrik semen."',
    ],
)
def test_credit_lines_and_announced_texts_are_not_unattributed(text):
    assert _unattributed(text) == []


def test_a_narrative_sentence_before_the_quote_does_not_attribute_it():
    quote = '"Kami sudah tiga hari tidak mendapat air bersih dari PDAM."'
    assert _unattributed(_LEAD + "Hujan turun deras sejak pagi. " + quote) == [quote]


@pytest.mark.parametrize("tag", ["ujar Budi, warga Sukamaju.", "Ujarnya.", "Budi, warga Sukamaju."])
def test_a_tag_split_off_into_the_next_paragraph_attributes_the_quote(tag):
    assert _unattributed(_LEAD + "“Kami sudah tiga hari tidak mendapat air bersih dari PDAM,”\n\n" + tag) == []


def test_a_lost_tag_after_the_comma_is_still_reported():
    quote = "“Kami sudah tiga hari tidak mendapat air bersih dari PDAM,”"
    text = "Ketua RT Budi menjelaskan, warga sudah melapor.\n\n" + quote + "\n\nIa berharap pipa segera diganti."
    assert _unattributed(text) == [quote]


def test_a_speaker_saying_that_in_the_next_sentence_attributes_the_quote():
    said = _LEAD + _SAID + "\n\nKetua Paguyuban Darsono menyampaikan hal tersebut kepada wartawan, Senin (3/2)."
    assert _unattributed(said) == []
    # a paraphrase that does not point back leaves the quote without its speaker
    other = _LEAD + _SAID + "\n\nKetua Paguyuban Darsono mengatakan, pedagang sudah melapor ke DPRD."
    assert _unattributed(other) == [_SAID]


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + '"We will not leave this place until the water is back," he said.',
        _LEAD + "Video berdurasi 30 detik itu viral di media sosial.\n\n"
        '"Tolong, rumah saya terbakar, tolong bantu kami segera!"',
        "Sekolah itu berdiri sejak 1950. Semboyan sekolah itu selalu diingat para alumni.\n\n"
        '"Bersatu kita teguh, bercerai kita runtuh, begitulah kami diajari."',
    ],
)
def test_english_tags_recordings_and_mottos_are_not_unattributed(text):
    assert _unattributed(text) == []


@pytest.mark.parametrize(
    "before",
    [
        "Polisi menyita dua bungkus plastik berisi sabu.",  # a container's 'berisi', not a text's
        "Terlihat dalam video tersebut pelaku mengejar korban.",  # a recording as evidence, not as speaker
        "Penipuan kerap dikirim melalui pesan singkat.",  # a message as a topic
    ],
)
def test_words_of_texts_used_otherwise_do_not_attribute_the_quote(before):
    quote = '"Kami sudah memeriksa dua belas saksi dan mengamankan barang bukti."'
    assert _unattributed(f"{before}\n\n{quote}") == [quote]


def test_a_pronoun_saying_that_after_the_quote_needs_an_antecedent():
    quote = '"Kasus demam berdarah di kota ini terus menurun setiap pekan."'
    text = f"Kasus demam berdarah menurun.\n\n{quote}\n\nIa menjelaskan hal itu di kantornya, Senin."
    assert _unattributed(text) == [quote]


def test_a_dangling_comma_credited_by_the_next_sentence_is_attributed():
    quote = "“Air sudah masuk ke dapur, tolong kirim perahu secepatnya,”"
    assert _unattributed(_LEAD + quote + "\n\nHal itu disampaikan Sutarno melalui pesan singkat kepada wartawan.") == []


def test_a_line_in_marks_with_no_stop_ending_its_paragraph_is_a_banner_or_title():
    assert _unattributed(_LEAD + '"Kami butuh lahan untuk bertani, bukan pabrik semen"') == []
    # with a stop after the closing mark it reads as speech
    quote = '"Kami butuh lahan untuk bertani, bukan pabrik semen"'
    assert _unattributed(_LEAD + quote + ".") == [quote]


def test_a_post_announced_by_its_owner_in_the_paragraph_before_is_not_unattributed():
    quote = '"Terima kasih untuk semua relawan yang sudah membantu kami hari ini."'
    assert _unattributed(_LEAD + "Rina membagikan momen itu di Instagram.\n\n" + quote) == []
    # a story that only went viral is a topic, not the quote's source
    assert _unattributed(_LEAD + "Kisah itu viral di media sosial.\n\n" + quote) == [quote]


def test_berikut_meaning_together_with_announces_nothing():
    quote = '"Pelaku sudah ditahan, pemasoknya masih dalam pengejaran."'
    text = "Tersangka berikut barang bukti dibawa ke Mapolres.\n\n" + quote
    assert _unattributed(text) == [quote]
    assert _unattributed("Isi surat itu sebagai berikut.\n\n" + quote) == []


def test_a_speech_act_pointed_at_credits_the_quote_only_with_its_speaker():
    assert _unattributed(_LEAD + _SAID + " Harapan itu belum terwujud hingga kini.") == [_SAID]
    assert _unattributed(_LEAD + _SAID + " Keluhan itu disampaikan para pedagang kepada DPRD.") == []
    assert _unattributed(_LEAD + _SAID + " Itulah harapan para pedagang Pasar Baru.") == []


@pytest.mark.parametrize(
    "after",
    [
        " Kira-kira begitu kata Darsono.",
        " Demikian antara lain isi surat paguyuban.",
        " Begitulah cara Darsono menggambarkan sikap pedagang.",
        " Begitulah Darsono menggambarkan sikap pedagang.",
    ],
)
def test_more_tag_sentence_shapes(after):
    assert _unattributed(_LEAD + _SAID + after) == []


def test_begitu_as_soon_as_is_not_a_tag_sentence():
    assert _unattributed(_LEAD + _SAID + " Begitu Darsono tiba, rapat langsung dimulai.") == [_SAID]


def test_a_statement_pointed_at_credits_the_quote_only_with_its_agent():
    assert _unattributed(_LEAD + _SAID + " Pernyataan itu ia sampaikan di depan warga.") == []
    assert _unattributed(_LEAD + _SAID + " Ucapan itu dilontarkan Darsono di depan warga.") == []
    assert _unattributed(_LEAD + _SAID + " Pernyataan itu memicu protes.") == [_SAID]


def test_a_quote_placed_in_a_document_by_the_sentence_after_it_is_sourced():
    rule = '"Setiap pedagang wajib memiliki izin usaha yang diterbitkan pemerintah daerah."'
    assert _unattributed(_LEAD + rule + " Hal itu tertuang dalam Surat Edaran Bupati Nomor 5 Tahun 2024.") == []
    assert _unattributed(_LEAD + rule + " Hal itu membuat pedagang resah.") == [rule]


# --- quote/unattributed, round s8 (issue 13): the speaker is clear from the attribution syntax around the
# quote (drafts of our own, one per judged false-alarm class, each with a true positive beside it) ---
_COMPLAINT = "“Kami sudah tiga kali mengajukan perbaikan, tetapi belum ada jawaban.”"


@pytest.mark.parametrize(
    "text",
    [
        # class 1: the sentence before names the speaker with a frame that is not a speech tag
        "Jalan desa rusak sejak musim hujan. Kondisi itu dikeluhkan oleh Kepala Desa Warsito saat rapat.\n\n"
        + _COMPLAINT,
        "Warsito menaksir, perbaikan jalan itu butuh dana ratusan juta rupiah. Penyidik masih menghitung. "
        + _COMPLAINT,
        "Banyak warga merasakan hal serupa. Seperti yang dialami oleh Sutini (52).\n\n" + _COMPLAINT,
        # a clause or the sentence before frames the quote with a verb of saying or reacting
        "Seorang petugas mendekat, lalu bertanya, “Bapak mau ke mana malam-malam begini?”",
        "Mendengar kabar itu, ia langsung bereaksi, “Wah, kami tidak pernah diberi tahu soal itu.”",
        "Perahu tua di dermaga itu seolah berbisik pelan. “Aku sudah terlalu lama menunggu di sini.”",
        "Warga mulai berdatangan. Seorang ibu memekik histeris, “Tolong, anak saya masih di dalam rumah!”",
        "Ketua RT akhirnya angkat bicara. “Kami sudah melapor ke kelurahan sejak kemarin.”",
        "Harga cabai terus turun. Hal serupa dirasakan Sutini, pedagang sayur.\n\n" + _COMPLAINT,
        # 'Ia pun …' continues the voice tagged just above; the speaker named again before the quote
        '"Kami sudah lapor ke dinas sejak tahun lalu," ujar Sulastri.\n\n'
        "Ia pun mendatangi kantor kecamatan bersama warga lain.\n\n"
        '"Sampai sekarang belum ada petugas yang datang memeriksa."',
        '"Antrean sudah mengular sejak subuh," kata Darmin.\n\n'
        'Karena antrean panjang, Darmin baru mendapat solar sore hari. "Kami terpaksa menginap di dalam truk."',
        # the next sentence of its paragraph opens with the speaker's reporting frame
        "Warga Desa Sukamaju resah.\n\n“Kami takut keluar rumah setiap malam.” Sutini menaksir, pencuri datang "
        "lewat kebun.",
        # class 2: the tag after the closing mark in lower case, or with its subject first
        "Air laut masuk ke permukiman.\n\n“Air masuk ke rumah kami setiap malam,” keluh sulastri.",
        "Polda mendata laporan itu.\n\n“Dua kasus sudah dilimpahkan ke kejaksaan.” Ahmad menandaskan.",
        # a misspelled -nya tag after a comma-closed quote (fresh11, round s8)
        "Polisi menangkap tiga cukong.\n\n“Kami juga sudah menyita dua alat berat di lokasi itu,” pungkanya.",
        # a pronoun tag after the closing mark (fresh11, round s8)
        "Tim SAR menyisir sungai.\n\n“Korban ditemukan tim gabungan lalu dibawa ke rumah duka,” ia menandaskan.",
        # a second quote right after the first one's tag, in the same paragraph: the same voice goes on
        "Kebun Leon terbelah jalan. “Pengembang hanya menyediakan jalan tanah,” ujar laki-laki 48 tahun ini pada "
        "Rabu. “Kalau hujan, jalan itu tidak bisa dilalui kendaraan.”",
        # class 3: a quotation over several paragraphs, credited at its end
        "Jalan desa rusak parah.\n\n“Sudah bertahun-tahun jalan ini tidak pernah diperbaiki. Kami bosan mengeluh."
        "\n\n“Kami minta pemerintah segera turun tangan,” kata salahsatu warga.",
    ],
)
def test_speaker_clear_from_the_attribution_syntax_is_not_unattributed(text):
    assert _unattributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # no speaker before: a frame that names an agent who does not speak, a narrative verb
        "Jalan desa rusak sejak musim hujan. Kondisi itu membuat warga kesulitan.\n\n" + _COMPLAINT,
        "Jalan itu dulu diperbaiki oleh Pemerintah Provinsi.\n\n" + _COMPLAINT,
        "Polisi menangkap dua pelaku di rumahnya.\n\n" + _COMPLAINT,
        "Harga cabai terus turun. Hal itu dirasakan semua pedagang.\n\n" + _COMPLAINT,
        # after the closing mark a new sentence, not a tag
        "Jalan desa rusak sejak musim hujan.\n\n" + _COMPLAINT + " Polisi menangkap pelaku lain.",
        "Jalan desa rusak sejak musim hujan.\n\n" + _COMPLAINT + " Polisi menambah patroli.",
        "Jalan desa rusak sejak musim hujan.\n\n" + _COMPLAINT + " Protes warga berlanjut hingga sore.",
        # a '…,”' whose tag was lost is reported even after a paragraph naming a speaker
        "Kepala Puskesmas Rahmawati menjelaskan, tiga puluh warga dirawat.\n\n"
        "“Dua belas pasien masih dirawat inap hingga hari ini,”",
    ],
)
def test_quote_with_no_speaker_around_it_is_still_reported(text):
    assert len(_unattributed(text)) == 1


def test_multi_paragraph_quote_credited_nowhere_is_reported_once():
    text = (
        "Banjir merendam tiga desa.\n\n“Air naik cepat sekali, kami tidak sempat membawa barang.\n\n"
        "“Semua perabot terendam lumpur dan kami belum bisa pulang.”"
    )
    assert len(_unattributed(text)) == 1


# --- round s9 (issue 13): the false-alarm classes left after round s8, as classes (drafts of our own) ---
@pytest.mark.parametrize(
    "text",
    [
        # a tag whose verb carries mojibake (a soft hyphen decoded as Latin-1) or a bare soft hyphen
        "Bus terguling ke sawah.\n\n“Sopir kehilangan kendali di tikungan,” ka\u00c2ta Kasat Lantas Budi Santoso.",
        "Bus terguling ke sawah.\n\n“Sopir kehilangan kendali di tikungan,” ka\u00c2\u00adta Kasat Lantas Budi.",
        "Bus terguling ke sawah.\n\n“Sopir kehilangan kendali di tikungan,” ung\u00adkap Kasat Lantas Budi.",
        # a tag typed inside the closing mark with no comma before it, first person or -nya
        "Harga beras naik lagi.\n\n“Mungkin ada yang menimbun beras di gudang jawabku”",
        'Harga beras naik lagi.\n\n"Sebagian beras sudah kami kirim ke pasar ujarnya."',
        # the writer in the scene: a column or feature told in the first person singular
        "Pagi itu saya singgah di warung kopi Pak Darto. Ia menuang kopi sambil menggerutu.\n\n"
        "“Harga gula naik terus, untungnya tidak seberapa lagi.”",
        # the paragraph before goes on about the speaker named above by a pronoun after a connective
        "Korban pencurian, Boy Santoso, mengatakan motornya hilang dari halaman rumah.\n\n"
        "Padahal dia sedang duduk di ruang tamu, tak jauh dari motor itu.\n\n"
        '"Motor saya sudah tiga kali diincar maling di rumah ini."',
        # the sentence just before the quote in its paragraph is about one person by a pronoun
        "Lelaki tua itu duduk di bangku peron. Ia menatap papan jadwal. “Kereta ke Solo masih lama, Nak?”",
        # words voiced or shown by a crowd: a chant, a banner unfurled
        "Ratusan buruh berkumpul di alun-alun. Mereka meneriakkan tuntutannya.\n\n“Naikkan upah, hapus kontrak!”",
        "Warga berunjuk rasa di depan kantor bupati. Mereka membentangkan kain putih panjang.\n\n"
        '"Tanah kami bukan untuk tambang. Selamatkan sawah kami."',
    ],
)
def test_speaker_clear_to_the_reader_round_s9(text):
    assert _unattributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a soft hyphen inside a narrative word after the mark is no tag
        "Bus terguling ke sawah.\n\n“Sopir kehilangan kendali di tikungan.” Po\u00c2lisi menutup jalan itu.",
        # a speech word ending the quoted words without -ku/-nya is part of the statement
        "Harga beras naik lagi.\n\n“Kami tidak tahu harus berbuat apa, semua serba sulit untuk kata.”",
        # 'kami' in the writer's words is no first-person writer ('saya'/'aku' is)
        "Warga kami di pesisir kesulitan air bersih.\n\n“Sumur sudah asin sejak bulan lalu dan belum ada bantuan.”",
        # a pronoun in the paragraph before, with no speaker named above it: nobody to continue
        "Banjir merendam tiga dusun.\n\nSeorang nelayan hanyut di sungai. Dia belum ditemukan.\n\n"
        "“Pencarian akan dilanjutkan besok pagi dengan perahu karet.”",
    ],
)
def test_still_unattributed_round_s9(text):
    assert len(_unattributed(text)) == 1


def test_as_read_drops_only_invisible_characters_inside_words():
    from newslint.checks.quote_rules import _as_read, _past_comma

    assert _as_read("” ka\u00c2ta X, ka\u00c2\u00adta, pe\u00adnuh") == "” kata X, kata, penuh"
    assert _as_read("Harga \u00c2 naik") == "Harga \u00c2 naik"
    assert _past_comma('"…", kata X', 3) == 4
    assert _past_comma('"…" kata X', 3) == 3


_HOOK = "Banjir bandang melanda Desa Sukamaju.\n\n“Saya tidak menyangka rumah kami hanyut dibawa air setinggi itu.”"


@pytest.mark.parametrize(
    "after",
    [
        # the next sentence shows the named person saying it, or points back at the quote as their words
        "\n\nSuara Sutini bergetar saat menceritakan kejadian itu.",
        "\n\nSutini (45) tak kuasa menahan tangis ketika ditemui di pengungsian.",
        "\n\nBegitulah keluh Sutini, pedagang sayur di Pasar Baru.",
        "\n\nUcapan itu keluar dari Sutini sambil menunjuk bekas rumahnya.",
        " Suara Sutini bergetar saat menceritakan kejadian itu.",
    ],
)
def test_a_quote_shown_being_said_by_the_next_sentence_is_attributed(after):
    assert _unattributed(_HOOK + after) == []


@pytest.mark.parametrize(
    "after",
    [
        # the next sentence brings another voice, or names a place, not the quote's speaker
        "\n\nHal senada disampaikan Camat Sukamaju, Budi Santoso, ketika ditemui di kantornya.",
        "\n\nSementara itu, Sutini tak kuasa menahan tangis saat menceritakan kejadian itu.",
        "\n\nBegitu juga di Desa Sukamakmur, air merendam puluhan rumah.",
        "\n\nHujan deras turun sejak sore saat warga tidur.",
    ],
)
def test_a_next_sentence_that_shows_no_one_saying_the_quote_keeps_the_finding(after):
    assert len(_unattributed(_HOOK + after)) == 1


# --- round s10 (q15): attribution syntax and quoted texts that are not speech (drafts of our own) ---
@pytest.mark.parametrize(
    "text",
    [
        # a lead-in whose verb opens its sentence: a full stop typed in a title cut the subject off
        'Camat Sukamaju, Drs. Hendra Wijaya, M,Si. Menyampaikan bahwa, "warga tidak dipungut biaya apa pun '
        'untuk sertifikat itu, semuanya gratis".',
        # a tag in the Indonesian order, verb before subject, whatever the verb
        "Jalan desa rusak parah.\n\n“Dari dua ratus meter, baru tiga puluh meter yang kami cor sendiri,” terus "
        "Wagiman lagi.",
        "Warga diimbau waspada.\n\n“Tutup tempat penampungan air dan buang barang bekas.” balas Wagiman singkat.",
        "Jalan desa rusak parah.\n\n“Baru tiga puluh meter yang kami cor sendiri,” terus pria berusia 45 tahun itu.",
        # a lower-case -nya word carrying on the writer's sentence after a quoted sentence
        "Warga diimbau waspada.\n\n“Tutup tempat penampungan air dan buang barang bekas.” pesannya kepada warga.",
        # the answer of a person shown being asked
        "Ketika dikonfirmasi soal tunggakan gaji, Direktur PT Maju Jaya, Hendra, hanya tersenyum.\n\n"
        "“Nanti semuanya kami selesaikan bulan depan.”",
        # in one paragraph, the sentence before the quote has a named person as its subject
        "Fajar Ramadhan menjadi andalan lini tengah musim ini. “Semua pemain ingin menang di laga terakhir.”",
        # a written text that circulates or appears, a text voiced or written in the passive, a document's
        # passive: the quote is that text
        "Pesan berantai beredar di grup warga sejak Senin.\n\n“Harap waspada, ada orang asing yang mengincar "
        "anak-anak.”",
        "Di layar stasiun muncul tulisan berjalan.\n\n“Perjalanan kereta terlambat karena gangguan sinyal.”",
        "Lagu itu dinyanyikan bersama oleh ratusan siswa.\n\n“Angin pagi berbisik di ladang, menyapa petani yang "
        "pulang.”",
        "Dalam surat edaran itu disebutkan jam kerja dikurangi.\n\n“Selama Ramadan, pegawai pulang pukul 14.00.”",
        # a speech event, a message the person sent, speech of a king
        "Bupati Hendra Wijaya memberi sambutan di hadapan warga. Sambutannya disambut tepuk tangan.\n\n"
        "“Jalan ini adalah janji kami kepada warga.”",
        "Darsono mengirim pesan singkat kepada wartawan.\n\n“Maaf, saya sedang rapat dan belum bisa menjawab.”",
        "Sang raja bertitah, “Bukalah lumbung untuk rakyat yang kelaparan.”",
        "Darsono pun angkat suara soal tudingan itu.\n\n“Saya tidak pernah menerima uang dari siapa pun.”",
        # a stance voiced by a named subject set off by commas; a saying announced
        "Kuasa hukum terdakwa, Hendra Wijaya, keberatan dengan tuntutan jaksa.\n\n“Tuntutan ini tidak sesuai "
        "fakta persidangan.”",
        "Ada ungkapan lama di kalangan petani.\n\n“Sawah tidak pernah bohong pada yang merawatnya.”",
        # a paragraph about one person named as its subject, going on by a possessive, or after a time word
        "Pasar sepi.\n\nWagiman sudah dua puluh tahun berjualan cabai di Pasar Baru. Dagangannya kini sepi "
        "pembeli. “Sekarang paling laku dua puluh kilo sehari.”",
        "Pasar sepi.\n\nSetiap hari Wagiman membawa lima puluh kilogram cabai ke pasar. “Sekarang paling laku "
        "dua puluh kilo sehari.”",
        # the speaker named above goes on right after the quote ('X menambahkan'), by name or by a pronoun
        "Kapolres Budi Santoso mengatakan penyidik sudah bekerja.\n\nKasus terbanyak terjadi di wilayah timur."
        "\n\n“Kami sudah memeriksa dua belas saksi.”\n\nBudi menambahkan, berkas segera dilimpahkan.",
        "Kapolres Budi Santoso mengatakan penyidik sudah bekerja.\n\nKasus terbanyak terjadi di wilayah timur."
        "\n\n“Kami sudah memeriksa dua belas saksi.”\n\nIa menambahkan, berkas segera dilimpahkan.",
    ],
)
def test_speaker_clear_to_the_reader_round_s10(text):
    assert _unattributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a comma-closed quote with no tag after a person shown being asked: the comma announced a tag
        "Ketika ditemui, Hendra tampak kelelahan.\n\n“Sudah dua kali rumah kami kebanjiran tahun ini,”",
        # the person before the quote is the patient of a passive: the quote may be the police's
        "Rudi Hartono ditangkap di rumahnya. “Pelaku tidak melawan saat kami tangkap.”",
        # a capitalised sentence after the quote is no tag; an outlet is not the speaker
        "Jalan desa rusak parah.\n\n“Baru tiga puluh meter yang kami cor sendiri.” Akhirnya Wagiman pulang.",
        "Jalan desa rusak parah.\n\n“Baru tiga puluh meter yang kami cor sendiri,” di kutip dari Warta Desa.",
        # a new paragraph after one about a person may bring a new voice
        "Seorang nelayan, Darsono, hilang saat melaut.\n\n“Pencarian kami lanjutkan besok dengan dua perahu.”",
        # the person is in a subordinate clause or the patient of a passive: another voice may follow
        "Pasar sepi.\n\nSaat Wagiman datang, petugas sudah menutup pasar. “Pasar kami tutup sampai pekan depan.”",
        "Pasar sepi.\n\nWagiman ditangkap di rumahnya. Akibatnya warga resah. “Pelaku kami tangkap tanpa perlawanan.”",
        # 'X menambahkan' as X's first appearance: the quote before it is not shown to be X's
        "Kasus terbanyak terjadi di wilayah timur.\n\n“Kami sudah memeriksa dua belas saksi.”\n\nKapolres Budi "
        "Santoso menambahkan, berkas segera dilimpahkan.",
    ],
)
def test_still_unattributed_round_s10(text):
    assert len(_unattributed(text)) == 1


def test_a_stray_mark_before_the_writers_own_sentence_is_no_speech() -> None:
    # an unclosed "quotation" that names its own speaker with a verb of saying at its start is narration
    from newslint.checks.quote_rules import _NARRATION_OPENS_RE

    assert _NARRATION_OPENS_RE.match("Gubernur Maluku Utara Abdul Karim juga mengimbau kepada para calon kepala daerah")
    assert _NARRATION_OPENS_RE.match("Kapolres AKBP Budi Santoso menegaskan bahwa patroli ditambah")
    assert not _NARRATION_OPENS_RE.match("Kami sudah menyerahkan semua dokumen kepada penyidik")
    assert not _NARRATION_OPENS_RE.match("Semua dokumen sudah kami serahkan")


def test_a_lost_tag_with_a_guessable_speaker_is_reported_as_the_lost_tag() -> None:
    """'“…,”' ending its paragraph: the comma promised a tag.  When the reader can still tell who speaks (the
    paragraph before goes on about the person tagged above), the finding names the lost tag, not a missing
    speaker; with nobody to guess it asks who speaks."""
    guessable = (
        "Pasar sepi sejak pagi. “Kalau ramai, saya bisa dapat seratus ribu,” ujar Marni.\n\n"
        "Meski lelah dengan pekerjaannya, tidak membuatnya berhenti berangkat subuh.\n\n"
        "“Anak saya masih sekolah, jadi harus terus jalan,”\n"
    )
    nobody = "Harga gabah turun lagi minggu ini.\n\n“Anak saya masih sekolah, jadi harus terus jalan,”\n"
    (lost,) = check_text(guessable, select=["quote/unattributed"])
    assert lost.message.startswith("Koma sebelum tanda petik penutup")
    (who,) = check_text(nobody, select=["quote/unattributed"])
    assert who.message.startswith("Siapa yang mengatakan ini?")
