"""Measure the journalism rules (quote, attribution, source, ethics, news structure) on the dev corpus.

    python bench/measure_journalism.py                 # rates per 1,000 words + injected recall + speed
    python bench/measure_journalism.py --sample attribution,quote --n 120 --seed 7
                                                       # a random sample of findings to adjudicate
    python bench/measure_journalism.py --verdicts FILE # precision from a file of "index<TAB>y|n" lines
    python bench/measure_journalism.py --half tune --list quote/unattributed
                                                       # every finding of a rule, with context
    python bench/measure_journalism.py --half unseen --adjudicate quote/unattributed --n 30
                                                       # a sample for adjudication (COMMON.md protocol)

``--half tune|unseen`` keeps the articles of one half of bench/split.py (by
article id); rules are tuned on ``tune`` and reported on ``unseen``.

Reads ``../shared/corpus/dev-articles.jsonl`` (never copied into the
repository; nothing is written to the repository).  Each article is built as a
news draft: title line, blank line, text.

Injected recall (each kind on copies of real articles, one injection per copy):

* ``unattributed-quote``: a one-sentence paragraph ``"…," kata X.`` loses its
  tag and becomes ``"…."`` → ``quote/unattributed`` must fire on that quote.
  Only paragraphs after two that name no speaker (no quotation, no speech
  verb: an independent regex, not the analysis) and before one that does not
  open with a quotation are picked: after a speaker's paragraph (or one
  narrative paragraph about them), or before a tagged quotation paragraph, the
  untagged quote still reads as that speaker's (the adjudicators judged such
  quotes attributed);
* ``rumour``: a rumour-marker sentence is inserted at the start of a body
  paragraph → ``attribution/weasel-marker`` must fire on the marker;
* ``single-marks``: one double-marked quotation gets single marks →
  ``quote/single-quote-misuse`` must fire on it;
* ``mixed-marks``: one quotation of a document's majority style gets the
  other style (straight ↔ curly) → ``quote/mixed-marks`` must fire on it;
* ``unsourced-figure``: an unsourced claim (one of fifteen drafts of our own:
  counts of the dead or hurt, shares, money lost or a project's value, an
  allegation against a named party, a cause of an incident) is inserted as a
  new paragraph after a body paragraph where the three sentences before and the
  two after name no speaker and no source, and the two before hold no figure
  (independent regexes, not the analysis): a claim one or two sentences from
  its source, or continuing a data account, is not unsourced →
  ``attribution/unattributed-claim`` must fire on it.

A rule scoped to some genres (``@rule(genres=...)``) is silent on the others by
design, so its recall is printed twice: on every copy, and on the copies whose
detected genre the rule applies to.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.shared import SHARED  # noqa: E402
from bench.split import TUNE, UNSEEN, in_half  # noqa: E402
from newslint.analysis.genre import genre_of  # noqa: E402
from newslint.api import make_linter, parse  # noqa: E402
from newslint.engine.finding import Finding  # noqa: E402
from newslint.model.document import MarkKind  # noqa: E402

DEFAULT = SHARED / "corpus" / "dev-articles.jsonl"
FAMILIES = ["quote", "attribution", "source", "ethics", "structure"]
# structure rules owned elsewhere are measured by their own bench
OTHERS = {"structure/cms-residue", "structure/sentence-length"}


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def draft(a: dict) -> str:
    return f"{a.get('title', '').strip()}\n\n{a['text']}"


def rates(
    articles: list[dict], enable: list[str] | None = None
) -> tuple[Counter[str], int, float, list[tuple[str, Finding, str]]]:
    linter = make_linter(select=enable or FAMILIES)
    counts: Counter[str] = Counter()
    words = 0
    found: list[tuple[str, Finding, str]] = []
    t0 = time.perf_counter()
    for a in articles:
        text = draft(a)
        doc = parse(text, f"{a['id']}.txt")
        words += doc.word_count
        for f in linter.lint(doc).findings:
            if f.rule in OTHERS:
                continue
            counts[f.rule] += 1
            found.append((a["id"], f, text))
    return counts, words, time.perf_counter() - t0, found


def speed(articles: list[dict], select: list[str] | None) -> float:
    linter = make_linter(select=select)
    docs_text = [draft(a) for a in articles]
    words = 0
    t0 = time.perf_counter()
    for i, text in enumerate(docs_text):
        doc = parse(text, f"{i}.txt")
        words += doc.word_count
        linter.lint(doc)
    return words / (time.perf_counter() - t0)


# --- injections ------------------------------------------------------------------------------
_TAG_PARA = re.compile(
    r'^(?P<q>[“"])(?P<inner>[^"“”]{20,}?)[,.]?(?P<close>[”"])\s*,?\s*(?:kata|ujar|ucap|tutur|jelas|tambah|imbuh|tegas|ungkap|terang|papar)(?:nya)?\b[^"“”]*$'
)
_RUMOURS = [
    "Kabarnya, rencana itu sudah dibahas sejak awal tahun.",
    "Beredar kabar bahwa sejumlah pejabat ikut terlibat dalam persoalan itu.",
    "Konon, keputusan itu diambil dalam rapat tertutup.",
    "Pejabat yang bersangkutan disinyalir mengetahui masalah itu sejak lama.",
    "Persoalan tersebut ditengarai sudah terjadi berulang kali.",
    "Nama seorang pengusaha disebut-sebut berada di balik rencana itu.",
    "Santer terdengar bahwa jadwal itu akan kembali diundur.",
    "Dua pejabat daerah dikabarkan akan segera diganti.",
]
_MARKER = re.compile(r"Kabarnya|Beredar kabar|Konon|disinyalir|ditengarai|disebut-sebut|Santer terdengar|dikabarkan")


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# A paragraph that names a speaker: a quotation (its tag) or a speech verb.  A quotation whose tag is
# removed after such a paragraph still reads as that speaker's (the newsroom convention), so it is not
# an unattributed quote; the injection picks quotes after paragraphs with none of these.
_NAMES_SPEAKER = re.compile(
    r"[\"“”]|\b(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|tambah|imbuh|papar|terang|lanjut|sebut|menurut)(?:nya)?\b|"
    r"\b(?:mengatakan|menyatakan|menjelaskan|menegaskan|menambahkan|mengungkapkan|menuturkan|menyampaikan|"
    r"menyebut(?:kan)?|berkata|bilang|menilai|mengaku|meminta|berharap|menerangkan|memaparkan|"
    r"disampaikan|diungkapkan|dikatakan|dijelaskan|menekankan|mengingatkan|berpendapat|memastikan|mengakui|"
    r"mengumumkan|menyoroti|beralasan|mengimbau|mengklaim|membantah|menanggapi|dikutip|dilansir|diberitakan|"
    r"melansir|mengutip|menduga|membenarkan|mengeluhkan|mengkritik|bercerita|menceritakan)\b",
    re.I,
)


def inject_unattributed(a: dict, rng: random.Random) -> tuple[str, int] | None:
    paras = paragraphs(draft(a))
    cands = [
        i
        for i, p in enumerate(paras)
        if i > 1
        and _TAG_PARA.match(p.strip())
        and not any(_NAMES_SPEAKER.search(p) for p in paras[i - 2 : i])
        and not (i + 1 < len(paras) and paras[i + 1].lstrip()[:1] in '"“”')
    ]
    if not cands:
        return None
    i = rng.choice(cands)
    m = _TAG_PARA.match(paras[i].strip())
    assert m is not None
    paras[i] = f"{m.group('q')}{m.group('inner').rstrip(',. ')}.{m.group('close')}"
    text = "\n\n".join(paras)
    return text, text.index(paras[i])


def inject_rumour(a: dict, rng: random.Random) -> tuple[str, int] | None:
    paras = paragraphs(draft(a))
    if len(paras) < 4:
        return None
    i = rng.randrange(3, len(paras))
    sentence = rng.choice(_RUMOURS)
    paras[i] = sentence + " " + paras[i]
    text = "\n\n".join(paras)
    pstart = text.index(paras[i])
    m = _MARKER.search(text, pstart)
    assert m is not None
    return text, m.start()


def _quotes(text: str) -> list:
    doc = parse(text, "x.txt")
    return [q for q in doc.quotations if q.depth == 0 and q.closed and q.mark.is_double]


def inject_single(a: dict, rng: random.Random) -> tuple[str, int] | None:
    text = draft(a)
    qs = [q for q in _quotes(text) if "'" not in text[q.start : q.end] and "’" not in text[q.start : q.end]]
    qs = [q for q in qs if q.paragraph > 1]
    if not qs:
        return None
    q = rng.choice(qs)
    o, c = ("'", "'") if q.mark is MarkKind.DOUBLE_STRAIGHT else ("‘", "’")
    return text[: q.start] + o + text[q.start + 1 : q.end - 1] + c + text[q.end :], q.start


def inject_mixed(a: dict, rng: random.Random) -> tuple[str, int] | None:
    text = draft(a)
    qs = _quotes(text)
    kinds = Counter(q.mark for q in qs)
    if not kinds:
        return None
    major, n = kinds.most_common(1)[0]
    if n < 3 or len(kinds) > 1:
        return None
    q = rng.choice([q for q in qs if q.mark is major])
    o, c = ('"', '"') if major is MarkKind.DOUBLE_CURLY else ("“", "”")
    return text[: q.start] + o + text[q.start + 1 : q.end - 1] + c + text[q.end :], q.start


#: Unsourced claims of our own (kind, sentence, the words the finding must cover): counts of the hurt,
#: shares, money lost or promised, a project's value, an allegation against a named party, a cause.
_CLAIMS = [
    ("toll", "Sebanyak 37 orang luka-luka dalam kejadian itu.", "37 orang"),
    ("toll", "Dua rumah hanyut terbawa arus, sementara 4 orang meninggal dunia.", "4 orang"),
    ("toll", "Akibat peristiwa tersebut, 15 warga terluka dan harus dirawat di puskesmas.", "15 warga"),
    ("pct", "Angka pengangguran di wilayah itu naik 12 persen dibandingkan tahun lalu.", "12 persen"),
    ("pct", "Sekitar 60 persen warga desa itu bekerja sebagai petani.", "60 persen"),
    ("pct", "Jumlah pelanggan layanan tersebut turun hampir 18 persen sepanjang semester pertama.", "18 persen"),
    ("money", "Kerugian akibat peristiwa tersebut ditaksir mencapai Rp 4,5 miliar.", "Rp"),
    ("money", "Nilai proyek tersebut mencapai Rp 120 miliar dan dibiayai dari anggaran daerah.", "Rp"),
    ("money", "Dana yang diselewengkan dari kas koperasi itu mencapai Rp 2,3 miliar.", "Rp"),
    (
        "allegation",
        "Kepala Desa Sukamaju, Darmawan, diduga menyelewengkan dana desa untuk keperluan pribadi.",
        "diduga",
    ),
    ("allegation", "PT Sinar Tirta Lestari diduga membuang limbah cair ke sungai tanpa izin.", "diduga"),
    ("allegation", "Bendahara yayasan itu, Rusmini, diduga menggelapkan uang iuran anggota.", "diduga"),
    ("cause", "Kebakaran itu diduga dipicu korsleting listrik di lantai dua.", "diduga"),
    ("cause", "Longsor di lereng bukit itu disebabkan penambangan pasir tanpa izin.", "disebabkan"),
    ("cause", "Kecelakaan tersebut diduga akibat rem bus yang tidak berfungsi.", "diduga"),
]


_NAMES_SOURCE = re.compile(
    r"\b(?:data|laporan|survei|berdasarkan|pantauan|catatan|rilis|dikutip|dilansir|mencatat|tercatat|versi|"
    r"diumumkan|mengumumkan|pihak|keterangan|menurut|sumber|merujuk|mengacu|divonis|putusan|pungkas\w*|beber\w*|"
    r"mengakui|menyarankan|menduga|menuduh|mengapresiasi|menganggap|mencatatkan|mengungkap|merilis|memperkirakan|"
    r"melaporkan|tandas\w*|sambung\w*|menerangkan|membantah|berdalih|mengimbau|dikonfirmasi|ditemui|dihubungi|"
    r"wartawan|diwawancarai|unggahan|akun|siaran|konferensi|tulis|sebut\w*|lanjut\w*)\b",
    re.I,
)
# A figure in a neighbouring sentence: the inserted claim would continue a data account (its run).
_HAS_FIGURE = re.compile(
    r"\d\s?(?:persen|%)|Rp\s?\d|\d\s(?:juta|miliar|triliun)|\d[\d.,]*\s(?:orang|jiwa|warga|korban)"
)
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+")


def _sentences(paragraph: str) -> list[str]:
    return [x for x in _SENTENCE_END.split(paragraph.strip()) if x]


def inject_figure(a: dict, rng: random.Random) -> tuple[str, int] | None:
    paras = paragraphs(draft(a))
    if len(paras) < 4:
        return None
    # after paragraph i, where the three sentences before and the two after name no speaker and no source,
    # and the two before hold no figure (independent regexes, not the analysis): a figure whose source is
    # one or two sentences away, or that continues a data account, reads as that source's (the brief's
    # definition of what an editor would not flag)
    cands = []
    for i in range(2, len(paras)):
        before = [x for p in paras[1 : i + 1] for x in _sentences(p)][-3:]
        after = [x for p in paras[i + 1 : i + 3] for x in _sentences(p)][:2]
        near = before + after
        if any(_NAMES_SPEAKER.search(x) or _NAMES_SOURCE.search(x) for x in near):
            continue
        if any(_HAS_FIGURE.search(x) for x in before[-2:]):
            continue
        cands.append(i)
    if not cands:
        return None
    i = rng.choice(cands)
    kind, sentence, anchor = rng.choice(_CLAIMS)
    paras.insert(i + 1, sentence)
    text = "\n\n".join(paras)
    pstart = text.index("\n\n" + sentence) + 2
    return text, pstart + sentence.index(anchor)


INJECTIONS = {
    "unattributed-quote": (inject_unattributed, "quote/unattributed"),
    "rumour": (inject_rumour, "attribution/weasel-marker"),
    "single-marks": (inject_single, "quote/single-quote-misuse"),
    "mixed-marks": (inject_mixed, "quote/mixed-marks"),
    "unsourced-figure": (inject_figure, "attribution/unattributed-claim"),
}


def recall(
    articles: list[dict],
    seed: int,
    kinds: list[str] | None = None,
    misses: list[str] | None = None,
    by_draft: dict[str, list[int]] | None = None,
) -> dict[str, tuple[int, int, int, int]]:
    """Per injection kind: hits and cases on every copy, then on the copies of the genres the rule applies to.

    A rule scoped to some genres (``@rule(genres=...)``, e.g. hard news only) is silent on the
    others by design; the second pair is its recall where it runs.  ``by_draft`` collects, for the
    unsourced claims on copies the rule applies to, [hits, cases] per kind of draft (toll, pct, …).
    """
    out: dict[str, tuple[int, int, int, int]] = {}
    for kind, (fn, rule_id) in INJECTIONS.items():
        if kinds and kind not in kinds:
            continue
        rng = random.Random(seed)
        linter = make_linter(select=[rule_id])
        genres = next(a.rule.meta.genres for a in linter.active if a.rule.meta.id == rule_id)
        hit = total = hit_in = total_in = 0
        for a in articles:
            r = fn(a, rng)
            if r is None:
                continue
            text, offset = r
            doc = parse(text, "x.txt")
            applies = genres is None or genre_of(doc).genre in genres
            total += 1
            total_in += applies
            found = any(
                f.start <= offset < max(f.end, f.start + 1) for f in linter.lint(doc).findings if f.rule == rule_id
            )
            if by_draft is not None and applies and kind == "unsourced-figure":
                start = text.rfind("\n\n", 0, offset) + 2
                end = text.find("\n\n", offset)
                paragraph = text[start : end if end >= 0 else len(text)]
                draft_kind = next(k for k, sentence, _ in _CLAIMS if sentence == paragraph)
                by_draft.setdefault(draft_kind, [0, 0])
                by_draft[draft_kind][0] += found
                by_draft[draft_kind][1] += 1
            if found:
                hit += 1
                hit_in += applies
            elif misses is not None and applies:
                s, e = max(0, offset - 300), min(len(text), offset + 200)
                misses.append(f"{kind}\t{a['id']}\t" + (text[s:offset] + "[[" + text[offset:e]).replace("\n", " ¶ "))
        out[kind] = (hit, total, hit_in, total_in)
    return out


def write_adjudication(
    found: list[tuple[str, Finding, str]],
    rule_id: str,
    n: int,
    seed: int,
    out: Path,
    name: str | None = None,
    width: tuple[int, int] = (180, 150),
) -> int:
    """A random sample of ``rule_id``'s findings in the adjudication protocol's TSV (COMMON.md)."""
    pool = [x for x in found if x[1].rule == rule_id]
    rng = random.Random(seed)
    sample = rng.sample(pool, min(n, len(pool)))
    name = name or rule_id.replace("/", "__")
    rows = ["n\trule\tarticle_id\tflagged\tsuggestion\tmessage\tcontext"]
    for i, (aid, f, text) in enumerate(sample, 1):
        s = max(0, f.start - width[0])
        e = min(len(text), f.end + width[1])
        ctx = text[s : f.start] + "⟦" + text[f.start : f.end] + "⟧" + text[f.end : e]
        cells = [str(i), f.rule, aid, text[f.start : f.end], "; ".join(f.suggestions or []), f.message, ctx]
        rows.append("\t".join(" ".join(c.split()) for c in cells))
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (out / f"{name}.ready").touch()
    return len(sample)


def context(text: str, f: Finding, width: int = 160) -> str:
    s = max(0, f.start - width)
    e = min(len(text), f.end + width)
    return (text[s : f.start] + "[[" + text[f.start : f.end] + "]]" + text[f.end : e]).replace("\n", " ¶ ")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--sample", default=None, help="comma-separated families or rule ids to sample")
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--verdicts", type=Path, default=None, help="lines 'index<TAB>y|n' for the sample printed")
    ap.add_argument("--half", choices=[TUNE, UNSEEN], default=None, help="one half of bench/split.py")
    ap.add_argument("--list", default=None, help="print every finding of these rules (comma-separated)")
    ap.add_argument("--adjudicate", default=None, help="write adjudication samples for these rules")
    ap.add_argument("--out", type=Path, default=Path("/work/adjudicate"))
    ap.add_argument("--name", default=None, help="file name of the --adjudicate sample (default: the rule id)")
    ap.add_argument("--context", type=int, default=0, help="characters before a sampled finding (default 180)")
    ap.add_argument("--inject", default=None, help="only injected recall for these kinds (comma-separated)")
    ap.add_argument("--misses", action="store_true", help="with --inject: print the injections missed")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    articles = [a for a in load(args.corpus) if in_half(str(a["id"]), args.half)]
    if args.inject:
        missed: list[str] | None = [] if args.misses else None
        drafts: dict[str, list[int]] = {}
        for kind, (hit, total, hit_in, total_in) in recall(
            articles, args.seed, args.inject.split(","), missed, drafts
        ).items():
            print(f"{kind:22} {hit}/{total} = {hit / max(1, total):.0%}   in the rule's genres {hit_in}/{total_in}")
        for draft_kind, (hit, total) in sorted(drafts.items()):
            print(f"  {draft_kind:20} {hit}/{total} (copies the rule applies to)")
        for line in missed or []:
            print(line)
        return 0
    wanted = [r for r in (args.list or args.adjudicate or "").split(",") if r]
    counts, words, secs, found = rates(articles, enable=wanted or None)
    if args.list:
        for aid, f, text in found:
            if f.rule in wanted:
                print(f"{f.rule}\t{aid}\t{context(text, f)}")
        return 0
    if args.adjudicate:
        for r in wanted:
            width = (args.context, args.context * 2 // 3) if args.context else (180, 150)
            k = write_adjudication(found, r, args.n, args.seed, args.out, args.name, width)
            print(f"{r}: {k} of {counts[r]} findings written to {args.out}")
        return 0
    if args.sample:
        sel = args.sample.split(",")
        pool = [x for x in found if any(x[1].rule == s or x[1].rule.startswith(s + "/") for s in sel)]
        rng = random.Random(args.seed)
        sample = rng.sample(pool, min(args.n, len(pool)))
        sample.sort(key=lambda x: x[1].rule)
        if args.verdicts:
            verdicts = dict(line.split("\t")[:2] for line in args.verdicts.read_text().splitlines() if "\t" in line)
            per: dict[str, list[int]] = {}
            for i, (_aid, f, _t) in enumerate(sample):
                v = verdicts.get(str(i), "").strip()
                if v in ("y", "n"):
                    per.setdefault(f.rule, [0, 0])
                    per[f.rule][0 if v == "y" else 1] += 1
            tot = [sum(v[0] for v in per.values()), sum(v[1] for v in per.values())]
            for r, (y, n) in sorted(per.items()):
                print(f"{r:40} precision {y}/{y + n} = {y / (y + n):.0%}")
            print(f"{'all sampled':40} precision {tot[0]}/{sum(tot)} = {tot[0] / max(1, sum(tot)):.0%}")
            return 0
        for i, (aid, f, text) in enumerate(sample):
            print(f"{i}\t{f.rule}\t{aid}\t{context(text, f)}")
        return 0
    print(f"{len(articles)} articles, {words} words, journalism rules {secs:.2f}s")
    print(f"{'rule':40} {'findings':>8} {'per 1k words':>12}")
    for r, n in sorted(counts.items()):
        print(f"{r:40} {n:8} {1000 * n / words:12.2f}")
    print("\ninjected recall:")
    for kind, (hit, total, hit_in, total_in) in recall(articles, args.seed).items():
        scoped = (
            f"   in the rule's genres {hit_in}/{total_in} = {hit_in / max(1, total_in):.0%}" if total_in < total else ""
        )
        print(f"  {kind:22} {hit}/{total} = {hit / max(1, total):.0%}{scoped}")
    print(
        f"\nspeed: journalism rules {speed(articles, FAMILIES):,.0f} words/s; all rules {speed(articles, None):,.0f} words/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
