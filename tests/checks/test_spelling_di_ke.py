"""spelling/di-ke-joined and spelling/di-prefix-split (no corpus needed)."""

from newslint.api import check_text


def _run(text: str, rule: str) -> list:
    return check_text(text, layout="fragment", select=[rule])


def test_joined_prepositions_split() -> None:
    fs = _run("Dimana mereka? Warga berkumpul disini, lalu pergi kesana dan makan dirumahnya.", "spelling/di-ke-joined")
    assert [(f.text, f.suggestions[0]) for f in fs] == [
        ("Dimana", "Di mana"),
        ("disini", "di sini"),
        ("kesana", "ke sana"),
        ("dirumahnya", "di rumahnya"),
    ]
    safety = {f.text: f.fix.safety.value for f in fs}
    assert safety["disini"] == "safe" and safety["dirumahnya"] == "unsafe"


def test_real_prefixed_words_silent() -> None:
    text = "Masalah itu diatasi, kasusnya didalami, pegawai dirumahkan; ia keluar kemarin dan ketahuan kepada polisi."
    assert _run(text, "spelling/di-ke-joined") == []


def test_split_passive_joined() -> None:
    fs = _run("Pelaku di tangkap polisi dan barang bukti di gunakan di sidang.", "spelling/di-prefix-split")
    assert [(f.text, f.suggestions[0]) for f in fs] == [("di tangkap", "ditangkap"), ("di gunakan", "digunakan")]


def test_places_and_locatives_not_joined() -> None:
    text = "Kantornya di Redmon, Washington; pedagang di pasar, di balik tembok, di kandung kemih, di pukul 10.00."
    assert _run(text, "spelling/di-prefix-split") == []


def test_very_common_passives_join_even_when_the_active_form_is_rare():
    # "membanding" is rare (writers use "membandingkan"), but "dibanding" is a common passive
    from newslint.api import check_text

    found = check_text("Harga naik di banding tahun lalu.", layout="fragment", select=["spelling/di-prefix-split"])
    assert [f.suggestions for f in found] == [["dibanding"]]


def test_split_passive_after_yang_needs_only_attested_forms() -> None:
    fs = _run("Gedung yang di renovasi itu kembali dibuka.", "spelling/di-prefix-split")
    assert [(f.text, f.suggestions) for f in fs] == [("di renovasi", ["direnovasi"])]
    # a place after yang stays a place
    assert _run("Warga yang di sana sudah pulang; pedagang yang di pasar juga.", "spelling/di-prefix-split") == []


def test_preposition_joined_to_a_derived_noun_split() -> None:
    # di- makes passives, and no passive holds an -an noun or a ber-/se- word: the preposition is joined
    text = "Kapal tenggelam diperairan Natuna; api menjalar dikebakaran itu dan warga datang diberbagai desa."
    fs = _run(text, "spelling/di-ke-joined")
    assert [(f.text, f.suggestions[0]) for f in fs] == [
        ("diperairan", "di perairan"),
        ("dikebakaran", "di kebakaran"),
        ("diberbagai", "di berbagai"),
    ]
    assert {f.fix.safety.value for f in fs} == {"unsafe"}


def test_passives_of_nouns_and_bare_bases_not_split() -> None:
    # listed passives, -kan/-i forms and a bare base (a loan used as a verb) stay joined
    text = "Ia dipenjara, lalu disidangkan; proyek itu diaudit dan disubsidi, dana dipertanyakan dan diberikan."
    assert _run(text, "spelling/di-ke-joined") == []


def test_dropped_k_before_kan_not_read_as_preposition() -> None:
    from newslint.lang.dijoin import di_noun_join

    assert di_noun_join("diperuntukan") is None  # a slip of diperuntukkan, not 'di peruntukan'
    assert di_noun_join("Diperairan") == "Di perairan"


def test_place_nouns_of_everyday_news_after_a_glued_di() -> None:
    text = "Warga mendirikan tenda dihalaman kantor desa, lalu nelayan berkumpul disungai dan dilaut."
    fs = _run(text, "spelling/di-ke-joined")
    assert [(f.text, f.suggestions[0]) for f in fs] == [
        ("dihalaman", "di halaman"),
        ("disungai", "di sungai"),
        ("dilaut", "di laut"),
    ]
    # the passives of those nouns stay: dijembatani, dipenjara
    assert _run("Jalan itu dijembatani, pelakunya dipenjara.", "spelling/di-ke-joined") == []


def test_a_glued_preposition_is_reported_once() -> None:
    # typo/word leaves it to spelling/di-ke-joined (it used to add a slip search: disungaii)
    found = [
        (f.rule, f.text) for f in check_text("Anak-anak berenang disungai.") if f.rule.startswith(("typo", "spelling"))
    ]
    assert found == [("spelling/di-ke-joined", "disungai")]


def test_keluar_as_a_direction_is_split() -> None:
    fs = _run("Presiden akan berkunjung keluar negeri pekan depan.", "spelling/di-ke-joined")
    assert [(f.text, f.suggestions) for f in fs] == [("keluar", ["ke luar"])]
    fs = _run("Bawang itu akan dikirim keluar kota.", "spelling/di-ke-joined")
    assert [f.text for f in fs] == ["keluar"]
    # the verb "leave": no sending verb before it, or dari/masuk after it
    for text in ("Warga tidak keluar daerah selama libur.", "Ia keluar dari rumah.", "Mobil keluar masuk kota."):
        assert _run(text, "spelling/di-ke-joined") == []
