"""Which part of a news item each block is: kicker, headline, deck, lead, body.

Plain-text convention: the first non-empty line is the headline (Markdown
front matter ``title:`` wins where the parser finds one) unless it reads as
body text: a draft that starts with its lead has no headline (see
:func:`reads_as_body`).  A one-word line
above the headline is a *kicker*: the category label a CMS copy-paste drags
along ("Otomotif", "Sukses").  The lead is the paragraph that opens with a
dateline; blocks between the headline and it are the deck.  Without a
dateline the first block after the headline is the lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newslint.lazyre import compile_cached
from newslint.model.document import Zone

_DASH = r"\s*[-–—]{1,2}\s*"
_PLACE = r"[A-Z][A-Za-z'.]*(?:\s+[A-Z][A-Za-z'.]*){0,3}"
_PLACE_UP = r"[A-Z][A-Z'.]*(?:\s+[A-Z][A-Z'.]*){0,3}"

#: Dateline patterns of the major Indonesian outlets, most specific first.
#: Each has the named groups ``outlet`` and, where the pattern names one, ``place``.
DEFAULT_DATELINES: list[str] = [
    # Liputan6.com, Jakarta -   /  TEMPO.CO, Jakarta -
    rf"(?P<outlet>[A-Za-z0-9]+\.(?i:com|co|co\.id|id)),\s*(?P<place>{_PLACE}){_DASH}",
    # BOGOR, KOMPAS.com -  /  JAKARTA, KOMPAS.com –
    rf"(?P<place>{_PLACE_UP}),\s*(?P<outlet>[A-Za-z0-9]+\.(?i:com|co\.id|id)){_DASH}",
    # KONTAN.CO.ID - JAKARTA.  /  KONTAN.CO.ID - WASHINGTON -
    rf"(?P<outlet>[A-Z0-9]+\.CO\.ID){_DASH}(?P<place>{_PLACE_UP})(?:\.\s+|{_DASH})",
    # KOMPAS.com -
    rf"(?P<outlet>[A-Za-z0-9]+\.(?i:com|co\.id|id)){_DASH}",
    # PALEMBANG, NUSALY -  /  AMBON, SIWALIMA -  (an outlet without a domain, in capitals like the place)
    rf"(?P<place>{_PLACE_UP}),\s*(?P<outlet>[A-Z][A-Z0-9]{{2,}}(?:\s+[A-Z][A-Z0-9]{{2,}})?){_DASH}",
    # Jakarta (ANTARA) -
    rf"(?P<place>{_PLACE})\s*\((?P<outlet>ANTARA|Antara|ANTARA News)\){_DASH}",
    # Jakarta, CNN Indonesia --
    rf"(?P<place>{_PLACE}),\s*(?P<outlet>CNN Indonesia|CNBC Indonesia|Tribunnews|Republika|Bisnis)\s*(?:--|[-–—]){{1,2}}\s*",
    # JAKARTA (Reuters) -
    rf"(?P<place>{_PLACE})\s*\((?P<outlet>Reuters|AFP|AP|Xinhua|Bernama)\){_DASH}",
    # detik: "Jakarta - " (place alone, short, then a spaced dash)
    rf"(?P<place>{_PLACE})\s+[-–—]\s+",
]


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    start: int
    end: int
    outlet: str | None
    place: str | None


#: Time one user-supplied dateline pattern may take on one paragraph start.
USER_PATTERN_SECONDS = 0.05


class DatelineMatcher:
    def __init__(self, patterns: list[str] | None = None) -> None:
        self.patterns = [_compile(p) for p in (patterns or DEFAULT_DATELINES)]

    def match(self, text: str, start: int, end: int) -> DatelineMatch | None:
        for pat in self.patterns:
            if isinstance(pat, re.Pattern):
                m = pat.match(text, start, min(end, start + 80))
            else:
                try:
                    m = pat.match(text, start, min(end, start + 80), timeout=USER_PATTERN_SECONDS)
                except TimeoutError:
                    m = None  # a pattern that backtracks without end simply does not match
            if m:
                gd = m.groupdict()
                return DatelineMatch(m.start(), m.end(), gd.get("outlet"), gd.get("place"))
        return None


@lru_cache(maxsize=1)
def _default_matcher() -> DatelineMatcher:
    """The matcher of :data:`DEFAULT_DATELINES`, built once: building one hands each pattern to the C matcher
    again (a tenth of a millisecond per draft), and matching leaves it as it was."""
    return DatelineMatcher()


def _compile(pattern: str) -> Any:
    # patterns from a configuration file run under a time limit (the regex module's timeout)
    if pattern in DEFAULT_DATELINES:
        return compile_cached(pattern)
    import regex

    try:
        return regex.compile(pattern)
    except regex.error:  # the few patterns only `re` accepts (validated when the config was read)
        return re.compile(pattern)


_TERMINAL = compile_cached(r"[.!?…]\s*$")
_SENT_END = compile_cached(r"[.!?…](?:\s|$)")


def _words(text: str) -> int:
    return len(text.split())


# a sentence end inside a block: terminal mark, space, then a capital, a digit or an opening quote
_INNER_SENT_END = compile_cached(r"[.!?…][\"”’']?\s+(?=[A-Z0-9\"“‘'(])")
#: Headlines of 415 published articles have at most 18 words; no headline runs to
#: several sentences or to a long sentence closed by a full stop.
HEADLINE_MAX_WORDS = 25


def _title_case(block: str) -> bool:
    """True when most longer words are capitalised, as in a headline ("KPK Tetapkan Tiga Tersangka Baru")
    and not in a sentence of body text ("Polisi menangkap dua pria di Depok")."""
    longer = [w for w in block.split() if len(w) > 3 and w[:1].isalpha()]
    return not longer or 2 * sum(w[:1].isupper() for w in longer) > len(longer)


def reads_as_body(block: str, matcher: DatelineMatcher | None = None) -> bool:
    """True when a first block is the lead or body text rather than a headline.

    A headline is short and rarely closed by a full stop.  Body text is a block of
    more than :data:`HEADLINE_MAX_WORDS` words; two or more sentences closed by a
    full stop, three or more sentences, or two of more than 20 words ("Kabar Baik!
    Penerima Bansos Dapat Rp1,5 Juta" stays a headline); more than 15 words closed by
    a single full stop; or a block that opens with a dateline and is closed by a
    terminal mark or runs past a dozen words ("Jakarta - Polisi menangkap ...")."""
    block = block.strip()
    words = _words(block)
    if words > HEADLINE_MAX_WORDS:
        return True
    closed = block.endswith(".") and not block.endswith("..")
    inner = len(_INNER_SENT_END.findall(block))
    if closed and (inner or words > 15 or not _title_case(block)):
        return True
    if inner >= 2 or (inner and words > 20):
        return True
    if matcher is not None and (words > 12 or _TERMINAL.search(block)):
        m = matcher.match(block, 0, len(block))
        if m is not None and _words(block[m.end :]) >= 3:
            return True
    return False


def assign_zones(
    text: str,
    blocks: list[tuple[int, int, Zone | None]],
    *,
    layout: str = "news",
    has_title: bool = False,
    datelines: DatelineMatcher | None = None,
) -> tuple[list[Zone], DatelineMatch | None]:
    """Zones for ``blocks`` (start, end, hint).  Hints given by a parser win."""
    n = len(blocks)
    zones: list[Zone | None] = [hint for _, _, hint in blocks]
    if layout != "news":
        return [z or Zone.BODY for z in zones], None
    matcher = datelines or _default_matcher()
    i = 0
    if not has_title and not any(z is Zone.HEADLINE for z in zones):
        # kicker: one-word line with no final punctuation, then a headline-like block
        if n >= 3 and zones[0] is None and zones[1] is None:
            first = text[blocks[0][0] : blocks[0][1]].strip()
            second = text[blocks[1][0] : blocks[1][1]].strip()
            if (
                _words(first) == 1
                and not _TERMINAL.search(first)
                and first[:1].isupper()
                and second[:1].isupper()
                and _words(second) <= 25
                and len(_SENT_END.findall(second)) <= 1
            ):
                zones[0] = Zone.KICKER
                i = 1
        if i < n and zones[i] is None and not reads_as_body(text[blocks[i][0] : blocks[i][1]], matcher):
            zones[i] = Zone.HEADLINE
            i += 1
    else:
        while i < n and zones[i] is not None:
            i += 1
    # the lead: the first block (within the next few) that opens with a dateline
    dateline: DatelineMatch | None = None
    lead = -1
    for j in range(i, min(n, i + 4)):
        if zones[j] is not None:
            continue
        m = matcher.match(text, blocks[j][0], blocks[j][1])
        if m is not None and _words(text[m.end : blocks[j][1]]) >= 3:
            dateline, lead = m, j
            break
    if lead >= 0:
        for j in range(i, lead):
            if zones[j] is None:
                zones[j] = Zone.DECK
    else:
        for j in range(i, n):
            if zones[j] is None:
                lead = j
                break
    if lead >= 0:
        zones[lead] = Zone.LEAD
    return [z or Zone.BODY for z in zones], dateline
