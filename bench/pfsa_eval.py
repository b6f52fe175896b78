#!/usr/bin/env python3
"""Who said what, measured against PFSA-ID (hand-annotated statement attributions in Kompas news).

    python bench/pfsa_eval.py                 # both halves (tune, unseen) and all
    python bench/pfsa_eval.py --half tune     # one half
    python bench/pfsa_eval.py --errors 20     # print some misses and wrong speakers (tune half only)
    python bench/pfsa_eval.py --baseline      # speakers from analyze() alone (runs on code without quote_sources)
    python bench/pfsa_eval.py --false-positives 30   # predicted quotations matching no gold statement (tune half)
    python bench/pfsa_eval.py --person-only-antecedent   # the gold antecedent rule before 2026-12

Reads ``../shared/data/pfsa-id/dev.txt`` (CC BY-NC-SA: evaluation only; never
copied into the repository, and no test needs it).  Nothing is written.

**Rebuilding the text as published.**  The corpus is one ``token<TAB>tag``
per line, a blank line after each sentence, articles one after another (a new
one starts with a ``PLACE , KOMPAS —`` dateline).  Each article is rebuilt
as plain text: tokens joined by single spaces, with no space before closing
punctuation (``, . ; : ? ! ) %``) or after ``(``, and ``/`` and in-word
hyphens joined.  A double quotation mark token opens a quotation when none is
open (``“`` always opens; ``”`` and ``"`` open or close by turns, as Kompas uses
``”`` for both; the first and last mark of a tagged statement are its opener
and closer, which keeps the turns right after an unbalanced mark elsewhere) and
is glued to the word after it; a closing one is glued to
the word before.  Paragraph breaks are not kept in the corpus: a new paragraph
starts after every sentence that ends outside a quotation (Kompas paragraphs
are one or two sentences; a quotation is never cut), except before a
sentence that starts in lower case (a speech tag split off after ``?”``).  The first paragraph
(with the dateline) is the lead; the text is parsed with ``layout="fragment"``.
The split key of an article is ``pfsa-dev-NNN`` (its position in the file).
``--left-marks`` writes every opening mark as ``“`` instead (a what-if for code
that cannot read ``”`` as an opener; not the text as published).

**Gold statements.**  A maximal run of ``STATEMENT`` tags (B…L or U) is one
statement (direct quotations only; the corpus does not tag indirect speech).
Its gold speaker is read from the sentences holding the statement's first and
last token, outside the statement: the ``PERSON`` spans there; else the
``PERSONCOREF`` spans (a short name or title pointing back); else the
``ROLE`` spans.  When there is none of those, or only a coreference, the
nearest ``PERSON`` or ``PERSONCOREF`` span (not a pronoun) before the statement
in the article is added as the antecedent (``katanya`` and ``ia`` refer back to
it).

*Changed 2026-12 (issue 13):* the antecedent used to be the nearest full
``PERSON`` span only, skipping the annotators' own short-name tags.  That is
plainly wrong for the commonest Kompas pattern, '"…," ucap Alwan.' (``Alwan``
tagged ``PERSONCOREF``) followed by '"…," ujarnya.': the second statement's
gold speaker became whoever was last named in full several paragraphs up
(another source).  On the tune half 7 gold speakers change to the person the
text means and 2 change for the worse (an untagged mention lies between the
short-name tag and the statement; the annotators tag persons mainly inside
attribution cues, so no rule over the tags gets those right).
``--person-only-antecedent`` restores the earlier rule; both figures are reported.

**Predicted statements.**  Every top-level double-mark quotation found by
newslint (:func:`newslint.analysis.attribution.quote_sources`) that newslint
reads as a statement (``QuoteSource.statement``: not a title or a term) and
whose inner text has at least four words, with the speaker newslint gives it
(a resolved pronoun counts as its antecedent).

With ``--baseline`` the predicted statements are every top-level double-mark
quotation of at least four words, and the speaker is the first speech,
``menurut`` or passive-with-agent attribution in the quotation's sentences or
the sentence after it (a pronoun counts as what it was resolved to): what
``analyze()`` alone gives, so the script also measures code from before
:func:`quote_sources` existed (``PYTHONPATH=<old checkout> python
bench/pfsa_eval.py --baseline``).

**Matching.**  A predicted quotation matches a gold statement when their
character spans (without the marks) overlap by at least half of the shorter
one; each gold statement is matched at most once.  The speaker is right when
the predicted speaker shares a name word with a gold speaker span (words
compared case-blind; a predicted word of four letters or more that begins a
gold name word counts, as with "Risma" for "Rismaharini"; titles, ranks and
function words such as "Kepala", "Presiden", "Komisaris", "dan" do not count
unless the gold span is made of such words only, as with the coreference
"Presiden").

**Figures.**  statement recall = matched gold / gold; speaker accuracy =
speaker right / matched; end-to-end (quote found *and* speaker right):
precision = right / predicted, recall = right / gold, F1.  PFSA-ID tags the
statements of public figures; quotations of ordinary people are mostly left
untagged (no statement, cue or person tag at all), which lowers precision for
every system alike.  So precision is also given *in annotated scope*: over
the predicted quotations that overlap a gold statement or whose characters
reach a sentence carrying a gold CUE or CUECOREF tag (the annotators marked
who speaks there); a quotation in a sentence the annotators left bare is not
counted.  Both figures are reported.

What the unmatched predictions are (``--false-positives``, tune half,
2026-12): 124 of 768 predicted quotations match no gold statement; 123 of them
lie in sentences the annotators left without any cue tag, and read one by one
they are nearly all genuine direct quotations (residents, drivers, traders,
students, and a few officials and organisations the annotators skipped).  The
few that are not statements (a title, a publication name, a sticker's text)
are now read as such by ``QuoteSource.statement``; what remains is one quote
left open at an article's end and one mark the rebuild pairs wrongly.  Raw
precision is therefore capped near 0.84 by the annotation, not by the quote
finder.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.shared import SHARED  # noqa: E402
from bench.split import TUNE, UNSEEN, half_of  # noqa: E402
from newslint.analysis import attribution  # noqa: E402
from newslint.api import parse  # noqa: E402

DEFAULT = SHARED / "data" / "pfsa-id" / "dev.txt"
_NO_SPACE_BEFORE = frozenset(",.;:?!)%]")
_NO_SPACE_AFTER = frozenset("([")
#: Words that do not identify a person on their own (titles, ranks, offices, function words).
_NOT_NAME = frozenset(
    """kepala bidang humas kabid kapolda kapolres kapolri kapolsek polda polres polri ketua wakil presiden menteri
    gubernur bupati wali kota direktur utama juru bicara jubir komisaris besar kombes ajun akbp ajun inspektur
    jenderal irjen brigjen brigadir kolonel letnan mayor jenderal sekretaris daerah sekda kepala dinas staf ahli
    anggota dewan dpr dprd dpd pimpinan koordinator kementerian kantor badan pt tbk dr prof ir h hj drs sh mh
    pak bu bapak ibu sang sdr dan di dari yang untuk pada ke dengan ini itu the of dia ia beliau mereka nya
    menteri pakar pengamat peneliti dosen guru besar universitas fakultas""".split()
)
_WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass
class Statement:
    start: int
    end: int
    speakers: list[str] = field(default_factory=list)


@dataclass
class Article:
    key: str
    text: str
    gold: list[Statement]
    #: Character spans of the sentences that carry an attribution tag (CUE, CUECOREF): the annotators
    #: looked at who speaks there.
    annotated: list[tuple[int, int]] = field(default_factory=list)


def _label(tag: str) -> str:
    return tag.split("-", 1)[1] if "-" in tag else "O"


def read_corpus(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Articles, each a list of sentences, each a list of (token, tag)."""
    sentences: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sentences.append(cur)
                cur = []
            continue
        tok, _, tag = line.partition("\t")
        cur.append((tok, tag.strip() or "O"))
    if cur:
        sentences.append(cur)
    articles: list[list[list[tuple[str, str]]]] = []
    for s in sentences:
        words = [t for t, _ in s[:8]]
        if "KOMPAS" in words and ("—" in words or "-" in words) or not articles:
            articles.append([])
        articles[-1].append(s)
    return articles


def rebuild(sentences: list[list[tuple[str, str]]], key: str, left_marks: bool = False) -> Article:
    """The article's text as published, with the gold statements' character spans and speakers."""
    parts: list[str] = []
    pos = 0
    offsets: list[list[tuple[int, int, str, str]]] = []  # per sentence: (start, end, token, tag)
    in_quote = False
    glue_next = True  # no space before the next token
    for si, sent in enumerate(sentences):
        row: list[tuple[int, int, str, str]] = []
        if parts and parts[-1] == "\n\n" and sent and sent[0][0][:1].islower():
            # a sentence that starts in lower case continues the paragraph ('?” | tanya Teguh.')
            parts[-1] = " "
            pos -= 1
            glue_next = False
        for tok, tag in sent:
            opening = closing = False
            label = _label(tag)
            if tok in ("”", '"') and label == "STATEMENT" and tag[0] in "BU":
                opening, in_quote = True, True  # the mark that opens a tagged statement
            elif tok in ("”", '"') and label == "STATEMENT" and tag[0] == "L":
                closing, in_quote = True, False  # the mark that closes it
            elif tok == "“" or (tok in ("”", '"') and not in_quote):
                opening, in_quote = True, True
            elif tok in ("”", '"'):
                closing, in_quote = True, False
            hyphen_join = tok == "-" and parts and parts[-1][-1:].isalnum()
            sep = "" if (glue_next or tok in _NO_SPACE_BEFORE or closing or tok == "/" or hyphen_join) else " "
            if si > 0 and not row and sep and not in_quote and not opening:
                pass
            if sep:
                parts.append(sep)
                pos += len(sep)
            if left_marks and opening and tok == "”":
                tok = "“"  # --left-marks: every opening mark as “ (not the text as published)
            row.append((pos, pos + len(tok), tok, tag))
            parts.append(tok)
            pos += len(tok)
            glue_next = opening or tok in _NO_SPACE_AFTER or tok == "/" or hyphen_join
        offsets.append(row)
        if not in_quote:
            parts.append("\n\n")
            pos += 2
            glue_next = True
    text = "".join(parts)
    flat = [(si, t) for si, row in enumerate(offsets) for t in row]
    gold: list[Statement] = []
    i = 0
    while i < len(flat):
        si, (s, e, tok, tag) = flat[i]
        if _label(tag) != "STATEMENT":
            i += 1
            continue
        j = i
        while j + 1 < len(flat) and _label(flat[j + 1][1][3]) == "STATEMENT" and flat[j][1][3][0] not in "LU":
            j += 1
        toks = [t for _, t in flat[i : j + 1] if t[2] not in ("“", "”", '"')]  # noqa: RUF001
        if toks:
            gold.append(Statement(toks[0][0], toks[-1][1], _gold_speakers(flat, i, j)))
        i = j + 1
    annotated = [
        (row[0][0], row[-1][1])
        for row in offsets
        if row and any(_label(tag) in ("CUE", "CUECOREF") for _s, _e, _t, tag in row)
    ]
    return Article(key, text, gold, annotated)


def _spans(flat: list, lo: int, hi: int, sentences: set[int], label: str) -> list[str]:
    out: list[str] = []
    cur: list[str] = []
    for k in range(len(flat)):
        si, (_s, _e, tok, tag) = flat[k]
        inside = si in sentences and not (lo <= k <= hi) and _label(tag) == label
        if inside:
            cur.append(tok)
            if tag[0] in "LU":
                out.append(" ".join(cur))
                cur = []
        elif cur:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def _gold_speakers(flat: list, i: int, j: int) -> list[str]:
    sents = {flat[i][0], flat[j][0]}
    lo_k = min(k for k in range(len(flat)) if flat[k][0] in sents)
    hi_k = max(k for k in range(len(flat)) if flat[k][0] in sents)
    window = flat[lo_k : hi_k + 1]
    base = lo_k
    persons = _spans(window, i - base, j - base, sents, "PERSON")
    if persons:
        return persons
    speakers = _spans(window, i - base, j - base, sents, "PERSONCOREF") or _spans(
        window, i - base, j - base, sents, "ROLE"
    )
    # the antecedent: the nearest PERSON (or, by default, tagged short name) before the statement
    labels = ("PERSON",) if PERSON_ONLY_ANTECEDENT else ("PERSON", "PERSONCOREF")
    k = i - 1
    while k >= 0 and not (_label(flat[k][1][3]) in labels and flat[k][1][2].lower() not in _PRONOUN_TAGS):
        k -= 1
    if k >= 0:
        end, label = k, _label(flat[k][1][3])
        while k > 0 and _label(flat[k - 1][1][3]) == label and flat[k][1][3][0] not in "BU":
            k -= 1
        speakers.append(" ".join(t[2] for _, t in flat[k : end + 1]))
    return speakers


#: ``--person-only-antecedent``: the rule before 2026-12 (the antecedent is the nearest full PERSON span).
PERSON_ONLY_ANTECEDENT = False
#: Coreference tags on pronouns name nobody.
_PRONOUN_TAGS = frozenset({"ia", "dia", "beliau", "mereka", "nya", "-nya"})


def _words(s: str) -> set[str]:
    return {w.lower() for w in _WORD_RE.findall(s)}


def speaker_right(predicted: str | None, gold: list[str]) -> bool:
    if not predicted:
        return False
    got = _words(predicted)
    for g in gold:
        gw = _words(g)
        names = gw - _NOT_NAME or gw
        if names & got:
            return True
        # a short form of a name word ("Risma" for "Rismaharini")
        if any(len(w) >= 4 and n.startswith(w) for w in got - _NOT_NAME for n in names):
            return True
    return False


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    #: Predicted quotations in the annotated scope (see the module docstring).
    in_scope: int = 0
    matched: int = 0
    right: int = 0
    errors: list[str] = field(default_factory=list)
    #: Predicted quotations that match no gold statement (``--false-positives``).
    unmatched: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.in_scope += other.in_scope
        self.matched += other.matched
        self.right += other.right
        self.errors.extend(other.errors)
        self.unmatched.extend(other.unmatched)

    def report(self, name: str) -> str:
        p = self.right / self.predicted if self.predicted else 0.0
        r = self.right / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        ps = self.right / self.in_scope if self.in_scope else 0.0
        f1s = 2 * ps * r / (ps + r) if ps + r else 0.0
        return (
            f"{name:8} gold {self.gold:4}  predicted {self.predicted:4} (in scope {self.in_scope:4})\n"
            f"         statement recall {self.matched}/{self.gold} = {self.matched / max(1, self.gold):.1%}  "
            f"speaker accuracy {self.right}/{self.matched} = {self.right / max(1, self.matched):.1%}\n"
            f"         end-to-end P {p:.3f} R {r:.3f} F1 {f1:.3f}   "
            f"in annotated scope: P {ps:.3f} R {r:.3f} F1 {f1s:.3f}"
        )


def _predicted(doc) -> list[tuple[int, int, str | None]]:
    text = doc.text
    out = []
    for qs in attribution.quote_sources(doc):
        inner = qs.quotation.inner
        if qs.statement and len(_WORD_RE.findall(text[inner.start : inner.end])) >= 4:
            out.append((inner.start, inner.end, qs.speaker))
    return out


def _baseline(doc) -> list[tuple[int, int, str | None]]:
    text = doc.text
    an = attribution.analyze(doc)
    out = []
    for q in doc.quotations:
        if q.depth or not q.mark.is_double:
            continue
        inner = q.inner
        if len(_WORD_RE.findall(text[inner.start : inner.end])) < 4:
            continue
        s0 = doc.sentence_at(q.start)
        s1 = doc.sentence_at(max(q.start, q.end - 1))
        speaker = None
        if s0 is not None and s1 is not None:
            for i in range(s0.index, min(s1.index + 2, len(an.sentences))):
                atts = [a for a in an.sentences[i].attributions if a.kind in ("speech", "according", "passive-agent")]
                if atts:
                    a = atts[0]
                    speaker = a.resolved if a.pronoun else a.speaker
                    break
        out.append((inner.start, inner.end, speaker))
    return out


def evaluate(article: Article, keep_errors: bool, baseline: bool = False, keep_unmatched: bool = False) -> Tally:
    doc = parse(article.text, f"{article.key}.txt", layout="fragment")
    text = doc.text
    predicted = _baseline(doc) if baseline else _predicted(doc)
    in_scope = sum(
        1
        for s, e, _ in predicted
        if any(min(e, g.end) > max(s, g.start) for g in article.gold)
        or any(a <= e and s <= b for a, b in article.annotated)
    )
    t = Tally(gold=len(article.gold), predicted=len(predicted), in_scope=in_scope)
    used: set[int] = set()
    for g in article.gold:
        best = None
        for k, (s, e, spk) in enumerate(predicted):
            if k in used:
                continue
            overlap = min(e, g.end) - max(s, g.start)
            if overlap > 0 and overlap * 2 >= min(e - s, g.end - g.start):
                best = (k, spk)
                break
        if best is None:
            if keep_errors:
                t.errors.append(f"MISSED  {article.key}: {text[g.start : g.end][:120]!r}")
            continue
        used.add(best[0])
        t.matched += 1
        if speaker_right(best[1], g.speakers):
            t.right += 1
        elif keep_errors:
            t.errors.append(
                f"SPEAKER {article.key}: got {best[1]!r} want {g.speakers!r} :: "
                f"{text[max(0, g.start - 200) : g.start + 30]!r} … {text[max(0, g.end - 20) : g.end + 100]!r}"
            )
    if keep_unmatched:
        for k, (s, e, spk) in enumerate(predicted):
            if k not in used:
                scope = "in scope" if any(a <= e and s <= b for a, b in article.annotated) else "unannotated"
                t.unmatched.append(
                    f"UNMATCHED {article.key} ({scope}) speaker {spk!r}: "
                    f"{text[max(0, s - 120) : s]!r} [{text[s:e][:160]}] {text[e : e + 60]!r}"
                )
    return t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--half", choices=[TUNE, UNSEEN], default=None)
    ap.add_argument("--errors", type=int, default=0, help="print this many errors from the tune half")
    ap.add_argument(
        "--false-positives", type=int, default=0, help="print this many unmatched predictions from the tune half"
    )
    ap.add_argument("--baseline", action="store_true", help="speakers from analyze() alone (see the docstring)")
    ap.add_argument("--left-marks", action="store_true", help="rewrite opening ” as “ (a what-if, not as published)")
    ap.add_argument(
        "--person-only-antecedent",
        action="store_true",
        help="the earlier gold rule: a pronoun's antecedent is the nearest full PERSON span (see the docstring)",
    )
    args = ap.parse_args()
    global PERSON_ONLY_ANTECEDENT
    PERSON_ONLY_ANTECEDENT = args.person_only_antecedent
    if not args.data.exists():
        print(f"PFSA-ID not found: {args.data}", file=sys.stderr)
        return 2
    articles = [rebuild(a, f"pfsa-dev-{i:03d}", args.left_marks) for i, a in enumerate(read_corpus(args.data))]
    halves = {TUNE: Tally(), UNSEEN: Tally()}
    for a in articles:
        half = half_of(a.key)
        if args.half and half != args.half:
            continue
        halves[half].add(
            evaluate(
                a,
                keep_errors=args.errors > 0 and half == TUNE,
                baseline=args.baseline,
                keep_unmatched=args.false_positives > 0 and half == TUNE,
            )
        )
    total = Tally()
    print(f"{len(articles)} articles")
    for name, t in halves.items():
        if not args.half or args.half == name:
            print(t.report(name))
        total.add(t)
    if not args.half:
        print(total.report("all"))
    for e in total.errors[: args.errors]:
        print(e)
    for e in total.unmatched[: args.false_positives]:
        print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
