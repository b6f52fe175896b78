"""The register of a stretch of speech: is a quotation colloquial?

A reporter who transcribes a trader's "Cabe sekarang mahal banget, nggak kayak kemarin" keeps the
speaker's pronunciation: *cabe* is how she said *cabai*.  Editors leave such spoken variants alone inside
colloquial speech, and normalise them inside formal speech (an official's statement) or in narration,
where they are only spelling.  Two tests decide it: the speech carries words that written Indonesian
never uses (colloquial particles and function words), and the non-standard form differs from the
standard one by its vowels alone, as a pronunciation does (*antri*/*antre*, *coklat*/*cokelat*,
*lobang*/*lubang*), not by its consonants, its spacing or its affixes (*aktifitas*, *walikota*,
*mempengaruhi*), which no speaker can be heard saying.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newslint.model.document import Document

#: Words of spoken Indonesian that formal writing does not use: discourse particles, the colloquial
#: negation, pronouns and function words.  Only lower-case forms that are no standard word, name or
#: common abbreviation (*ga* and *lo* are left out for that reason), and no common misspelling of a formal
#: word (*tau* for *tahu* turns up in officials' statements too).
COLLOQUIAL_MARKERS = frozenset(
    {
        # negation
        "nggak", "ngga", "gak", "enggak", "kagak", "ndak", "nda",
        # particles
        "sih", "dong", "deh", "kok", "lho", "loh", "nih", "tuh", "yuk", "kan",
        # function words and adverbs
        "udah", "aja", "doang", "gimana", "gitu", "gini", "kalo", "banget", "emang", "kayak",
        "kayaknya", "sampe", "pengen", "pingin", "bener", "dapet", "abis", "ama", "bikin", "pake",
        "ngapain", "ngomong", "gue", "gua", "elo", "lu", "kita-kita", "nyampe", "udahlah",
    }
)  # fmt: skip

#: Vowels dropped, and f read as p: a speaker of Arabic loans says *nafas*, *fikir*, *faham* for the standard
#: *napas*, *pikir*, *paham* (KBBI lists both), a difference the ear hears as it hears *antri*/*antre*.
_VOWELS = str.maketrans("f", "p", "aeiou")


def is_colloquial(words: list[str]) -> bool:
    """True when any of ``words`` (lower case) is a colloquial marker."""
    return not COLLOQUIAL_MARKERS.isdisjoint(words)


def spoken_variant(written: str, standard: str) -> bool:
    """True when ``written`` is a pronunciation of the single word ``standard``: both are one word of
    letters and they differ by their vowels only (*antri*/*antre*, *cabe*/*cabai*, *coklat*/*cokelat*), or by
    an *f* said for a *p* in an Arabic loan (*nafas*/*napas*)."""
    w, s = written.lower(), standard.lower()
    if w == s or not (w.isalpha() and s.isalpha()):
        return False
    return w.translate(_VOWELS) == s.translate(_VOWELS)


def in_colloquial_speech(doc: Document, offset: int) -> bool:
    """``offset`` lies inside a direct quotation whose words are colloquial (:func:`is_colloquial`); the
    verdict of each quotation is kept in ``doc.cache``."""
    if not doc.in_quote(offset):
        return False
    verdicts: dict[int, bool] = doc.cache.setdefault("colloquial_quotations", {})
    for i, q in enumerate(doc.quotations):
        if q.depth == 0 and q.start <= offset < q.end:
            verdict = verdicts.get(i)
            if verdict is None:
                # the quotation's own tokens, read off the document (no second tokenizer)
                toks = doc.tokens[doc.token_index_at(q.start) : doc.token_index_at(q.end)]
                verdict = verdicts[i] = is_colloquial([t.text.lower() for t in toks])
            return verdict
    return False


# A written text quoted word for word: a post, a caption, a letter, an old book.  Its spelling is its
# author's, and the copy must keep it as written (an editor adds [sic], never a correction), unlike speech,
# which the reporter spells.  Three signs mark one:
#: the attribution after the closing mark names writing ("…," tulis akun X; "…," bunyi kitab itu; lanjut surat itu)
_WRITTEN_AFTER = re.compile(
    r"[\s,.]*(?:(?:demikian|begitu|seperti)\s+)?(?:tulis|tulisnya|tulisan|bunyi|bunyinya|cuit|cuitnya|cuitan|"
    r"kicau|kicauan|isi|isinya|keterangan|takarir|caption|unggahan|postingan|status|"
    r"lanjut\s+(?:kitab|surat|pesan|unggahan|tulisan|keterangan|narasi|dokumen|naskah|takarir))(?![\w-])",
    re.I,
)
#: the words before the opening mark introduce writing (bertuliskan "…"; menulis, "…"; keterangan: "…")
_WRITTEN_BEFORE = re.compile(
    r"(?<![\w-])(?:bertuliskan|bertulisan|berbunyi|tertulis|isinya|berisi|berisikan|menulis|menuliskan|mencuit|"
    r"(?:keterangan|takarir|caption|unggahan|postingan|narasi|pesan|tulisan|cuitan|status)(?:nya)?)\s*[:,]?\s*$",
    re.I,
)
#: a paragraph that announces the text below it ("Berikut narasi yang dibagikan:"), in a fact check
_WRITTEN_INTRO = re.compile(
    r"(?<![\w-])(?:narasi|unggahan|postingan|pesan|tulisan|isi|bunyi|keterangan|takarir|caption|cuitan|kicauan|"
    r"teks|status)(?:nya)?(?![\w-])",
    re.I,
)
_HEADING_MAX = 60
_BLOCK_BACK = 6


def in_written_text(doc: Document, offset: int) -> bool:
    """True when ``offset`` lies in a written text the draft quotes word for word: a quotation whose
    attribution names writing (*tulis akun itu*, *bunyi kitab*), or one introduced as writing
    (*bertuliskan*, *keterangan:*), or a paragraph of a block that a paragraph ending in a colon announces as
    a post or a message (*Berikut narasi yang dibagikan:*) and no heading closes.  Meant for a finding
    already made (a few per draft): each call reads a few dozen characters."""
    text = doc.text
    para = doc.paragraph_at(offset)
    if doc.in_quote(offset):
        for q in doc.quotations:
            if q.depth == 0 and q.start <= offset < q.end:
                p_end = para.end if para is not None else len(text)
                p_start = para.start if para is not None else 0
                if q.closed and _WRITTEN_AFTER.match(text, q.end, min(p_end, q.end + 60)):
                    return True
                if _WRITTEN_BEFORE.search(text, max(p_start, q.start - 60), q.start):
                    return True
                break
    if para is None:
        return False
    for j in range(para.index - 1, max(-1, para.index - 1 - _BLOCK_BACK), -1):
        p = doc.paragraphs[j]
        body = text[p.start : p.end].rstrip()
        if not body:
            continue
        if body.endswith(":"):
            return _WRITTEN_INTRO.search(body) is not None
        if len(body) <= _HEADING_MAX and body[-1] not in ".!?;,\"'”’)":
            return False  # a heading ("Penelusuran Kompas.com") closes the quoted block
    return False
