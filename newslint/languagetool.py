"""LanguageTool adapter: English passages of a draft, checked by a LanguageTool server.

LanguageTool has no Indonesian, but Indonesian copy quotes English sources
and newsrooms run LanguageTool servers for their English desks.  With

.. code-block:: yaml

    languagetool:
      server: http://localhost:8081     # or "local" (needs newslint[languagetool], Java 17)
      language: en-US
      timeout: 10                       # seconds, optional

newslint picks the English passages of a draft (quotations first, then whole
sentences; see :func:`english_passages`), sends them in one ``POST
/v2/check`` request and reports each match as ``languagetool/<rule id>``.
LanguageTool counts offsets in UTF-16 code units (Java strings); they are
converted to code points before mapping to the source.

Off by default.  An unreachable server is one warning line for the run; the
rest of the report still prints and the exit code does not change.
"""

from __future__ import annotations

import json
import re
from typing import Any

from newslint.engine.finding import Finding, Severity
from newslint.model.document import Document

#: English function words that Indonesian prose does not use as words.
#: ("di", "a", "I", "me", "man" are left out: they are Indonesian words,
#: initials or loans in Indonesian copy.)
ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "for",
        "on",
        "with",
        "as",
        "at",
        "by",
        "from",
        "but",
        "or",
        "not",
        "no",
        "will",
        "would",
        "should",
        "could",
        "can",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "we",
        "you",
        "they",
        "he",
        "she",
        "our",
        "your",
        "their",
        "his",
        "her",
        "them",
        "us",
        "an",
        "there",
        "here",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "why",
        "how",
        "if",
        "than",
        "then",
        "so",
        "very",
        "just",
        "about",
        "into",
        "over",
        "after",
        "before",
        "because",
        "while",
        "also",
        "only",
        "all",
        "any",
        "some",
        "more",
        "most",
        "other",
        "such",
        "my",
        "mine",
        "yours",
        "ours",
        "theirs",
        "i'm",
        "it's",
        "don't",
        "can't",
        "won't",
        "we're",
        "they're",
        "isn't",
        "aren't",
        "wasn't",
    ]
)
MIN_WORDS = 4  # shorter passages are names, titles or slogans
MIN_SHARE = 0.25  # share of English function words among the words
MIN_HITS = 2

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_unreachable: set[str] = set()  # servers already reported as down in this run


def validate_settings(value: Any) -> dict[str, Any]:
    """Check the ``languagetool:`` config mapping; ValueError with a one-line reason."""
    if not isinstance(value, dict):
        raise ValueError("must be a mapping with 'server' (URL or 'local') and 'language'")
    unknown = set(value) - {"server", "language", "timeout", "enabled"}
    if unknown:
        raise ValueError(f"unknown key {sorted(unknown)[0]!r} (known: enabled, language, server, timeout)")
    server = value.get("server")
    if not isinstance(server, str) or not (server == "local" or re.match(r"https?://[^\s/]+", server)):
        raise ValueError("server must be an http(s) URL (e.g. http://localhost:8081) or 'local'")
    language = value.get("language", "en-US")
    if not isinstance(language, str) or not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]+)*", language):
        raise ValueError("language must be a language code such as en-US or en-GB")
    timeout = value.get("timeout", 10)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 < timeout <= 300:
        raise ValueError("timeout must be a number of seconds between 0 and 300")
    enabled = value.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ValueError("enabled must be true or false")
    if not enabled:
        return {}
    return {"server": server, "language": language, "timeout": float(timeout)}


def is_english(text: str) -> bool:
    """True when ``text`` reads as English: enough words, enough English function words."""
    words = [w.lower() for w in _WORD.findall(text)]
    total = len(text.split())
    if len(words) < MIN_WORDS or total == 0:
        return False
    hits = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
    return hits >= MIN_HITS and hits / total >= MIN_SHARE


def english_passages(doc: Document) -> list[tuple[int, int]]:
    """Spans of ``doc.text`` to send: English quotations, then English sentences outside them."""
    spans: list[tuple[int, int]] = []
    for q in doc.quotations:
        inner = q.inner
        if inner.end > inner.start and is_english(doc.text[inner.start : inner.end]):
            spans.append((inner.start, inner.end))
    for s in doc.sentences:
        if any(a < s.end and s.start < b for a, b in spans):
            continue  # its English part is already in as a quotation
        text = doc.text[s.start : s.end]
        if is_english(text):
            spans.append((s.start, s.end))
    return sorted(spans)


def utf16_to_index(text: str) -> list[int]:
    """For each UTF-16 offset into ``text`` (and its end), the code-point offset."""
    out: list[int] = []
    for i, c in enumerate(text):
        out.append(i)
        if ord(c) > 0xFFFF:
            out.append(i)  # the low surrogate: inside the same character
    out.append(len(text))
    return out


def _server_url(settings: dict[str, Any]) -> str:
    server = settings["server"]
    if server == "local":
        server = _local_server(settings["language"])
    return server.rstrip("/") + ("/check" if server.rstrip("/").endswith("/v2") else "/v2/check")


def _local_server(language: str) -> str:
    """Start LanguageTool locally through language-tool-python (downloads it; needs Java 17)."""
    try:
        import language_tool_python
    except ImportError:
        raise ConnectionError("server 'local' needs the extra: pip install 'newslint[languagetool]'") from None
    tool = language_tool_python.LanguageTool(language)  # kept alive for the run by the module
    _LOCAL.append(tool)
    return tool.url.rstrip("/")


_LOCAL: list[Any] = []


def check_text(text: str, settings: dict[str, Any]) -> list[dict[str, Any]]:
    """POST ``text`` to the server's ``/v2/check``; the ``matches`` of the response.

    Raises ConnectionError with a one-line reason when the server cannot be used.
    """
    import urllib.error
    import urllib.parse
    import urllib.request

    url = _server_url(settings)
    body = urllib.parse.urlencode({"text": text, "language": settings["language"]}).encode("utf-8")
    req = urllib.request.Request(
        url,
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=settings.get("timeout", 10)) as resp:  # noqa: S310 - configured URL
            payload = json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        raise ConnectionError(f"{url} answered HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ConnectionError(f"{url} unreachable ({reason})") from None
    except (ValueError, UnicodeDecodeError):
        raise ConnectionError(f"{url} did not answer with LanguageTool JSON") from None
    matches = payload.get("matches") if isinstance(payload, dict) else None
    if not isinstance(matches, list):
        raise ConnectionError(f"{url} did not answer with LanguageTool JSON (no 'matches')")
    return matches


_SEPARATOR = "\n\n"  # LanguageTool treats blank-line-separated text as separate paragraphs


def languagetool_findings(doc: Document, settings: dict[str, Any]) -> list[Finding]:
    """Raw findings (offsets into ``doc.text``) for the English passages of ``doc``."""
    spans = english_passages(doc)
    if not spans:
        return []
    parts: list[str] = []
    starts: list[tuple[int, int]] = []  # (offset in the request text, offset in doc.text)
    at = 0
    for s, e in spans:
        starts.append((at, s))
        parts.append(doc.text[s:e])
        at += e - s + len(_SEPARATOR)
    request_text = _SEPARATOR.join(parts)
    index = utf16_to_index(request_text)
    findings: list[Finding] = []
    for m in check_text(request_text, settings):
        try:
            off16, len16 = int(m["offset"]), int(m["length"])
            rule = m.get("rule") or {}
            rule_id = str(rule.get("id") or "UNKNOWN")
        except (KeyError, TypeError, ValueError):
            continue
        if off16 < 0 or len16 < 0 or off16 >= len(index):
            continue
        start = index[off16]
        end = index[min(off16 + len16, len(index) - 1)]
        # which passage: the last one starting at or before the match
        k = max(i for i, (req, _) in enumerate(starts) if req <= start)
        req_start, doc_start = starts[k]
        passage_len = spans[k][1] - spans[k][0]
        if start - req_start >= passage_len:
            continue  # in the separator
        d0 = doc_start + start - req_start
        d1 = doc_start + min(end - req_start, passage_len)
        issue = str(rule.get("issueType") or "")
        severity = Severity.WARNING if issue in ("misspelling", "grammar") else Severity.INFO
        message = str(m.get("message") or rule.get("description") or rule_id)
        suggestions = [str(r.get("value")) for r in (m.get("replacements") or [])[:5] if isinstance(r, dict)]
        findings.append(
            Finding(
                rule=f"languagetool/{rule_id}",
                severity=severity,
                message=f"LanguageTool: {message}",
                start=d0,
                end=max(d1, d0),
                suggestions=suggestions,
                extra={
                    "languagetool": {
                        "rule": rule_id,
                        "category": (rule.get("category") or {}).get("id"),
                        "issue_type": issue or None,
                        "description": rule.get("description"),
                    }
                },
            )
        )
    return findings


def add_languagetool_findings(
    doc: Document, result: Any, settings: dict[str, Any], args: Any, warnings: list[str]
) -> None:
    """Add LanguageTool findings to a lint result (the CLI's hook); warnings for a server that is down."""
    from newslint.engine.linter import matches_selector, resolve

    if not settings:
        return
    key = str(settings.get("server"))
    if key in _unreachable:
        return
    select = _csv(getattr(args, "select", None))
    ignore = _csv(getattr(args, "ignore", None))
    probe = "languagetool/X"
    if select and not any(matches_selector(probe, s) for s in select):
        return
    if ignore and any(s.strip().rstrip("/") == "languagetool" or s.strip() in ("*", "all") for s in ignore):
        return
    try:
        raw = languagetool_findings(doc, settings)
    except ConnectionError as exc:
        _unreachable.add(key)
        warnings.append(f"LanguageTool: {exc}; English passages were not checked")
        return
    if ignore:
        raw = [f for f in raw if not any(matches_selector(f.rule, s) for s in ignore)]
    if select:
        raw = [f for f in raw if any(matches_selector(f.rule, s) for s in select)]
    if raw:
        result.findings = sorted(result.findings + resolve(doc, raw), key=Finding.sort_key)


def _csv(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    out = [v.strip() for item in values for v in item.split(",") if v.strip()]
    return out or None
