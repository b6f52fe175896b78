"""``structure/cms-residue``: page furniture left in a draft after copying from a CMS page."""

from __future__ import annotations

import re

from newslint.engine.prefilter import word_index
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.model.document import Document, Zone

# Whole-paragraph residue: widget headings, promos, share prompts.
_PARAGRAPH = re.compile(
    r"""^(?:
        (?:video|berita|artikel)\s+(?:terkini|terpopuler|terkait|pilihan|lainnya)\b.{0,40}
      | simak\s+(?:juga\s+)?(?:video|berita|artikel|selengkapnya)\b.*
      | saksikan\s+(?:juga\s+)?(?:video|live\s+streaming|siaran)\b.*
      | tonton\s+(?:juga\s+)?video\b.*
      | \*?\s*fakta\s+atau\s+hoaks\?.*
      | (?:ikuti|dapatkan)\s+(?:berita|update|informasi)\b.{0,120}(?:whatsapp|telegram|google\s+news|channel)\b.*
      | (?:baca|lihat)\s+(?:juga|pula)\s*:.*
      | (?:advertisement|scroll\s+to\s+continue\s+with\s+content|iklan)
      | (?:editor|penulis|reporter|sumber)\s*:\s*\S.{0,60}
    )$""",
    re.I | re.X | re.S,
)

# Inline residue inside a paragraph.
_INLINE = re.compile(
    r"""
      \[\s*(?:baca|lihat|simak)(?:\s+juga)?\s*:[^\]\n]{0,200}\]        # [baca: …]
    | \((?:baca|lihat|simak)(?:\s+juga)?\s*:[^)\n]{0,200}\)             # (Baca juga: …)
    | (?<![\w])(?:Baca|BACA)\s+(?:juga|JUGA)\s*:                        # Baca juga: (inline)
    | (?<![\w])(?:Simak|Saksikan)\s+[Vv]ideo\s+(?:[Pp]ilihan\s+)?[Bb]erikut(?:\s+[Ii]ni)?\s*:?
    | (?<![\w])ADVERTISEMENT(?![\w])
    | (?<![\w])SCROLL\s+TO\s+CONTINUE\s+WITH\s+CONTENT(?![\w])
    """,
    re.X,
)

_KICKER_WORDS = 3
# Every alternative of _INLINE holds one of these words (in any case): a draft without
# them skips the scan of each paragraph.
_INLINE_WORDS = ("baca", "lihat", "simak", "saksikan", "advertisement", "scroll")


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
    examples=[
        bad(
            "Otomotif\n\nHarga Mobil Listrik Turun Lagi\n\nJakarta - Harga mobil listrik turun.", layout="news", count=1
        ),
        bad("Warga memadati alun-alun sejak pagi. [baca: Alun-alun Kota Dipercantik]"),
        bad("Pemerintah menaikkan anggaran. Baca juga: Anggaran Daerah Dipangkas Lagi"),
        bad("Polisi masih menyelidiki kasus itu.\n\nVideo Terkini"),
        bad("Simak video berikut ini:"),
        good("Harga Mobil Listrik Turun Lagi\n\nJakarta - Harga mobil listrik turun tahun ini.", layout="news"),
        good("Ia meminta warga membaca juga aturan yang baru terbit."),
        good("Video itu viral di media sosial sejak Senin."),
    ],
)
def cms_residue(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    low = word_index(doc).low
    inline = any(w in low for w in _INLINE_WORDS)
    for p in doc.paragraphs:
        ptext = text[p.start : p.end]
        if p.zone is Zone.KICKER and len(ptext.split()) <= _KICKER_WORDS:
            ctx.report(p.start, p.end)
            continue
        if p.zone in (Zone.HEADLINE,):
            continue
        if _PARAGRAPH.match(ptext.strip()) and len(ptext.split()) <= 60:
            ctx.report(p.start, p.end)
            continue
        for m in _INLINE.finditer(text, p.start, p.end) if inline else ():
            ctx.report(m.start(), m.end())
