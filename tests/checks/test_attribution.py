"""Attribution analysis and attribution/* rules."""

from __future__ import annotations

from newslint.analysis.attribution import analyze
from newslint.api import check_text, parse


def _rules(text: str, prefix: str = "attribution/") -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(text, layout="fragment") if f.rule.startswith(prefix)]


def test_analysis_is_cached_per_document():
    doc = parse("Budi mengatakan harga naik.", layout="fragment")
    assert analyze(doc) is analyze(doc)


def test_speech_forms_are_attributions():
    cases = {
        "Harga naik, katanya.": "katanya",
        "Harga naik, ujar Budi Santoso.": "ujar",
        "Menurut Kepala BPS Amalia, harga naik.": "menurut",
        "Hal itu disampaikan Kapolres Bantul AKBP Sigit di Bantul.": "disampaikan",
        "Harga naik, kata dia kepada wartawan.": "kata",
        "Dikutip dari laman Gawaiku, harga naik.": "dikutip dari",
        "Seperti diberitakan sebelumnya, harga naik.": "seperti diberitakan sebelumnya",
        "Ia menyampaikan hal itu dalam keterangan tertulis.": "dalam keterangan tertulis",
    }
    for text, verb in cases.items():
        an = analyze(parse(text, layout="fragment"))
        assert any(a.verb == verb for a in an.attributions), (text, [a.verb for a in an.attributions])


def test_pronoun_continuation_covers_next_sentence():
    text = (
        "Kepala Dinas Rina Astuti mengatakan stok aman. Ia menambahkan harga turun 5 persen. Diketahui, gudang penuh."
    )
    an = analyze(parse(text, layout="fragment"))
    assert [s.covered for s in an.sentences] == [True, True, False]


def test_trailing_tag_covers_paraphrase_before_it():
    text = "Stok beras aman hingga Maret. Harga juga turun, kata Rina."
    an = analyze(parse(text, layout="fragment"))
    assert all(s.covered for s in an.sentences)


def test_agentless_traps_stay_silent():
    for text in [
        "Kasus penipuan itu dilaporkan ke Polres Sleman pada Senin.",
        "Bisa dikatakan, musim hujan tahun ini datang lebih cepat.",
        "Identitas korban belum diketahui hingga Selasa.",
        "Sebelumnya diberitakan, jembatan itu ambruk pada Senin.",
        "Dalam laporan tahunan itu disebutkan laba perusahaan naik.",
        "Lebih lanjut disebutkan oleh Kapolres, tersangka sudah ditahan.",
    ]:
        assert _rules(text) == [], text


def test_agentless_fires_after_media_citation_sentence():
    text = "Dikutip dari laman Gawaiku, pabrik itu tutup. Pemiliknya juga disebutkan berutang kepada bank."
    assert _rules(text) == [("attribution/agentless-passive", "disebutkan")]


def test_weasel_fact_check_and_quote_traps():
    assert (
        _rules("Beredar kabar sekolah diliburkan. Faktanya, dinas pendidikan tidak pernah mengeluarkan surat itu.")
        == []
    )
    assert _rules('"Katanya mau diperbaiki, tapi belum juga," kata Sutarmi.') == []
    assert _rules("Proyek itu tidak pernah terdengar lagi kabarnya sejak 2003.") == []
    assert _rules("Konon, rumah itu dibangun pada zaman Belanda.") == [("attribution/weasel-marker", "Konon")]


def test_vague_agent_with_name_or_affiliation_is_fine():
    assert _rules("Pengamat politik Universitas Indonesia Dewi Lestari menilai koalisi itu rapuh.") == []
    assert _rules("Para analis menilai langkah itu berisiko.") == [("attribution/vague-agent", "Para analis")]
    assert _rules("Perebutan wilayah itu diperebutkan oleh banyak pihak.") == []


def test_unattributed_claim_is_opt_in():
    text = "Angka perceraian naik 30 persen tahun ini."
    assert _rules(text) == []
    found = check_text(text, layout="fragment", select=["attribution/unattributed-claim"])
    assert [f.text for f in found] == ["30 persen"]
    ok = check_text(
        text[:-1] + ", menurut data Pengadilan Agama.", layout="fragment", select=["attribution/unattributed-claim"]
    )
    assert ok == []
