"""``structure/cms-residue``: page furniture left in a draft after copying from a CMS page."""

from __future__ import annotations

import bisect
import re

from newslint.checks._helpers import word_index
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lazyre import compile_cached
from newslint.model.document import Document, Zone

# Whole-paragraph residue: widget headings, promos, share prompts.
_PARAGRAPH = compile_cached(
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
_INLINE = compile_cached(
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
# Every alternative of _PARAGRAPH starts (after white space) with one of these, in any case: a
# paragraph that starts otherwise skips the regex.
_PARAGRAPH_HEADS = (
    "video",
    "berita",
    "artikel",
    "simak",
    "saksikan",
    "tonton",
    "*",
    "fakta",
    "ikuti",
    "dapatkan",
    "baca",
    "lihat",
    "advertisement",
    "scroll",
    "iklan",
    "editor",
    "penulis",
    "reporter",
    "sumber",
)
# Every match of _INLINE starts at one of these words (any case, a whole letter run), or at the
# "[" / "(" right before one of the first three: the pattern is tried only there, not at every
# character of every paragraph.
_INLINE_WORDS = ("baca", "lihat", "simak", "saksikan", "advertisement", "scroll")
_BRACKETED = frozenset({"baca", "lihat", "simak"})


def _inline_starts(doc: Document) -> list[int]:
    """Sorted offsets where a match of _INLINE may start."""
    index = word_index(doc)
    text = doc.text
    starts: list[int] = []
    for w in _INLINE_WORDS:
        if w not in index.words:
            continue
        for i in index.offsets(w):
            starts.append(i)
            if w in _BRACKETED:
                j = i - 1
                while j >= 0 and text[j].isspace():  # "[ baca: …]"
                    j -= 1
                if j >= 0 and text[j] in "[(":
                    starts.append(j)
    starts.sort()
    return starts


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
    low = word_index(doc).low  # lower-cased, same offsets: the heads test ignores case as _PARAGRAPH does
    inline = _inline_starts(doc)
    ninline = len(inline)
    for p in doc.paragraphs:
        zone, pstart, pend = p.zone, p.start, p.end
        if zone is Zone.KICKER and len(text[pstart:pend].split()) <= _KICKER_WORDS:
            ctx.report(pstart, pend)
            continue
        if zone is Zone.HEADLINE:
            continue
        head = pstart
        while head < pend and low[head].isspace():
            head += 1
        if low.startswith(_PARAGRAPH_HEADS, head, pend):
            ptext = text[pstart:pend]
            if _PARAGRAPH.match(ptext.strip()) and len(ptext.split()) <= 60:
                ctx.report(pstart, pend)
                continue
        if not ninline:
            continue  # no inline residue word in the draft
        i = bisect.bisect_left(inline, pstart)
        resume = p.start
        # what _INLINE.finditer(text, p.start, p.end) finds, tried only where a match can start
        while i < ninline and inline[i] < pend:
            if inline[i] >= resume:
                m = _INLINE.match(text, inline[i], pend)
                if m is not None:
                    ctx.report(m.start(), m.end())
                    resume = m.end()
            i += 1
