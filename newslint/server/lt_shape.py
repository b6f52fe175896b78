"""LanguageTool's HTTP API shape: requests in, answers out.

Pure functions, no web framework: the server's workers call them, and tests
call them directly.

* :func:`parse_annotated` reads LanguageTool's annotated ``data`` field
  (``{"annotation": [{"text": …} | {"markup": …, "interpretAs": …}]}``) into
  the text newslint checks plus a map back to offsets of the whole original
  (markup included), as LanguageTool does.
* :func:`to_match` turns a newslint :class:`Finding` into a LanguageTool
  match. Offsets and lengths are counted in UTF-16 code units (Java strings),
  which is what every LanguageTool client expects: an emoji before a finding
  counts two.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from typing import Any

from newslint.engine.finding import Finding, Severity

LANGUAGE_NAME = "Indonesian"
LANGUAGE_CODE = "id-ID"
#: The ``language`` values accepted (compared case-insensitively); "auto" detects Indonesian.
LANGUAGES = ("id", "id-ID", "auto")
SUPPORTED_TEXT = "id, id-ID, auto"

#: newslint rule family → (category id, name in id, name in en, LanguageTool issue type).
#: Issue types are LanguageTool's (from the Localization Quality Issue list):
#: clients colour misspelling red and style blue.
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "typo": ("TYPOS", "Salah ketik", "Possible typo", "misspelling"),
    "spelling": ("SPELLING", "Ejaan baku", "Standard spelling", "misspelling"),
    "punct": ("PUNCTUATION", "Tanda baca", "Punctuation", "typographical"),
    "caps": ("CASING", "Huruf kapital", "Capitalisation", "typographical"),
    "quote": ("QUOTES", "Kutipan", "Quotations", "typographical"),
    "number": ("NUMBERS", "Penulisan angka", "Numbers", "numbers"),
    "time": ("DATES", "Waktu dan tanggal", "Dates and times", "inconsistency"),
    "attribution": ("ATTRIBUTION", "Atribusi", "Attribution", "style"),
    "source": ("SOURCES", "Sumber berita", "Sources", "style"),
    "ethics": ("ETHICS", "Etika jurnalistik", "Journalism ethics", "style"),
    "structure": ("STRUCTURE", "Struktur berita", "Story structure", "style"),
    "style": ("STYLE", "Gaya bahasa", "Style", "style"),
    "wordiness": ("REDUNDANCY", "Kata mubazir", "Redundancy", "style"),
    "redundancy": ("REPETITION", "Pengulangan", "Repetition", "duplication"),
    "usage": ("USAGE", "Pilihan dan bentuk kata", "Word choice and formation", "grammar"),
    "grammar": ("GRAMMAR", "Tata bahasa", "Grammar", "grammar"),
}
#: LanguageTool category id → newslint family, for enabledCategories/disabledCategories.
FAMILY_OF_CATEGORY = {cat: family for family, (cat, *_rest) in FAMILIES.items()}
_CONTEXT_CHARS = 40  # on either side, as LanguageTool does
_SENTENCE_REACH = 600  # characters searched either way for a sentence's ends
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)]*\s")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class RequestError(ValueError):
    """A request the server answers with 400 and this message."""


# --- languages ----------------------------------------------------------------


def languages() -> list[dict[str, str]]:
    """The answer to ``GET /v2/languages``."""
    return [
        {"name": LANGUAGE_NAME, "code": "id", "longCode": LANGUAGE_CODE},
    ]


def check_language(value: str | None) -> None:
    """RequestError naming the supported languages unless ``value`` is one of them."""
    if value is None or not value.strip():
        raise RequestError(f"missing 'language' parameter (supported: {SUPPORTED_TEXT})")
    if value.strip().lower() not in {v.lower() for v in LANGUAGES}:
        raise RequestError(
            f"language {value.strip()[:40]!r} is not supported: newslint checks Indonesian only "
            f"(supported: {SUPPORTED_TEXT})"
        )


# --- annotated text -------------------------------------------------------------


@dataclass
class Annotated:
    """The checked text and the way back to offsets of the whole original."""

    original: str  # every part's text or markup, concatenated: what client offsets count
    plain: str  # what newslint checks: text parts and markup's interpretAs
    #: (plain start, plain length, original start, original length, is text); markup
    #: interpreted as some text maps every offset inside it to the whole markup
    segments: list[tuple[int, int, int, int, bool]]

    def __post_init__(self) -> None:
        self._plain_starts = [s[0] for s in self.segments]

    @classmethod
    def of_text(cls, text: str) -> Annotated:
        return cls(text, text, [(0, len(text), 0, len(text), True)])

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """Offset into :attr:`original` of a plain-text offset (``end``: exclusive end)."""
        find = bisect.bisect_left if end else bisect.bisect_right
        i = find(self._plain_starts, offset) - 1
        if i < 0:
            return 0
        p0, plen, o0, olen, is_text = self.segments[i]
        if is_text:
            return o0 + min(max(offset - p0, 0), olen)
        return o0 + olen if end else o0


def parse_annotated(data: str, max_parts: int = 100_000) -> Annotated:
    """Read LanguageTool's ``data`` parameter; RequestError with a one-line reason."""
    try:
        payload = json.loads(data)
    except (ValueError, RecursionError):
        raise RequestError("'data' is not valid JSON") from None
    parts = payload.get("annotation") if isinstance(payload, dict) else None
    if not isinstance(parts, list):
        raise RequestError("'data' must be a JSON object with an 'annotation' list")
    if len(parts) > max_parts:
        raise RequestError(f"'data' has more than {max_parts} annotation parts")
    original: list[str] = []
    plain: list[str] = []
    segments: list[tuple[int, int, int, int, bool]] = []
    o = p = 0
    for n, part in enumerate(parts):
        if not isinstance(part, dict):
            raise RequestError(f"'data' annotation part {n} is not an object")
        text, markup, interpret = part.get("text"), part.get("markup"), part.get("interpretAs")
        if text is not None:
            if not isinstance(text, str) or markup is not None:
                raise RequestError(f"'data' annotation part {n}: 'text' must be a string, without 'markup'")
            if text:
                segments.append((p, len(text), o, len(text), True))
                original.append(text)
                plain.append(text)
                o += len(text)
                p += len(text)
            continue
        if not isinstance(markup, str):
            raise RequestError(f"'data' annotation part {n} needs 'text' or 'markup' (a string)")
        if interpret is not None and not isinstance(interpret, str):
            raise RequestError(f"'data' annotation part {n}: 'interpretAs' must be a string")
        if interpret:
            segments.append((p, len(interpret), o, len(markup), False))
            plain.append(interpret)
            p += len(interpret)
        original.append(markup)
        o += len(markup)
    return Annotated("".join(original), "".join(plain), segments)


# --- UTF-16 ----------------------------------------------------------------------


class Utf16:
    """Code-point offsets of one text → UTF-16 offsets (cheap when the text has no astral characters)."""

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect.bisect_left(self._astral, offset)


def utf16_len(text: str) -> int:
    return len(text) + len(_ASTRAL.findall(text)) if text else 0


# --- matches -----------------------------------------------------------------------


def category(rule_id: str, lang: str = "id") -> tuple[dict[str, str], str]:
    """LanguageTool's ``rule.category`` and ``issueType`` for a newslint rule."""
    family = rule_id.split("/", 1)[0]
    known = FAMILIES.get(family)
    if known is None:
        return {"id": re.sub(r"\W", "_", family).upper() or "MISC", "name": family}, "uncategorized"
    cat_id, name_id, name_en, issue = known
    if "repeated" in rule_id or "duplicate" in rule_id:
        issue = "duplication"
    return {"id": cat_id, "name": name_en if lang == "en" else name_id}, issue


def _context(text: str, start: int, end: int) -> dict[str, Any]:
    """LanguageTool's ``context``: up to 40 characters each side, line breaks as spaces, '...' where cut."""
    left = max(0, start - _CONTEXT_CHARS)
    right = min(len(text), end + _CONTEXT_CHARS)
    before = ("..." if left > 0 else "") + text[left:start]
    flagged = text[start:end]
    after = text[end:right] + ("..." if right < len(text) else "")
    snippet = (before + flagged + after).replace("\r", " ").replace("\n", " ")
    return {"text": snippet, "offset": utf16_len(before), "length": utf16_len(flagged)}


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``[start, end)``: inside its line, between sentence-ending marks.

    The search looks at most :data:`_SENTENCE_REACH` characters either way,
    so thousands of findings on one endless line stay linear.
    """
    lo = max(0, start - _SENTENCE_REACH)
    hi = min(len(text), end + _SENTENCE_REACH)
    s = text.rfind("\n", lo, start) + 1 or lo
    line_end = text.find("\n", end, hi)
    if line_end < 0:
        line_end = hi
    for m in _SENTENCE_END.finditer(text, s, start):
        s = m.end()
    m = _SENTENCE_END.search(text, end, line_end)
    e = m.end() if m else line_end
    return text[s:e].strip()


def to_match(
    f: Finding,
    annotated: Annotated,
    utf16: Utf16,
    summaries: dict[str, str],
    lang: str = "id",
) -> dict[str, Any]:
    """One LanguageTool match for finding ``f`` (offsets into ``annotated.plain``)."""
    plain = annotated.plain
    start, end = f.start, max(f.end, f.start)
    replacements: list[str] = []
    if f.fix is not None:
        # a client replaces exactly the span it is given: widen it to cover the fix
        fs, fe = f.fix.start, f.fix.end
        s0, e0 = min(start, fs), max(end, fe)
        # only the fix: a rule's suggestions may name a wider phrase than the span ("10%" for " %")
        replacements.append(plain[s0:fs] + f.fix.replacement + plain[fe:e0])
        start, end = s0, e0
    else:
        replacements += list(dict.fromkeys(f.suggestions))
    o_start = annotated.to_original(start)
    o_end = max(o_start, annotated.to_original(end, end=True))
    off16 = utf16(o_start)
    cat, issue = category(f.rule, lang)
    summary = summaries.get(f.rule) or f.message
    return {
        "message": f.message,
        "shortMessage": summary,
        "replacements": [{"value": r} for r in replacements[:10]],
        "offset": off16,
        "length": utf16(o_end) - off16,
        "context": _context(plain, start, end),
        "sentence": _sentence(plain, start, end),
        "type": {"typeName": "UnknownWord" if issue == "misspelling" else "Hint" if issue == "style" else "Other"},
        "rule": {
            "id": f.rule,
            "description": summary,
            "issueType": issue,
            "category": cat,
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
        "newslint": {"severity": f.severity.value},
    }


def check_answer(matches: list[dict[str, Any]], version: str, incomplete: bool = False) -> dict[str, Any]:
    """The whole answer to ``/v2/check``."""
    return {
        "software": {
            "name": "newslint",
            "version": version,
            "buildDate": "",
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": incomplete},
        "language": {
            "name": LANGUAGE_NAME,
            "code": LANGUAGE_CODE,
            "detectedLanguage": {"name": LANGUAGE_NAME, "code": LANGUAGE_CODE, "confidence": 1.0},
        },
        "matches": matches,
    }


def shown(f: Finding, picky: bool) -> bool:
    """LanguageTool's ``level``: the default level leaves out newslint's info findings; ``picky`` keeps them."""
    return picky or f.severity is not Severity.INFO
