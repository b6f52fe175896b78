"""Where a YAML rule looks: zones, quotations, the units it counts in, and the spans it never
reports in (URLs, e-mail addresses, domains, hashtags, mentions). Python checks share
:func:`protected_mask` / :func:`touches_protected` through :mod:`newslint.engine.helpers`."""

from __future__ import annotations

import bisect
from itertools import compress
from operator import itemgetter

from newslint.engine.yaml_rules.schema import ZONE_NAMES, RuleLoadError
from newslint.model.document import PROSE_ZONES, Document, TokenKind, Zone

# Word boundaries: a hyphen joins words ("anak-anak"); an apostrophe joins
# them only between letters ("Jum'at"), so a word inside single quotation
# marks ('resiko') is still a word.
WORD_L = r"(?<![\w\-])(?<!\w['’])"
WORD_R = r"(?![\w\-])(?!['’]\w)"
_PROTECTED = frozenset((TokenKind.URL, TokenKind.EMAIL, TokenKind.DOMAIN, TokenKind.HASHTAG, TokenKind.MENTION))
_token_kind = itemgetter(3)  # Token.kind: an index into the named tuple, no attribute lookup


def protected_mask(doc: Document) -> bytearray:
    """1 for characters inside URLs, e-mails, domains, hashtags and mentions.

    Built on first use (rules ask for it when they have a match to vet) and kept in
    ``doc.cache``; the protected tokens are picked out in C (``map`` over the kinds,
    ``compress``), not by a Python loop over every token."""
    mask = doc.cache.get("protected_mask")
    if mask is None:
        mask = bytearray(len(doc.text))
        tokens = doc.tokens
        if not _PROTECTED.isdisjoint(map(_token_kind, tokens)):
            for t in compress(tokens, map(_PROTECTED.__contains__, map(_token_kind, tokens))):
                mask[t.start : t.end] = b"\x01" * (t.end - t.start)
        doc.cache["protected_mask"] = mask
    return mask


def touches_protected(doc: Document, start: int, end: int) -> bool:
    """True when ``doc.text[start:end]`` overlaps a URL, e-mail, domain, hashtag or mention
    (offsets as in a slice; ``bytearray.find`` tests the span without copying it)."""
    return protected_mask(doc).find(1, start, end) != -1


class Scope:
    """Where a rule looks: zones and inside/outside quotations."""

    def __init__(self, names: list[str] | None) -> None:
        names = list(names or [])
        zones = {n for n in names if n in ZONE_NAMES}
        self.zones = frozenset(Zone(z) for z in zones) if zones else PROSE_ZONES
        self.dateline = Zone.DATELINE in self.zones
        self.quote = "quotation" in names
        self.outside = "outside-quotation" in names

    def accepts(self, doc: Document, start: int, end: int) -> bool:
        zone = doc.zone_of(start)
        if zone is None:
            return False
        if zone is Zone.DATELINE and not self.dateline:
            return False
        if zone is not Zone.DATELINE and zone not in self.zones:
            return False
        if self.quote or self.outside:
            inside = doc.in_speech(start, end)
            if self.quote and not inside:
                return False
            if self.outside and inside:
                return False
        return not touches_protected(doc, start, end)


def _units(doc: Document, unit: str) -> list[tuple[int, int]]:
    if unit == "sentence":
        return [(s.start, s.end) for s in doc.sentences]
    if unit == "paragraph":
        return [(p.start, p.end) for p in doc.paragraphs]
    if unit in ("document", "text"):
        return [(0, len(doc.text))]
    raise RuleLoadError(f"unknown unit {unit!r}")


def _units_holding(units: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The units that hold one of the (sorted) ``spans`` whole: a match lies inside its unit, so a
    unit without a required literal cannot have one.  Sentences and paragraphs are sorted and
    disjoint; should units ever overlap, all are kept."""
    if not spans:
        return []
    if any(units[i][1] > units[i + 1][0] for i in range(len(units) - 1)):
        return units
    starts = [u[0] for u in units]
    keep: list[tuple[int, int]] = []
    last = -1
    for s, e in spans:
        i = bisect.bisect_right(starts, s) - 1
        if i > last and e <= units[i][1]:
            keep.append(units[i])
            last = i
    return keep
