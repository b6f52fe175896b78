"""Who said what: speakers of attributions and direct quotations (newslint.analysis.attribution).

Every draft here is invented for the test.
"""

from __future__ import annotations

from newslint.analysis.attribution import analyze, is_person, quote_sources, split_role_name
from newslint.api import parse


def _doc(text: str):
    return parse(text, layout="fragment")


def _quote_speakers(text: str) -> list[str | None]:
    return [qs.speaker for qs in quote_sources(_doc(text))]


def _speakers(text: str) -> list[str | None]:
    return [a.speaker for a in analyze(_doc(text)).attributions if a.kind in ("speech", "according", "passive-agent")]


def test_a_passive_subject_after_an_adverb_is_not_an_antecedent():
    # "juga telah ditarik": the adverbs are not the verb, and the subject of a passive does not speak
    text = (
        "Kepala Kejaksaan Negeri Rina Astuti mengatakan pemeriksaan berlanjut.\n\n"
        "Mantan bendahara koperasi, Joko, juga telah ditarik dari jabatannya.\n\n"
        "Sejauh ini delapan saksi diperiksa. “Kasusnya masih penyelidikan,” ucapnya."
    )
    assert "Rina Astuti" in (_quote_speakers(text)[0] or "")


def test_circumstance_and_place_segments_are_not_the_speaker():
    text = (
        "Juru Bicara Dinas Kesehatan Kota Tual Markus Lewier, saat dihubungi dari Ambon, Senin (4/1/2021), "
        "mengatakan, vaksin tiba pekan depan.\n\n"
        "Sementara itu, Yohanes Runtu, petugas TPS 3 di Kelurahan Bahu, Manado, menyatakan, antrean lancar."
    )
    first, second = _speakers(text)
    assert split_role_name(first)[1] == "Markus Lewier"
    assert split_role_name(second)[1] == "Yohanes Runtu"


def test_a_pronoun_reaches_a_speaker_named_with_a_circumstance():
    text = (
        "Juru Bicara Dinas Kesehatan Kota Tual Markus Lewier, saat dihubungi di Ambon, mengatakan, vaksin tiba.\n\n"
        "Menurut dia, petugas sudah siap.\n\n"
        "Gudang di pelabuhan juga sudah disiapkan. “Suhu gudang kami jaga,” ujarnya."
    )
    assert "Markus Lewier" in (_quote_speakers(text)[0] or "")


def test_a_crosshead_run_into_the_paragraph_is_not_part_of_the_subject():
    text = "Stok aman Kepala Bidang Distribusi Bulog Jawa Timur Heru Santoso mengatakan, beras cukup sampai Maret."
    assert _speakers(text) == ["Kepala Bidang Distribusi Bulog Jawa Timur Heru Santoso"]
    # "Tak ada payung hukum" before an apposition subject ("Name, yang …, mengatakan")
    text = (
        "Tak ada aturan Ketua Badan Pengawas Pemilu Daerah Ahmad Fauzi, yang juga hadir, mengatakan, "
        "bantuan rawan dipolitisasi."
    )
    assert split_role_name(_speakers(text)[0])[1] == "Ahmad Fauzi"


def test_a_role_noun_before_the_name_stays_in_the_subject():
    assert _speakers("Pengamat transportasi Dedi Kurnia mengatakan tarif terlalu tinggi.") == [
        "Pengamat transportasi Dedi Kurnia"
    ]


def test_a_leading_connective_is_not_part_of_the_subject():
    assert _speakers("Akan tetapi Gubernur Lestari menegaskan sekolah tetap dibuka.") == ["Gubernur Lestari"]


def test_a_tag_after_two_spaces_and_a_verb_ending_in_nya_letters():
    text = "“Siapa yang mau menanggung biayanya?”  tanya Maria Ulfa."
    assert _quote_speakers(text) == ["Maria Ulfa"]


def test_a_nya_tag_followed_by_a_circumstance():
    text = "Kepala Desa Sukamaju Dadang Suherman meninjau tanggul. “Airnya sudah surut,” ujarnya saat dihubungi."
    assert "Dadang Suherman" in (_quote_speakers(text)[0] or "")


def test_a_quoted_term_takes_no_speech_tag():
    text = "Pesawat itu mendukung program ”jembatan udara” sesuai Peraturan Menteri Nomor 5 Tahun 2019."
    assert all(a.verb != "sesuai" for a in analyze(_doc(text)).attributions)


def test_texts_dates_and_organisations_are_not_antecedents():
    text = (
        "Kepala Dinas Kesehatan Sari Wulandari mengatakan kasus naik.\n\n"
        "Data Centra untuk 6 November mencatat ada 120 kasus baru.\n\n"
        "Terkait pengiriman, PT Kurir Nusantara siap mengantar obat. “Kita harus waspada,” katanya."
    )
    assert "Sari Wulandari" in (_quote_speakers(text)[0] or "")
    assert not is_person("RUU Cipta Kerja")
    assert not is_person("Masjid Agung")
    assert not is_person("Data Centra untuk 6 November")


def test_an_organisation_in_a_speakers_role_is_not_an_antecedent():
    text = (
        "Juru bicara Satgas Garuda Ajun Komisaris Budi Harsono mengatakan, patroli ditambah.\n\n"
        "Garuda juga menambah pos jaga di perbatasan. “Kami siaga penuh,” ujarnya."
    )
    assert "Budi Harsono" in (_quote_speakers(text)[0] or "")


def test_an_office_alone_takes_the_person_named_with_it_before():
    text = (
        "Presiden Arya Wiguna memimpin rapat kabinet, Senin.\n\n"
        "“Semua menteri harus hadir tepat waktu,” kata Presiden yang tiba lebih awal."
    )
    doc = _doc(text)
    (qs,) = quote_sources(doc)
    assert qs.speaker == "Presiden Arya Wiguna"
    assert qs.attribution is not None and qs.attribution.speaker == "Presiden"  # as written


def test_a_passive_agent_may_start_with_a_noun_for_a_person():
    text = (
        "Berdasarkan keterangan tertulis yang disampaikan prakirawan Stasiun Meteorologi Juanda Rini Kusuma, "
        "hujan lebat turun sore hari.\n\n"
        "Kelembaban udara masih tinggi. “Waspadai angin kencang pada sore hari,” ujarnya."
    )
    assert "Rini Kusuma" in (_quote_speakers(text)[0] or "")


def test_dari_and_an_apposition_continue_a_tag_agent():
    text = "“Uji klinis dimulai pekan ini,” kata anggota Tim Peneliti Napas dari UGM, Sari Dewanti, seusai rapat."
    (speaker,) = _quote_speakers(text)
    assert split_role_name(speaker) == ("anggota Tim Peneliti Napas dari UGM", "Sari Dewanti")


def test_split_role_name_keeps_a_place_or_acronym_after_dari_in_the_role():
    assert split_role_name("Budi dari Jakarta") == ("dari Jakarta", "Budi")
    assert split_role_name("Peneliti di LIPI Budi Santoso") == ("Peneliti di LIPI", "Budi Santoso")
    assert split_role_name("Harold Lontoh, anggota KPPS, Manado")[1] == "Harold Lontoh"


def test_a_clause_run_on_after_a_missing_full_stop_is_not_an_apposition():
    text = "“Harga tetap stabil,” tutur Mahfud, Terkait dengan bansos, ia juga berbicara."
    assert _quote_speakers(text) == ["Mahfud"]


def test_titles_and_texts_in_quotation_marks_are_not_statements():
    for text in [
        "Data lain dalam “Kabupaten Sleman dalam Angka 2019”, yang disusun BPS, berbeda.",
        "Di stiker itu tertera kalimat “Pilih calon yang jujur dan bersih sekarang juga”.",
        "Diskusi “Pelayanan Publik Daring dan Tantangannya” yang diadakan kampus itu ramai.",
    ]:
        (qs,) = quote_sources(_doc(text))
        assert not qs.statement, text
    (qs,) = quote_sources(_doc("“Kami tidak akan mundur sedikit pun,” kata Rahmat."))
    assert qs.statement


def test_a_given_name_spelled_like_an_acronym_is_a_person():
    assert is_person("Uu")
    assert not is_person("BPK")


def test_a_verb_inside_a_reported_clause_is_not_the_sentences_speaker():
    # the tag "ujanya" is a typo the analysis cannot read; the paragraph's speaker is the main clause's
    text = (
        "Pengamat transportasi Ellen Sitompul mengkritik kepadatan angkot.\n\n"
        "Dia menyayangkan, Dinas Perhubungan tidak spesifik menjelaskan batas penumpang. "
        "“Semestinya dinas merinci kapasitas tiap moda,” ujanya."
    )
    assert "Ellen Sitompul" in (_quote_speakers(text)[0] or "")


def test_a_description_with_a_demonstrative_points_back():
    text = (
        "Menteri Sosial Ratna Dewi meninjau dapur umum.\n\n"
        "Menurut Wali Kota Surabaya dua periode ini, layanan harus elektronik. "
        "“Di sini semua sudah tercatat rapi,” ujarnya."
    )
    assert "Ratna Dewi" in (_quote_speakers(text)[0] or "")


def test_a_bracketed_age_is_not_part_of_the_name():
    assert split_role_name("Amir (37)") == (None, "Amir")
    assert split_role_name("Rizky Aqilah (29), warga Cipayung, Jakarta Timur")[1] == "Rizky Aqilah"
    assert is_person("Amir (37)")


def test_a_subject_needs_a_verb_not_a_noun_or_an_adjective():
    # "Sumbangan perseorangan dibatasi": "perseorangan" is no verb, so "Sumbangan" introduces nobody
    text = (
        "Ketua tim kampanye Dewi Lestari mengatakan dana kampanye tercatat rapi.\n\n"
        "Sumbangan perseorangan dibatasi paling banyak Rp 75 juta. “Kami siap diaudit kapan saja,” katanya."
    )
    assert "Dewi Lestari" in (_quote_speakers(text)[0] or "")


def test_a_one_word_crosshead_before_a_subject_is_dropped():
    text = (
        "Penari Rianto Wibisono tampil di pantai.\n\n"
        "Permenungan Rianto menjelaskan makna tarian itu. “Tubuh adalah bagian dari alam,” paparnya."
    )
    assert _speakers(text)[0] == "Rianto"
    assert _quote_speakers(text) == ["Rianto"]


def test_a_subject_before_a_venue_and_a_date():
    text = (
        "Kepala Bagian Pengkajian Komnas Pangan Mira Hapsari dalam diskusi daring di Jakarta, Jumat (22/5/2020) "
        "mengatakan, kebijakan itu tidak sinkron."
    )
    assert _speakers(text) == ["Kepala Bagian Pengkajian Komnas Pangan Mira Hapsari"]
    # neither a connective set off by a comma nor a time clause is a subject
    assert _speakers("Sebab, saat kondisi mendesak, kebutuhan negara lain meningkat.") == []


def test_an_office_short_form_takes_the_holder_named_in_full():
    text = (
        "Menteri Sosial Ratna Dewi dalam jumpa wartawan membahas bantuan petani.\n\n"
        "Mensos mengatakan, data penerima sedang diperiksa. “Kami bersihkan data ganda,” katanya."
    )
    assert _quote_speakers(text) == ["Menteri Sosial Ratna Dewi"]


def test_an_office_inside_a_longer_office_is_not_it():
    text = (
        "Rapat itu juga diikuti Wakil Presiden Bima Sakti.\n\n"
        "“Semua bantuan harus tepat sasaran,” kata Presiden di Istana."
    )
    assert _quote_speakers(text) == ["Presiden"]  # nobody was named as the Presiden himself


def test_a_clause_with_its_own_verb_is_not_a_subject():
    speakers = _speakers("Dalam rapat itu, Presiden meminta jajarannya memastikan bantuan tiba.")
    assert "Presiden meminta jajarannya" not in speakers


def test_a_subject_with_several_appositions_and_an_unknown_name():
    # the name is no dictionary word, so it is a name although it only ever opens sentences
    text = (
        "Kepala Dusun Sukamaju Wahyu Pratomo mengatakan informasi bantuan minim.\n\n"
        "Trismawati (37), warga Desa Tegalrejo, Kecamatan Candisari, Kabupaten Magelang, misalnya, mengira "
        "bantuan hanya untuk warga kota.\n\n"
        "Trismawati adalah ibu dua anak. “Setahu saya bantuan itu hanya untuk Jakarta,” katanya."
    )
    assert _quote_speakers(text) == ["Trismawati (37)"]


def test_a_name_after_a_speech_verb_is_a_person_even_if_a_place_has_it():
    # "Avan" is also a town in the gazetteer; a name that speaks in a tag is a person
    text = (
        "“Saya senang bisa ikut lomba,” kata Avan.\n\n"
        "Capaian itu tak lepas dari dukungan keluarga. “Terima kasih kepada orang tua saya,” tuturnya."
    )
    assert _quote_speakers(text) == ["Avan", "Avan"]


def test_a_pronoun_after_an_inner_tag_is_the_subject():
    text = "Sebagai langkah pencegahan, kata Zainal, ia menyarankan warga memasang aplikasi resmi."
    verbs = {a.verb: a for a in analyze(_doc(text)).attributions}
    assert verbs["menyarankan"].pronoun and verbs["menyarankan"].resolved == "Zainal"


def test_a_text_named_after_bunyi_or_tulis_is_the_source_not_a_pronoun():
    text = "Menteri Rudi Hartono membantah kabar itu.\n\n“Ibu kota baru muncul entah dari mana,” bunyi artikel itu."
    (qs,) = quote_sources(_doc(text))
    assert qs.speaker == "artikel itu"


def test_an_abbreviated_title_with_a_full_stop_stays_in_the_agent():
    text = "“Penerimaan negara naik,” ujar Plt. Direktur Jenderal Imigrasi Yudi Santosa di Jakarta."
    assert _quote_speakers(text) == ["Plt. Direktur Jenderal Imigrasi Yudi Santosa"]


def test_a_tag_without_a_full_stop_ends_at_the_paragraph():
    text = "“Kita tunggu sampai transisi selesai,” ujar Airlangga\n\nAdapun pendaftaran dibuka pekan depan."
    assert _quote_speakers(text) == ["Airlangga"]


def test_more_verbs_of_saying_and_an_adverbial_opener():
    text = (
        "Jelang laga melawan Korea, Kamis malam, Ketua Umum PSSI Erwin Tohari menyuarakan harapan.\n\n"
        "“Kita harus menjadi tuan rumah yang baik,” ujarnya melalui rilis."
    )
    assert "Erwin Tohari" in (_quote_speakers(text)[0] or "")
    assert _speakers("Juru bicara Nadia Putri menampik tuduhan itu.") == ["Juru bicara Nadia Putri"]


def test_tags_with_a_lower_case_title_or_a_described_person():
    assert _quote_speakers("“Kulit bisa iritasi karena sabun yang keras,” jelas dr. Hanny.") == ["dr. Hanny"]
    assert _quote_speakers("“Sudah bagi daging? Sudah menebus?” tanya perekam video kepada warga.") == ["perekam video"]


def test_a_relative_clause_verb_has_no_speaker():
    assert _speakers("Warga membaca laporan yang menerangkan penyebab banjir.") == []
    # while "meriwayatkan" reports a narration, whose narrator speaks
    assert _speakers("Imam Muslim juga meriwayatkan hadis yang menerangkan keutamaan hari itu.") == ["Imam Muslim"]


def test_a_tag_typed_inside_the_closing_mark_names_the_speaker():
    text = "Harga cabai turun.\n\n“Sudah sebulan harga anjlok, ungkap Retnowati,” petani di Muncar, Kamis."
    (qs,) = quote_sources(_doc(text))
    assert (qs.speaker, qs.how, qs.attribution.verb) == ("Retnowati", "sentence", "ungkap")
    text = "Harga cabai turun.\n\n“Sudah sebulan harga anjlok. Demikian kata Ketua Kelompok Tani Suroso.”"
    assert _quote_speakers(text) == ["Ketua Kelompok Tani Suroso"]


def test_a_pointer_sentence_after_the_quote_credits_it():
    # the speaker when the analysis names one; else the text the sentence names, with its agent
    text = '"Air sudah masuk dapur, tolong kirim perahu."\n\nHal itu disampaikan Sutarno melalui pesan singkat.'
    (qs,) = quote_sources(_doc(text))
    assert (qs.speaker, qs.how) == ("Sutarno", "next")
    text = '"Kumpul jam lima di dermaga timur, jangan terlambat." Pesan itu dikirim ke grup oleh seorang pemandu.'
    (qs,) = quote_sources(_doc(text))
    assert (qs.how, qs.attribution.kind, qs.attribution.verb, qs.speaker) == (
        "next",
        "channel",
        "pesan itu",
        "seorang pemandu",
    )
    # a sentence that does not point back credits nothing
    (qs,) = quote_sources(_doc('"Kumpul jam lima di dermaga timur, jangan terlambat." Hal itu membuat kami resah.'))
    assert qs.attribution is None


def test_a_described_speaker_then_the_name_is_one_tag():
    text = '"Kami harap kelas baru segera dibangun," ujar salah satu guru, Muhammad Syariadi, di Penajam.'
    assert _quote_speakers(text) == ["salah satu guru, Muhammad Syariadi"]
    # a weekday after the comma is the date, not a name
    assert _quote_speakers('"Kami kecewa dengan keputusan itu," kata salah satu warga, Senin (3/2).') == [
        "salah satu warga"
    ]


def test_a_described_speaker_with_a_name_after_bernama_keeps_the_name():
    text = '"Cabai rawit merah saya jual delapan puluh ribu," ujar salah seorang pedagang bernama Suryani.'
    assert _quote_speakers(text) == ["salah seorang pedagang bernama Suryani"]
    text = '"Janji tinggal janji, kami sangat kecewa," ujar salah seorang warga dengan nada kesal.'
    assert _quote_speakers(text) == ["salah seorang warga"]
