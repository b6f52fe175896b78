"""``structure/cms-residue``: page furniture left in a draft after copying from a CMS page."""

from __future__ import annotations

from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.model.document import Document, Zone

_KICKER_WORDS = 3


@rule(
    "structure/cms-residue",
    severity="error",
    summary={
        "id": "Sisa halaman CMS (Baca juga, promo, judul widget) terbawa ke naskah.",
        "en": "CMS page furniture (read-also links, promos, widget titles) left in the copy.",
    },
    message={
        "id": "Sisa halaman CMS, bukan bagian berita: hapus '{match}'.",
        "en": "CMS residue, not part of the story: delete '{match}'.",
    },
    docs={
        "id": "Teks seperti 'Baca juga: …', '[baca: …]', 'Simak video berikut', 'Video Terkini', promo WhatsApp "
        "Cek Fakta, atau label kategori satu kata di atas judul ikut tersalin dari halaman web. Itu bukan "
        "bagian naskah dan harus dihapus (tautan terkait tempatnya di widget CMS).",
        "en": "Read-also links, '[baca: …]', 'watch the video', widget headings, fact-check promos and a stray "
        "one-word category label above the headline are copied along with a web page. They are not copy.",
    },
    measured="dev corpus (152,686 words): 53 findings, 0.35 per 1,000 words (inline 'Baca juga:', bylines, 'Simak selengkapnya'); all 53 read: 53 correct",
    authority="House style (newsroom practice); editorial reference §8 structure/cms-residue",
    fixable=False,
    reads_residue=True,
    examples=[
        bad(
            "Otomotif\n\nHarga Mobil Listrik Turun Lagi\n\nJakarta - Harga mobil listrik turun.", layout="news", count=1
        ),
        bad("Warga memadati alun-alun sejak pagi. [baca: Alun-alun Kota Dipercantik]"),
        bad("Pemerintah menaikkan anggaran. Baca juga: Anggaran Daerah Dipangkas Lagi"),
        bad("Polisi masih menyelidiki kasus itu.\n\nVideo Terkini"),
        bad("Simak video berikut ini:"),
        bad("Polisi masih menyelidiki kasus itu.\n\nLihat juga Video 'Warga Mengungsi ke Balai Desa':"),
        bad("Jaksa menunda sidang. AI Assistant :"),
        good("Harga Mobil Listrik Turun Lagi\n\nJakarta - Harga mobil listrik turun tahun ini.", layout="news"),
        good("Ia meminta warga membaca juga aturan yang baru terbit."),
        good("Video itu viral di media sosial sejak Senin."),
    ],
)
def cms_residue(doc: Document, ctx: RuleContext) -> None:
    # what is residue is the model's call (newslint.model.residue): other rules skip the same spans
    text = doc.text
    for p in doc.paragraphs:
        if p.zone is Zone.KICKER and len(text[p.start : p.end].split()) <= _KICKER_WORDS:
            ctx.report(p.start, p.end)
    for r in doc.residue:
        # an inline "Baca juga:" is reported by its marker: where the linked headline ends is a guess
        ctx.report(r.start, r.marker_end)
