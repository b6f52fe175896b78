"""Press-ethics review prompts (editorial-rules §7; Kode Etik Jurnalistik, Dewan Pers guidelines).

These rules surface risk for the editor on duty; none of them fixes text.
Each one first decides whether the story is of the relevant kind (a crime
story at the arrest stage, a sexual-crime story, a suicide story) from cue
words anywhere in it, then looks for the breach.
"""

from __future__ import annotations

import re

from newslint.analysis.attribution import analyze, has_any, register_triggers, scan
from newslint.analysis.genre import ALL, HISTORY, HOROSCOPE, NEWS, ROUNDUP
from newslint.checks._helpers import TriggeredPattern, occurrences, word_index
from newslint.engine.finding import Severity
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lang.gazetteer import entity_kind
from newslint.lang.morph import analyze as analyze_word
from newslint.lazyre import (
    compile_cached,
    lazy_compile,  # ~16 ms of patterns, most drafts need few of them
)
from newslint.model.document import Document, Zone

_STORY = (Zone.LEAD, Zone.BODY)
_TEXT_ZONES = (Zone.HEADLINE, Zone.DECK, Zone.LEAD, Zone.BODY)


def _worth_trying(doc: Document, words: frozenset[str], needs: dict[str, frozenset[str]]) -> frozenset[str]:
    """``words`` less the keys whose every match also holds one of ``needs[key]``, none of which the draft has.

    Frequent first words of a fixed phrase ("tidak" of "tidak mau kalah") are tried only where
    the phrase's last word occurs in the draft too: the same matches, a fraction of the attempts.
    """
    present = word_index(doc).words
    return frozenset(w for w in words if w not in needs or not present.isdisjoint(needs[w]))


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """What ``rx.finditer(text)`` yields, when ``starts`` holds every offset where ``rx`` can match (a superset):
    non-overlapping matches tried left to right at those offsets only.  For the identity patterns below,
    whose every match starts at a few findable places, instead of an attempt at every character."""
    found: list[re.Match[str]] = []
    last = -1
    match = rx.match
    for pos in sorted(set(starts)):
        if pos < last:
            continue
        m = match(text, pos)
        if m is not None:
            found.append(m)
            last = m.end()
    return found


def _run_before(rx: re.Pattern[str], reversed_text: str, end: int) -> int:
    """Length of the run of characters ``rx`` (a repeated class, ``[…]*``) ending right before offset ``end``
    (``reversed_text``: the text reversed, so the run is matched forwards in C)."""
    at = len(reversed_text) - end
    return rx.match(reversed_text, at).end() - at


def _found(doc: Document, rx: TriggeredPattern) -> bool:
    """``rx.search(doc.text) is not None``, without the scan when the draft lacks every trigger word of the
    pattern (most drafts lack most story cues: a set look-up instead of a pass over the whole text)."""
    return next(iter(rx.finditer(doc)), None) is not None


# --- presumption of innocence ------------------------------------------------
_GUILT_RE = lazy_compile(
    r"(?<![\w-])(?P<g>pelaku|penjahat|koruptor|pembunuh|pemerkosa|pedofil|predator(?:\s+seksual)?|maling|"
    r"pencabul|penipu|perampok|bandar\s+narkoba)(?![\w-])",
    re.I,
)
# "pelaku usaha" and friends: an economic actor, not a perpetrator.
_NOT_CRIME_AFTER_RE = lazy_compile(
    r"\s+(?:usaha|umkm|ukm|industri|pasar|seni|wisata|pariwisata|ekonomi|bisnis|sejarah|olahraga|budaya|kreatif|"
    r"perjalanan|ekspor|impor|jasa|sektor|transportasi|media|film|musik|kuliner|perbankan|keuangan|startup|"
    r"e-commerce|perdagangan|logistik|kebijakan|utama\s+(?:industri|pasar)|pendidikan|teater|sastra|ritel|"
    r"perikanan|pertanian|perkebunan|peternakan|pertambangan|migas|energi|properti|konstruksi|digital|tambang|"
    r"hiburan|rantai|seni|politik|pembangunan|dunia\s+usaha|lapangan|bola|sepak\s+bola|alami)(?![\w-])",
    re.I,
)
# Perpetrator unknown or the word used about the crime in general: allowed.
_UNKNOWN_PERP_RE = lazy_compile(
    r"(?:masih\s+)?(?:buron|dpo|kabur|melarikan\s+diri|belum\s+(?:diketahui|tertangkap|ditemukan|teridentifikasi|"
    r"terungkap|ditangkap)|tidak\s+dikenal|tak\s+dikenal|misterius|mencari|memburu|memburunya|identitas|"
    r"mengejar|dikejar|diburu|tidak\s+diketahui|tak\s+diketahui|melacak|sketsa|ciri-ciri|"
    r"(?:kesulitan|belum|berupaya|upaya|untuk|guna|demi|masih|sulit)\s+(?:meng)?ungkap|petunjuk|jejak|menyelidiki|"
    # seen on a camera, not caught, still being looked for: nobody identified yet
    r"cctv|terekam|(?:gagal|tak|tidak|belum|sulit|menyulitkan|kesulitan)\s+(?:[\w-]+\s+)?"
    r"(?:menangkap|meringkus|membekuk|menyergap|mendapatkan|menemukan)|"
    # "tak ada satu pun pelaku yang ditangkap"; "mengungkap siapa otak pelakunya": nobody, or nobody known yet
    r"(?:tak|tidak|belum)\s+ada\s+(?:satu|seorang)\s+pun|(?<![\w-])siapa(?![\w-])|"
    # an arrest still to come: "Jika pelaku ditangkap, …", "setelah pelaku tertangkap nanti"
    r"(?:jika|bila|apabila|kalau|seandainya)\s+(?:[\w-]+\s+){0,2}?(?:ditangkap|tertangkap|diringkus|dibekuk)|"
    r"dalam\s+(?:penyelidikan|pengejaran|pencarian|pemburuan)|meninggalkan\s+(?:lokasi|tempat\s+kejadian|TKP))",
    re.I,
)
#: Every match of _UNKNOWN_PERP_RE holds one of these, lower-cased: a one-word alternative, or the second
#: word of a two-word one ("belum diketahui", "tak dikenal", "sulit mengungkap", "melarikan diri").
_UNKNOWN_PERP_WORDS = (
    "buron",
    "dpo",
    "kabur",
    "melarikan",
    "misterius",
    "mencari",
    "memburu",
    "identitas",
    "mengejar",
    "dikejar",
    "diburu",
    "melacak",
    "sketsa",
    "ciri-ciri",
    "petunjuk",
    "jejak",
    "menyelidiki",
    "diketahui",
    "tertangkap",
    "ditemukan",
    "teridentifikasi",
    "terungkap",
    "ditangkap",
    "dikenal",
    "ungkap",
    "cctv",
    "terekam",
    "menangkap",
    "meringkus",
    "membekuk",
    "menyergap",
    "penyelidikan",
    "pengejaran",
    "pencarian",
    "pemburuan",
    "meninggalkan",
    "mendapatkan",
    "menemukan",
    "pun",
    "siapa",
    "diringkus",
    "dibekuk",
)


def _may_be_unknown_perpetrator(low: str, start: int, end: int) -> bool:
    """False when _UNKNOWN_PERP_RE cannot match in ``[start, end)``: none of :data:`_UNKNOWN_PERP_WORDS` is
    in that part of ``low`` (the word index's folded lower-case text, which re.IGNORECASE matching agrees
    with).  A few substring tests in C instead of thirty case-insensitive words tried at every character."""
    return any(low.find(w, start, end) != -1 for w in _UNKNOWN_PERP_WORDS)


_HEDGED_BEFORE_RE = lazy_compile(
    # "(motor yang hilang) diduga ulah pelaku curanmor": an event put down to some unknown doer, hedged
    r"(?:terduga|diduga|dugaan|tersangka|calon|para\s+calon|terlapor|sebagai|menjadi|disebut|"
    r"diduga\s+(?:ulah|perbuatan)(?:\s+para)?)\s+$",
    re.I,
)
_ARREST_RE = lazy_compile(
    r"(?<![\w-])(?:ditangkap|diamankan|diringkus|dibekuk|ditahan|diperiksa|ditetapkan\s+(?:sebagai\s+)?tersangka|"
    r"tersangka|didakwa|terdakwa|dilaporkan\s+ke|terlapor|terduga|penyidikan|penyelidikan|sidang|tuntutan)(?![\w-])",
    re.I,
)
_CONVICTED_RE = lazy_compile(
    r"(?<![\w-])(?:divonis|vonis|dijatuhi\s+(?:hukuman|pidana|vonis)|terpidana|narapidana|napi|inkrah|"
    r"berkekuatan\s+hukum\s+tetap|dihukum|mendekam|eksekusi|dieksekusi|menjalani\s+hukuman|mantan\s+napi)(?![\w-])",
    re.I,
)
_ARREST_AT = TriggeredPattern(_ARREST_RE)  # a LazyPattern serves as the re.Pattern
# Words of _ARREST_RE that hold nobody: an examination or an investigation goes on whether or not anyone is
# identified ("Penyidikan terhadap para pelaku juga mulai dilakukan" after a village brawl).
_NOT_HELD = frozenset({"diperiksa", "penyidikan", "penyelidikan"})
# An arrest hoped for, demanded or denied is no arrest: "berharap pelaku bisa ditangkap", "belum ditangkap".
_UNREAL_BEFORE_RE = lazy_compile(
    r"(?<![\w-])(?:bisa|dapat|segera|belum|tidak|tak|harus|agar|supaya|untuk|gagal|akan|ingin|minta|meminta)"
    r"(?:\s+(?:segera|bisa|dapat|di))?\s+$",
    re.I,
)
# "Kasus ini sudah dilaporkan ke polisi": the case is reported, no person is named in a complaint.
_EVENT_REPORTED_RE = lazy_compile(
    r"(?<![\w-])(?:kasus|peristiwa|kejadian|insiden|hal|kehilangan|pencurian|perkara)(?:\s+[\w-]+){0,5}\s+$", re.I
)


# Arrests told with the active verb or another synonym ("Polisi meringkus MR", "Diciduk di rumahnya"); not
# "tertangkap" (as often "tertangkap kamera CCTV"), "menahan" (menahan diri) or the nouns penangkapan/penahanan
# (as often a process still planned: "untuk proses penangkapan, kami masih melihat situasi").
_HELD_RE = lazy_compile(
    r"(?<![\w-])(?:menangkap|meringkus|membekuk|menciduk|diciduk|mencokok|dicokok|mengamankan|digelandang)"
    r"(?:nya)?(?![\w-])",
    re.I,
)
_HELD_AT = TriggeredPattern(_HELD_RE)


def _someone_held(doc: Document) -> bool:
    """The story reports a person arrested, held, named a suspect, charged or reported to the police (cached):
    an arrest word of _ARREST_RE that is not an examination or investigation, not hoped for or denied, and
    not a case reported to the police."""
    key = "ethics.someone_held"
    held = doc.cache.get(key)
    if held is None:
        text = doc.text
        held = False
        for m in [*_ARREST_AT.finditer(doc), *_HELD_AT.finditer(doc)]:
            word = m.group(0).lower()
            if word in _NOT_HELD:
                continue
            before = text[max(0, m.start() - 40) : m.start()]
            if _UNREAL_BEFORE_RE.search(before):
                continue
            if word.startswith("dilaporkan") and _EVENT_REPORTED_RE.search(before):
                continue
            held = True
            break
        doc.cache[key] = held
    return held


_CONVICTED_AT = TriggeredPattern(_CONVICTED_RE)
_T_GUILT = frozenset(
    {
        "pelaku",
        "penjahat",
        "koruptor",
        "pembunuh",
        "pemerkosa",
        "pedofil",
        "predator",
        "maling",
        "pencabul",
        "penipu",
        "perampok",
        "bandar",
    }
)
# A guilt word after an indefinite quantifier (beberapa/setiap/banyak pelaku) or for a class (pelaku kriminal) labels
# nobody in particular unless its sentence identifies someone: initials, "berinisial/bernama", an age in brackets.
# KEJ Pasal 3 protects a person; "beberapa pelaku begal sudah ditangkap" in a province round-up names none.  Not
# "para/kedua/keempat pelaku": those point back at people the story has already identified and arrested.
# A condition opening its sentence or after "terlebih/apalagi" ("terlebih jika pelaku sudah residivis") speaks
# of whoever it may be; after a verb, news writing uses "jika" for "bahwa" ("diketahui jika pelaku …"), which is
# no condition.  (A count before the word, "296 pelaku judi ditangkap", still labels the people held: judges
# called those findings correct.)
_GROUP_BEFORE_RE = lazy_compile(
    r"(?<![\w-])(?:beberapa|setiap|tiap|banyak|sebagian|kebanyakan)\s+$|"
    r"(?:^|(?<![\w-])(?:terlebih|apalagi|terutama|khususnya)\s+)(?:jika|bila|apabila|kalau|seandainya)(?:\s+para)?\s+$",
    re.I,
)
# A syndicate, gang or network as a whole ("komplotan penipu online jaringan internasional") and a class
# addressed in a policy statement ("tidak ada toleransi bagi pelaku curanmor") label nobody in particular either,
# unless their sentence reports the arrest ("Dua komplotan maling motor dibekuk", "nahas bagi perampok, karena
# polisi membekuknya").
_COLLECTIVE_BEFORE_RE = lazy_compile(
    r"(?<![\w-])(?:komplotan|sindikat|jaringan|kawanan|gerombolan|geng|bagi(?:\s+para)?)\s+$", re.I
)
_ARRESTED_HERE_RE = lazy_compile(
    r"(?<![\w-])(?:(?:di|ter)?(?:tangkap|ringkus|bekuk|ciduk|cokok|gelandang)|menangkap|meringkus|membekuk|"
    r"menciduk|mencokok|(?:di|meng)amankan|ditahan)(?:nya)?(?![\w-])",
    re.I,
)
# A sentence about crimes in general ("sebagian besar pembunuhan terjadi antara korban dan pelaku yang saling
# mengenal", "rata-rata dilaporkan … dengan pelaku"): statistics and patterns label no one.
_GENERIC_SENTENCE_RE = lazy_compile(
    r"(?<![\w-])(?:sebagian\s+besar|rata-rata|pada\s+umumnya|umumnya|kebanyakan|mayoritas|\d+(?:,\d+)?\s+persen)(?![\w-])",
    re.I,
)
_CLASS_AFTER_RE = lazy_compile(r"\s+(?:kriminal(?:itas)?|kejahatan)(?![\w-])(?!\s*(?:,|berinisial|bernama|\())", re.I)
_IDENTIFIED_RE = lazy_compile(
    r"(?:\b[A-Z]{1,4}\s*\(\d{1,2}\)|\(\d{1,2}(?:\s*tahun)?\)|(?<![\w-])(?:berinisial|bernama|inisial)(?![\w-]))"
)


def _stage_for(guilt: str, stage: str) -> str:
    """The stage term that replaces ``guilt``: *terduga* is an adjective-like prefix that needs its noun, so
    *pelaku bom ikan* becomes *terduga pelaku bom ikan*, not *terduga bom ikan*; the case of the first letter is
    kept (a headline's *Pelaku*)."""
    if stage != "terduga":
        out = stage
    elif guilt.lower() == "pelaku":
        out = "terduga pelaku"
    else:  # "terduga perampok", "Terduga Bandar Narkoba": the noun stays, as written after its first letter
        out = (
            "terduga " + guilt[:1].lower() + guilt[1:]
            if not guilt.istitle() or " " not in guilt
            else "terduga " + guilt
        )
    return out[:1].upper() + out[1:] if guilt[:1].isupper() else out


def _names_nobody(text: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """The guilt word at ``[start, end)`` stands for a group or a class and its sentence identifies no one."""
    before = text[max(sent_start, start - 25) : start]
    group = _GROUP_BEFORE_RE.search(before) is not None
    if not group and _COLLECTIVE_BEFORE_RE.search(before) is not None:
        group = _ARRESTED_HERE_RE.search(text, sent_start, sent_end) is None
    if not group and _GENERIC_SENTENCE_RE.search(text, sent_start, sent_end) is not None:
        group = True
    if not group and _CLASS_AFTER_RE.match(text, end) is None:
        return False
    return _IDENTIFIED_RE.search(text, sent_start, sent_end) is None


# An order or a demand to act against perpetrators ("Kapolda Perintahkan Tangkap Hidup atau Mati Perampok Toko
# Emas", "warganet mendesak polisi bertindak tegas terhadap para pelaku") is about people still to be caught or
# about a class: unless its sentence identifies someone or points at one ("pelaku itu"), it labels no one.
_DIRECTIVE_RE = lazy_compile(
    r"(?<![\w-])(?:memerintahkan|diperintahkan|perintahkan|perintah|(?:men)?desak|didesak|mendesak|(?:meng|di)?instruksikan|"
    r"ultimatum|mengimbau|menyerukan|menuntut)(?![\w-])",
    re.I,
)
_POINTED_AFTER_RE = lazy_compile(r"(?:\s+[\w-]+){0,3}?\s+(?:itu|tersebut|ini)(?![\w-])", re.I)
# Misconduct a disciplinary body has ruled proven and sanctioned (a campus ethics hearing, a police ethics
# commission): the ruling is the finding the word rests on, as a verdict is.
_PROVEN_RE = lazy_compile(r"(?<![\w-])terbukti\s+(?:telah\s+|secara\s+sah\s+)?(?:melakukan|melanggar|bersalah)", re.I)
_SANCTIONED_RE = lazy_compile(
    r"(?<![\w-])(?:(?:dijatuhi|diberi|memberikan|menjatuhkan|mendapat|dikenai|dikenakan)\s+sanksi|skorsing|diskors|"
    r"dipecat|pemecatan|diberhentikan\s+(?:dengan|tidak\s+dengan)\s+hormat|PTDH|dikeluarkan\s+dari)(?![\w-])",
    re.I,
)


def _ruled_proven(doc: Document) -> bool:
    """The story reports misconduct found proven and a sanction applied (cached)."""
    key = "ethics.ruled_proven"
    found = doc.cache.get(key)
    if found is None:
        found = doc.cache[key] = (
            "terbukti" in word_index(doc).words
            and _PROVEN_RE.search(doc.text) is not None
            and _SANCTIONED_RE.search(doc.text) is not None
        )
    return found


_STAGE_RE = lazy_compile(r"(?<![\w-])(?P<s>terlapor|terduga|tersangka|terdakwa|terpidana)(?![\w-])", re.I)
_STAGE_AT = TriggeredPattern(_STAGE_RE)  # tried at its words' offsets, not at every character
_POLICE_SOURCE_RE = lazy_compile(
    # "Menurut penyelidikan, …": the police investigation is the source
    r"(?<![\w-])(?:polisi|polres|polda|polsek|kapolres|kapolda|kapolsek|penyidik|kejaksaan|jaksa|kasat|kasatreskrim|kanit|"
    r"penyelidikan|penyidikan)(?![\w-])",
    re.I,
)


@rule(
    "ethics/presumption-of-innocence",
    severity="info",
    # a guilt word in the headline labels the one person the story is about, before any reader sees the body's
    # legal stage: reported as an error whatever the body's severity (the seed article's "Pelaku"), unless a
    # newsroom turns this off
    options={"headline_error": True, "body_text": False},
    genres=ALL - {HISTORY, HOROSCOPE},
    measured="dev corpus 415 articles (bench/measure_sources_ethics.py): 34 findings (tune 14, unseen 20); adjudicated by a redaktur (not the author): unseen 18/20 = 90% "
    "(misses: paraphrase of a prosecutor, a campus disciplinary case), tune 12/13 = 92% (1 unsure); all 34 judged again by a "
    "fresh redaktur on 2026-12-04: 32/34 = 94%"
    ". Round s7, unseen published news (fresh8, 196,854 words): 20-finding sample 15/20 plus 6/7 in the pooled warning sample, so 21/27 = 78%, judged by a redaktur (not the author); the false alarms are a generic 'pelaku' that labels nobody identified (para pelaku begal, pelaku tawuran, the doer of an act still unknown). With the dev unseen half 18/20: 39/47 = 83%. Info until the generic use is told apart"
    ". fresh9 (94,070 words, unseen, after the generic-group fix): 14/20; the false alarms are unidentified perpetrators nobody has arrested (pelaku on CCTV, maling, a fraud syndicate as a whole) and a generic policy statement. Info"
    ". Round s8 (eth8, tuned on fresh6-9 and the dev tune half): the story must report someone held (an arrest, "
    "not an examination or investigation, not hoped for or denied, not a case reported to the police; active "
    "verbs count), a sentence about a camera recording or a failed arrest names nobody, a syndicate or a class "
    "in a policy statement labels nobody unless its sentence reports the arrest, 'menurut penyelidikan' is the "
    "police's word; suggestions keep the noun (terduga perampok): fresh8 123 -> 117, fresh9 95 -> 81, fresh6 55 "
    "-> 53, fresh7 21 -> 20, dev tune 14 -> 13. Of the 40 fresh8+fresh9 findings judged in round s7, all 29 correct are "
    "still reported and 8 of the 11 false alarms are gone, 7 of them by this round (29/32 on that judged set). Not yet measured unseen. Round s8, unseen published news (fresh10 + fresh11: 932 excerpts, 204,143 words, ~270 outlets, never tuned on), judged by redaktur helpers (not the authors), 2026-12-05: 41/49 = 84% (fresh10 19/25, fresh11 22/25); false alarms: generic or statistical uses (murder motives in general, a public demand about attackers in general), misconduct a campus ruling found proven, attackers nobody has identified, an animal as 'pelaku'. Below 85%: info. After it: a sentence about crimes in general (sebagian besar, rata-rata, umumnya, mayoritas, N persen) with nobody identified labels no one: fresh10 74 -> 70 findings, the 3 judged ones removed were all judged false alarms (a tune figure: 19/22). Fresh12 (362 published excerpts, 77,601 words, gathered after every change of this session and never tuned on; judged by redaktur helpers, final code): 26/30 = 87% (all four false alarms are perpetrators nobody has identified: a mastermind still sought, robbers at large, a modus of snatch-thieves, gamblers in a police chief's order); over both unseen rounds 67/79 = 85% on code that changed between them. Kept info until the unidentified-perpetrator class is told apart. Round s9 (eth9, tuned on the judged "
    "fresh8-12 samples): who did it asked ('siapa'), nobody caught ('tak ada satu pun'), a failed capture "
    "('tidak berhasil mendapatkan/menemukan'), an order or a demand about perpetrators (memerintahkan, mendesak, "
    "menginstruksikan, mengimbau …) in a sentence that identifies and points at no one, misconduct a disciplinary "
    "body ruled proven and sanctioned (terbukti + sanksi/skorsing/dipecat/PTDH), an arrest still to come ('Jika "
    "pelaku ditangkap, …'), an event put down to some doer ('diduga ulah pelaku curanmor') and 'predator alami' "
    "label no one: fresh10 70 -> 63, fresh11 75 -> 68, fresh12 84 -> 81, fresh6-9 and dev tune unchanged (283 -> "
    "283); a 30-finding random sample of the unjudged fresh10-12 findings read by the author: 26/29 before (3 "
    "false alarms: the two classes just named and a generic 'dijarah maling'); of the "
    "judged findings (fresh10-12) all 67 correct are kept and 8 of the 10 false alarms are gone (67/69 on that "
    "judged set, a tune figure); the others removed are a police warning about all land-burners and a rally's "
    "demand about unnamed mine backers (generic), the Unesa headline and a robbery headline ordering the arrest. Round s9, unseen published news (fresh13: 1,193 excerpts, 261,366 words; fresh14: 512 excerpts, 104,649 words; gathered after the session's changes, never tuned on), judged by redaktur helpers (not the authors), 2026-12-05: 25/30 and 25/30; false alarms: perpetrators nobody has identified (attackers still sought, a thief caught in the act and not named), an operation's tally, a conditional. Unseen rounds fresh10-14: 117/139 = 84%. Of every judged finding in a headline (fresh8-14), 15/15 correct. So by default only headlines are read (error there); body text (about 83%) is read with the option body_text: true.",
    summary={
        "id": "Kata yang memvonis (pelaku, koruptor, pedofil) padahal proses hukum belum selesai.",
        "en": "Words that pronounce guilt (pelaku, koruptor, pedofil) before a final verdict.",
    },
    message={
        "id": "'{match}' memperlakukan orang sebagai bersalah sebelum putusan; naskah hanya memuat tahap {stage}. "
        "Pakai istilah tahap hukumnya ({suggestion}).",
        "en": "'{match}' treats a person as guilty before a verdict; the story only reports {stage_en}. Use "
        "the legal-stage term ({suggestion}).",
    },
    docs={
        "id": "Bawaan: hanya judul yang diperiksa (presisi pada berita terbit yang belum pernah dilihat: judul 15/15, "
        "badan berita sekitar 83 %); badan berita ikut diperiksa dengan opsi body_text: true. "
        "Asas praduga tak bersalah (KEJ Pasal 3, UU Pers Pasal 5 ayat 1): selama naskah hanya memuat "
        "penangkapan, pemeriksaan, penetapan tersangka atau sidang (dan tidak ada vonis/terpidana), jangan "
        "sebut orangnya pelaku, koruptor, pedofil, pembunuh. Di judul tingkat error. 'Pelaku' boleh untuk "
        "pelaku yang belum diketahui/buron, dalam kutipan atau kalimat yang mengutip polisi, dan dalam "
        "'pelaku usaha' dan sejenisnya. Hanya di naskah yang memberitakan orang ditangkap, ditahan, ditetapkan "
        "tersangka, didakwa atau dilaporkan (pemeriksaan atau penyelidikan saja tidak cukup); pelaku yang hanya "
        "terekam CCTV atau gagal ditangkap, sindikat secara keseluruhan, dan kelas pelaku dalam pernyataan "
        "kebijakan (tidak ada toleransi bagi pelaku curanmor) tidak dilaporkan; begitu juga pelaku yang belum "
        "diketahui (siapa pelakunya, tak ada satu pun pelaku ditangkap, korban tidak berhasil mendapatkan pelaku), "
        "perintah atau desakan terhadap pelaku yang tidak menunjuk orang tertentu (Kapolda perintahkan tangkap "
        "perampok, warga mendesak polisi menindak para pelaku), pelanggaran yang dinyatakan terbukti dan diberi "
        "sanksi oleh badan disiplin (sidang etik kampus, komisi kode etik), dan 'predator alami'.",
        "en": "By default only the headline is read (precision on unseen published news: headlines 15/15, body "
        "text about 83 %); the option body_text: true reads the body too. "
        "Presumption of innocence (KEJ art. 3): while the story only reports an arrest, suspicion or "
        "trial, don't call the person pelaku, koruptor, pedofil. Error in the headline. Unknown perpetrators "
        "(memburu, mengungkap, petunjuk), quotes, sentences attributed to the police (also by the name of an "
        "officer introduced with rank or title) and 'pelaku usaha' are allowed. Only in stories that report a "
        "person arrested, held, named a suspect, charged or reported (an examination or investigation alone is "
        "not enough); perpetrators seen on CCTV or not caught, a syndicate as a whole and a class in a policy "
        "statement are not reported; nor are perpetrators nobody knows (siapa pelakunya, no one caught, a failed "
        "capture), an order or a demand about perpetrators that points at no one, misconduct a disciplinary body "
        "ruled proven and sanctioned, and 'predator alami'. Not run on history features and horoscopes.",
    },
    authority="KEJ Pasal 3 (asas praduga tak bersalah); UU Pers Pasal 5 ayat (1); KUHAP Pasal 1",
    examples=[
        bad(
            "Pelaku Pencabulan Santri Ditangkap\n\nMagelang - Polisi menangkap seorang guru mengaji yang "
            "diduga mencabuli tiga santri. Tersangka kini ditahan di Mapolres Magelang.",
            layout="news",
            count=1,
            body_text=True,
        ),
        bad("Koruptor dana desa itu ditahan Kejaksaan Negeri Klaten sejak Senin.", body_text=True),
        good(
            "Tersangka Pencabulan Santri Ditangkap\n\nMagelang - Polisi menangkap seorang guru mengaji yang "
            "diduga mencabuli tiga santri. Tersangka kini ditahan di Mapolres Magelang.",
            layout="news",
            body_text=True,
        ),
        good(
            "Polisi masih memburu pelaku pembakaran kios yang kabur ke arah hutan. Dua saksi sudah diperiksa.",
            body_text=True,
        ),
        good(
            "Para pelaku usaha kecil di Solo mengeluhkan kenaikan harga gula. Pemilik toko diperiksa petugas pajak.",
            body_text=True,
        ),
        good(
            "Terpidana korupsi itu divonis lima tahun penjara. Koruptor itu kini mendekam di Lapas Sukamiskin.",
            body_text=True,
        ),
        good(
            "Kasus itu sudah dilaporkan ke polisi. Dalam rekaman CCTV masjid terlihat maling membuka kotak amal "
            "pada Minggu dini hari.",
            body_text=True,
        ),
        bad(
            "Dua terduga diamankan di toko emas. Perampok itu ditahan di Mapolsek Jenggawah sejak Kamis.",
            body_text=True,
        ),
        # a condition names nobody; two people held are someone
        good(
            "Dua orang ditangkap pekan lalu. Kapolres meminta anggotanya tegas, terlebih jika pelaku melawan.",
            body_text=True,
        ),
        bad("Dua pelaku diamankan di Mapolsek Jenggawah sejak Kamis.", count=1, body_text=True),
        good(
            "Seorang penadah emas diamankan polisi. Kapolda memerintahkan jajarannya menangkap hidup atau mati "
            "perampok toko emas di pasar itu.",
            body_text=True,
        ),
        good(
            "Seorang saksi ditahan sejak Mei. Namun tak ada satu pun pelaku yang ditangkap hingga kini.", body_text=True
        ),
        bad(
            "Dua terduga diamankan di pasar. Warga mendesak agar pelaku pembacokan itu ditahan lebih lama.",
            body_text=True,
        ),
        # body text only on request: by default a guilt word is reported in the headline alone
        good("Polisi menangkap AS (30) di rumahnya. Pelaku penipuan arisan itu kini ditahan di Mapolsek."),
    ],
)
def presumption_of_innocence(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    guilt = scan(doc, _GUILT_RE, _T_GUILT)
    if not ctx.options.get("body_text", False):
        # body text only on request (judged 15/15 in headlines, ~83 % in body text; see measured): decided
        # before the story-wide tests, which most drafts then never run
        guilt = [m for m in guilt if doc.zone_of(m.start("g")) is Zone.HEADLINE]
    if not guilt or not _found(doc, _ARREST_AT) or _found(doc, _CONVICTED_AT) or not _someone_held(doc):
        return
    if _ruled_proven(doc):
        return
    an = analyze(doc)
    stages = [m.group("s").lower() for m in _STAGE_AT.finditer(doc) if not doc.in_quote(m.start(), m.end())]
    stage = stages[0] if stages else "penangkapan/pemeriksaan"
    suggestion = stages[0] if stages else "terduga, tersangka, terdakwa"
    stage_en = {
        "tersangka": "a suspect",
        "terdakwa": "a defendant",
        "terduga": "a suspicion",
        "terlapor": "a complaint",
    }
    for m in guilt:
        start, end = m.start("g"), m.end("g")
        p = doc.paragraph_at(start)
        if p is None or p.zone not in _TEXT_ZONES or doc.in_quote(start, end):
            continue
        if _NOT_CRIME_AFTER_RE.match(text, end):
            continue
        if _HEDGED_BEFORE_RE.search(text[max(p.start, start - 20) : start]):
            continue
        s = doc.sentence_at(start)
        if s is None:
            continue
        if _may_be_unknown_perpetrator(word_index(doc).low, s.start, s.end) and _UNKNOWN_PERP_RE.search(
            text, s.start, s.end
        ):
            continue
        if (
            _DIRECTIVE_RE.search(text, s.start, start)
            and not _IDENTIFIED_RE.search(text, s.start, s.end)
            and not _POINTED_AFTER_RE.match(text, end, s.end)
        ):
            continue  # an order to catch them, a demand about them: nobody held is named
        headline = p.zone is Zone.HEADLINE
        if not headline:
            if _names_nobody(text, start, end, s.start, s.end):
                continue
            info = an.sentences[s.index]
            # "pelaku, menurut polisi, …" is the police's word, attributed
            if info.attributed and _POLICE_SOURCE_RE.search(text, s.start, s.end):
                continue
            # "Kata Momon, pelaku …" where Momon is the Kapolres: the police's word too
            if (info.attributed or info.covered) and _voiced_by_police(doc, an, s.index):
                continue
        ctx.report(
            start,
            end,
            args={
                "stage": stage,
                "stage_en": stage_en.get(stage, "an arrest or investigation"),
                "suggestion": suggestion,
            },
            suggestions=[_stage_for(text[start:end], suggestion.split(",")[0])],
            severity=Severity.ERROR if headline and ctx.options.get("headline_error", True) else None,
        )


# A police or prosecution officer named with title or rank: "Kapolres Blitar AKBP Momon Suwito",
# "Kasi Humas Polres X Iptu Mulyadi", "Juru Bicara KPK Budi Prasetyo".
_LAW_OFFICER_RE = lazy_compile(
    r"(?:\b(?:AKBP|AKP|Kompol|Kombes|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Briptu|Bripda|Brigjen|Irjen|Komjen)"
    r"(?:\s+Pol\.?)?"
    r"|\b(?:Kapolres\w*|Kapolda|Kapolsek\w*|Kasat\s*Reskrim|Kasatreskrim|Kanit\s*Reskrim|Kajari|Kajati|"
    r"Kasi\s+(?:Pidum|Pidsus|Intel)|Juru\s+[Bb]icara\s+(?:KPK|Polri|Kejaksaan\s+Agung|Polda\s+\w+))"
    r"(?:\s+[A-Z][\w.-]*){0,3}?)"
    r"\s+(?P<name>[A-Z][a-z]\w*(?:\s+[A-Z][a-z]\w*){0,3})"
)
_LAW_OFFICER_AT = TriggeredPattern(_LAW_OFFICER_RE)  # tried where a rank or office starts


def _police_names(doc: Document) -> frozenset[str]:
    """The words of the names of police and prosecution officers the draft names (cached)."""
    key = "ethics.police_names"
    names = doc.cache.get(key)
    if names is None:
        found: set[str] = set()
        for m in _LAW_OFFICER_AT.finditer(doc):
            found.update(w.lower() for w in m.group("name").split() if len(w) > 2)
        names = doc.cache[key] = frozenset(found)
    return names


def _voiced_by_police(doc: Document, an: object, index: int) -> bool:
    """The sentence, or the paragraph whose account covers it, is attributed to a named officer."""
    names = _police_names(doc)
    if not names:
        return False
    s = doc.sentences[index]
    p = doc.paragraphs[s.paragraph]
    for i in range(p.sentence_start, p.sentence_end):
        for a in an.sentences[i].attributions:  # type: ignore[attr-defined]
            who = a.resolved if a.pronoun else a.speaker
            if who and not names.isdisjoint(w.lower() for w in who.split()):
                return True
    return False


# --- victims of sexual crimes and children ------------------------------------------
_SEXUAL_CRIME_RE = lazy_compile(
    r"(?<![\w-])(?:pemerkosaan|diperkosa|memperkosa|pencabulan|dicabuli|mencabuli|pelecehan\s+seksual|"
    r"kekerasan\s+seksual|persetubuhan|disetubuhi|menyetubuhi|asusila|rudapaksa|dirudapaksa|merudapaksa|"
    r"pemerkosa|pencabul|eksploitasi\s+seksual|TPKS)(?![\w-])",
    re.I,
)
_T_SEXUAL = frozenset(
    {
        "pemerkosaan",
        "diperkosa",
        "memperkosa",
        "pencabulan",
        "dicabuli",
        "mencabuli",
        "pelecehan",
        "kekerasan",
        "persetubuhan",
        "disetubuhi",
        "menyetubuhi",
        "asusila",
        "rudapaksa",
        "dirudapaksa",
        "merudapaksa",
        "pemerkosa",
        "pencabul",
        "eksploitasi",
        "tpks",
    }
)
_T_CHILD = frozenset(
    {
        "anak",
        "bocah",
        "balita",
        "siswa",
        "siswi",
        "pelajar",
        "santri",
        "santriwati",
        "murid",
        "remaja",
        "abg",
        "bayi",
        "bawah",
    }
)
_CRIME_RE = lazy_compile(
    r"(?<![\w-])(?:ditangkap|diamankan|tersangka|pelaku|korban|penganiayaan|dianiaya|pembunuhan|dibunuh|"
    r"pencurian|perundungan|dirundung|tawuran|pengeroyokan|dikeroyok|penculikan|diculik|kekerasan|"
    r"berkonflik\s+dengan\s+hukum|saksi|sidang|penyidik|polisi|dicabuli|diperkosa)(?![\w-])",
    re.I,
)
_MISSING_RE = lazy_compile(r"(?<![\w-])(?:hilang|dicari|belum\s+ditemukan|pencarian)(?![\w-])", re.I)
# "Nuraini bin Rusli (8)": the patronymic joins the child's name; the age is the child's, not the father's.
_NAME = r"[A-Z][a-z]+(?:\s+(?:(?:bin|binti)\s+)?[A-Z][a-z]+){0,2}"
_INITIALS = r"[A-Z]{1,3}(?:\.[A-Z])*\.?"
#: A victim's relatives: named, they trace the victim ("ayah korban, Ahmad"); before "korban berinisial …" the
#: initials are theirs.
_RELATIVES = r"ayah|ibu|orang\s+tua|kakak|adik|paman|bibi|nenek|kakek|suami|istri"
# Identifying details next to "korban" (§7 ethics/sexual-victim-identity).
_VICTIM_ID_RE = lazy_compile(
    rf"(?<![\w-])[Kk]orban(?:nya)?\s*(?:,\s*|\s+(?:bernama|berinisial|yakni|yaitu|adalah)\s+)"
    rf"(?P<id>(?:{_NAME}|{_INITIALS})\s*(?:\(\d{{1,2}}\))?)"
    rf"|(?P<rel>(?i:{_RELATIVES})\s+korban\s*,\s*{_NAME})"
    rf"|(?P<addr>[Kk]orban(?:[^.]{{0,60}}?)(?:warga\s+(?:RT|Desa|Dusun|Kampung|Kelurahan|Jalan|Jl\.?)\s*[\w./]+|RT\s*\d+\s*/\s*RW\s*\d+|"
    rf"(?:siswi|siswa|murid|pelajar|mahasiswi|santriwati|santri)\s+(?:SDN?|SMPN?|SMAN?|SMKN?|MTsN?|MAN?|SD|SMP|SMA|SMK)\s*\d*\s+{_NAME}))",
)
#: A relative right before "korban" ("ibu korban berinisial S"): what follows names the relative.
_RELATIVE_BEFORE_RE = lazy_compile(rf"(?i:{_RELATIVES})\s+$")
_INITIALS_ONLY_RE = lazy_compile(_INITIALS)
_CHILD_CUE = lazy_compile(
    r"(?<![\w-])(?:anak|bocah|balita|siswa|siswi|pelajar|santri|santriwati|murid|remaja|ABG|bayi|"
    r"di\s+bawah\s+umur)(?![\w-])",
    re.I,
)
# A name with an age under 18 in brackets, "Dimas (12)", or initials with one.
_CHILD_ID_RE = lazy_compile(
    rf"(?P<id>(?:{_NAME}|{_INITIALS})\s*\((?P<age>\d{{1,2}})(?:\s*tahun)?\))"
    rf"|(?P<school>(?:siswa|siswi|murid|pelajar|santri|santriwati)\s+(?:kelas\s+\w+\s+)?(?:SDN|SMPN|SMAN|SMKN|MTsN|SD\s+Negeri|SMP\s+Negeri|SMA\s+Negeri|SMK\s+Negeri|SD|SMP|SMA|SMK|MTs|MI|MA|Pondok\s+Pesantren|Ponpes)\s*\d*\s+(?!(?:Negeri|Swasta)(?![\w-])){_NAME})"
)
# Each match of _CHILD_ID_RE holds an age in brackets or starts with one of these strings, as
# written (also inside a word: "mahasiswa SMA …").
_AGE_OPEN = compile_cached(r"\(\d")
_PUPIL = ("siswa", "siswi", "murid", "pelajar", "santri")
_WHITE_RUN = compile_cached(r"\s*")
#: What the name or initials of _CHILD_ID_RE and the white space before its bracket are made of.
_NAME_RUN = compile_cached(r"[A-Za-z.\s]*")
_CAPITAL = compile_cached(r"[A-Z]")
#: Lengths of the one-word relatives of _VICTIM_ID_RE ("ibu", "ayah", "kakak"); "orang tua" is found apart.
_RELATIVE_LENGTHS = (3, 4, 5)


# Initials with an age are the protection PPRA asks for; they identify a child only together with another
# identifier in the same sentence: a local address (warga/asal/tinggal di + a village, street or neighbourhood,
# not a Kecamatan/Kabupaten/Kota or a known region), a named or numbered school, or a relative's name.
# Two letters in title case ("Hy (17)", "De (14)") are a short form like initials, not a name: no Indonesian
# given name is two letters long.
_ONLY_INITIALS_RE = compile_cached(r"(?:[A-Z]\.?\s?){1,4}\s*\(|[A-Z][a-z]\s*\(")
_LOCAL_ADDRESS_RE = lazy_compile(
    r"(?<![\w-])(?:warga|asal|tinggal\s+di|beralamat\s+di|penduduk)\s+"
    r"(?!(?:Kecamatan|Kec\.|Kabupaten|Kab\.|Kota|Provinsi|Prov\.|Pulau|Negara)(?![\w-]))"
    r"(?:(?P<label>Desa|Kelurahan|Kel\.|Dusun|Dukuh|Kampung|Jalan|Jl\.|Gang|Gg\.|Perumahan|Komplek|Kompleks|RT|RW)"
    r"(?![\w-])|(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))"
)
_NAMED_SCHOOL_RE = lazy_compile(
    r"(?<![\w-])(?:SDN|SMPN|SMAN|SMKN|MTsN|MIN|MAN|SD|SMP|SMA|SMK|MTs|MI|MA)(?:\s+(?:Negeri|Swasta))?\s*"
    r"(?:\d+|(?!Negeri|Swasta|Islam|di(?![\w-]))[A-Z][a-z]+)"
)
# Without warga/asal/tinggal di a place in the sentence may be where the child was found or the crime happened:
# only a street-level one (a street, an alley, a neighbourhood unit) points at a home; a village, kelurahan or
# housing estate named as the scene ("ditemukan di Perumahan X, Kelurahan Y") does not.
_ADDRESS_ANYWHERE_RE = lazy_compile(r"(?<![\w-])(?:Dusun|Dukuh|Jalan|Jl\.|Gang|Gg\.|RT|RW)\s+[A-Z0-9]|@\w{3,}")
_RELATIVE_NAMED_RE = lazy_compile(
    r"(?<![\w-])(?:anak|putra|putri|ayah|bapak|ibu|kakak|adik|paman|bibi|kakek|nenek|orang\s+tua)(?:nya)?"
    r"(?:\s+(?:dari|kandung|korban|pelaku))?,?\s+[A-Z][a-z]{2,}"
)


# A street named after "di" is where something happened ("Empat orang yang ditangkap di Jalan X ini, masing-masing
# …"), not where the child lives, unless a home word governs it ("tinggal di", "rumahnya di", "beralamat di").
# The address is read back over its own words ("di Jalan Padat Karya Gang Melati RT 05") to the word before it.
_ADDRESS_WORDS_BEFORE_RE = compile_cached(r"(?:(?:[A-Z0-9][\w./-]*|[Nn]o\.?|[Kk]m)\s*,?\s+)*$")
_SCENE_BEFORE_RE = lazy_compile(
    r"(?<![\w-])(?P<before>[\w-]+\s+)?di\s+(?:(?:kawasan|sekitar|depan|dekat|ruas|simpang|ujung|pinggir|tepi|"
    r"seputaran|wilayah|lokasi)\s+)?$",
    re.I,
)
_HOME_WORDS = frozenset(
    {
        "tinggal",
        "beralamat",
        "berdomisili",
        "rumah",
        "rumahnya",
        "kediaman",
        "kediamannya",
        "domisili",
        "alamat",
        "alamatnya",
        "kos",
        "indekos",
        "kontrakan",
        "menetap",
        "bermukim",
    }
)


# A pseudonym protects the child as initials do: newsrooms give a victim a flower's name ("Mawar (15)",
# "Melati", "Anggrek") or say so ("sebut saja Dewi", "bukan nama sebenarnya", "nama samaran").
_PSEUDONYMS = frozenset(
    {
        "mawar",
        "melati",
        "bunga",
        "anggrek",
        "kenanga",
        "dahlia",
        "teratai",
        "seruni",
        "kembang",
        "tulip",
        "lily",
        "flamboyan",
        "cempaka",
        "kamboja",
        "sakura",
        "lavender",
        "aster",
        "asoka",
        "kemuning",
        "edelweis",
    }
)
_PSEUDONYM_CUE_RE = lazy_compile(
    r"(?<![\w-])(?:bukan\s+nama\s+(?:sebenarnya|asli)|nama\s+(?:samaran|disamarkan)|sebut\s+saja|samaran)(?![\w-])",
    re.I,
)


def _pseudonym(text: str, name: str, sentence_start: int, sentence_end: int) -> bool:
    """``name`` (with its age bracket cut off) is a pseudonym: a flower's name, or a cue in its sentence."""
    words = name.split()
    if len(words) == 1 and words[0].lower() in _PSEUDONYMS:
        return True
    return _PSEUDONYM_CUE_RE.search(text, sentence_start, sentence_end) is not None


_VERB_PREFIXES = frozenset({"di-", "ter-", "ber-", "meN-", "me-", "mem-", "men-", "meng-", "meny-"})


def _a_scene(text: str, start: int, sentence_start: int) -> bool:
    """The street-level address at ``start`` is a place where something happened: "di" (with a word like
    kawasan or depan) governs it and no home word governs the "di"."""
    words = _ADDRESS_WORDS_BEFORE_RE.search(text, sentence_start, start)
    head = words.start() if words is not None else start
    m = _SCENE_BEFORE_RE.search(text, max(sentence_start, head - 40), head)
    if m is None:
        return False
    before = (m.group("before") or "").strip().lower()
    if before in _HOME_WORDS:
        return False
    # an act governs the place ("ditangkap di", "terjadi di", "berkumpul di", "menangkap … di"); after a noun
    # the place may be where that noun is ("murid SD Negeri di Jalan X": the school, which identifies)
    a = analyze_word(before) if before else None
    return a is not None and any(p in _VERB_PREFIXES for p in a.prefixes)


def _initials_identified(text: str, start: int, end: int) -> bool:
    """Initials in the sentence ``[start, end)`` come with another identifier in it."""
    for m in _LOCAL_ADDRESS_RE.finditer(text, start, end):
        place = m.group("place")
        if place is None:
            return True  # an address label: a village, street or neighbourhood (warga Desa …, warga RT 03)
        if entity_kind(place) is not None or entity_kind(place.split()[0]) is not None:
            continue  # a known region (Demak, Mranggen, Sumatera Selatan): too wide to point at one child
        return True  # a village or neighbourhood the gazetteer does not know (warga Tlogobayem)
    if _NAMED_SCHOOL_RE.search(text, start, end) or _RELATIVE_NAMED_RE.search(text, start, end):
        return True
    return any(
        m.group().startswith("@") or not _a_scene(text, m.start(), start)
        for m in _ADDRESS_ANYWHERE_RE.finditer(text, start, end)
    )


def _child_identified(doc: Document, start: int, initials: str, traced: bool) -> bool:
    """Initials of a child (``initials``, at ``start``) are identifying: ``traced`` (the victim of a sexual
    crime whose relative the story names), or an identifier stands in their sentence or in a later sentence
    that names the same initials ("MRNW adalah warga Desa Minggirsari")."""
    if traced:
        return True
    text = doc.text
    s = doc.sentence_at(start)
    if s is not None and _initials_identified(text, s.start, s.end):
        return True
    word = re.compile(rf"(?<![\w-]){re.escape(initials)}(?![\w-])")
    for m in word.finditer(text, start + len(initials)):
        other = doc.sentence_at(m.start())
        if (
            other is not None
            and (s is None or other.start != s.start)
            and _initials_identified(text, other.start, other.end)
        ):
            return True
    return False


# The role word nearest before a child's initials says whose they are: "perkosaan siswi SMP, AA (13)" is the
# victim, "ketiga terdakwa, MZ (13)" a defendant.
_ROLE_BEFORE_RE = lazy_compile(
    r"(?<![\w-])(?P<r>korban|anak|bocah|balita|siswi|siswa|murid|pelajar|santri|santriwati|remaja|gadis|putri|putra|"
    r"tersangka|terdakwa|terduga|terlapor|pelaku)(?![\w-])",
    re.I,
)
_SUSPECT_ROLES = frozenset({"tersangka", "terdakwa", "terduga", "terlapor", "pelaku"})


def _victim_traced(doc: Document, sentence_start: int, start: int) -> bool:
    """The initials at ``start`` are a sexual-crime victim's and the story names a relative of the victim
    ("Ayah korban, Saparuddin (43)"): KEJ Pasal 5 counts a parent's name as the victim's identity."""
    text = doc.text
    if _VICTIM_ID_RE.search(text) is None or not any(m.group("rel") for m in _VICTIM_ID_RE.finditer(text)):
        return False
    roles = [m.group("r").lower() for m in _ROLE_BEFORE_RE.finditer(text, sentence_start, start)]
    return bool(roles) and roles[-1] not in _SUSPECT_ROLES


# Pupils of a school as a group point at nobody in particular: "sekelompok siswa SMP X", "orang tua siswa SMPN 20",
# "puluhan pelajar SMK Y"; one pupil ("seorang siswa SMPN 4", "WV (12) siswa kelas 1 SMPN Doko") is identified.
_PUPILS_GROUP_BEFORE_RE = lazy_compile(
    r"(?<![\w-])(?:sekelompok|kelompok|para|puluhan|ratusan|belasan|ribuan|sejumlah|beberapa|banyak|rombongan|"
    r"seluruh|semua|segenap|orang\s+tua|wali|guru|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+)"
    r"(?:\s+orang)?\s+$",
    re.I,
)


def _sentence_start(doc: Document, offset: int) -> int:
    s = doc.sentence_at(offset)
    return -1 if s is None else s.start


def _child_id_starts(text: str) -> list[int]:
    """Every offset where _CHILD_ID_RE can match: a capital in the run of letters, dots and white space
    right before an age bracket "(12" (a name or initials, then the bracket), or a pupil word (a school)."""
    starts: list[int] = []
    backwards = ""
    for m in _AGE_OPEN.finditer(text):
        bracket = m.start()
        backwards = backwards or text[::-1]
        run = _run_before(_NAME_RUN, backwards, bracket)
        starts.extend(c.start() for c in _CAPITAL.finditer(text, bracket - run, bracket))
    for word in _PUPIL:  # "santri" also starts "santriwati"
        starts.extend(occurrences(text, word))
    return starts


def _victim_id_starts(text: str) -> list[int]:
    """Every offset where _VICTIM_ID_RE can match: "Korban"/"korban" (a name, an address after it), or a
    relative right before white space and "korban" ("ayah korban, …", "orang tua korban, …")."""
    lower = occurrences(text, "korban")
    starts = occurrences(text, "Korban") + lower
    backwards = ""
    for k in lower:
        backwards = backwards or text[::-1]
        space = _run_before(_WHITE_RUN, backwards, k)
        if not space:
            continue
        end = k - space  # where the relative ends
        starts.extend(end - n for n in _RELATIVE_LENGTHS if end >= n)
        between = _run_before(_WHITE_RUN, backwards, end - 3) if end >= 3 else 0  # "orang tua": space before "tua"
        if between and end - 3 - between >= 5:
            starts.append(end - 3 - between - 5)
    return starts


# Nouns that number the parts of a law or a document: "Ayat (2)", "Huruf (b)", "Bagian (3)".
_NUMBERING_NOUNS = frozenset(
    {
        "ayat",
        "pasal",
        "huruf",
        "angka",
        "butir",
        "poin",
        "nomor",
        "bab",
        "bagian",
        "lampiran",
        "tabel",
        "gambar",
        "halaman",
        "paragraf",
        "alinea",
        "tahap",
        "jilid",
        "seri",
        "edisi",
        "klausul",
        "sila",
        "diktum",
        "lantai",
    }
)
_POSITIVE_RE = lazy_compile(
    r"(?<![\w-])(?:juara|prestasi|berprestasi|medali|lomba|olimpiade|beasiswa|penghargaan)(?![\w-])", re.I
)


_SEXUAL_CRIME_AT = TriggeredPattern(_SEXUAL_CRIME_RE)
_CRIME_AT = TriggeredPattern(_CRIME_RE)

# PPRA protects a child who is the victim, perpetrator or witness of a crime, not a child named in an accident
# story (a drowning, a road accident, a flood, a fire), where "korban" and "polisi" are just as frequent.  A
# crime story is told by its act, found by the root whatever its affixes: dicabuli/pencabulan/mencabuli,
# dianiaya/penganiayaan, dikeroyok/pengeroyokan, tawuran, pemerasan.  Roots that are also everyday words count
# only affixed: "pukul 09.00", "bunuh diri", "tusuk gigi", "peras santan".
_CRIME_ROOTS = frozenset(
    {
        "cabul",
        "perkosa",
        "rudapaksa",
        "setubuh",
        "leceh",
        "sodomi",
        "aniaya",
        "bunuh",
        "culik",
        "curi",
        "rampok",
        "rampas",
        "begal",
        "jambret",
        "copet",
        "keroyok",
        "tikam",
        "bacok",
        "tusuk",
        "siksa",
        "rundung",
        "sekap",
        "peras",
        "tipu",
        "kelahi",
        "tawur",
        "pukul",
        "eksploitasi",
        "aborsi",
    }
)
#: Of :data:`_CRIME_ROOTS`, those whose bare form names the act too ("begal", "sodomi", "rudapaksa").
_CRIME_BARE = frozenset(
    {"cabul", "rudapaksa", "sodomi", "begal", "jambret", "copet", "aniaya", "eksploitasi", "aborsi"}
)
#: Crime words the analyser leaves whole (lexicalised or borrowed).
_CRIME_WORDS = frozenset(
    {
        "perundungan",
        "persetubuhan",
        "disetubuhi",
        "asusila",
        "kdrt",
        "klitih",
        "bullying",
        "persekusi",
        "pornografi",
        "narkoba",
        "narkotika",
        "sabu",
        "ganja",
        "sajam",
    }
)
#: Legal-stage words: a crime story too, unless the story reports an accident (a driver named a suspect for
#: negligence does not make the child he hit the victim of a crime in the PPRA sense).
_LEGAL_WORDS = frozenset({"tersangka", "terdakwa", "terlapor", "pelaku", "terduga", "penyidik", "pidana"})
_LEGAL_PHRASE_RE = lazy_compile(
    r"(?<![\w-])(?:dilaporkan\s+ke\s+(?:polisi|pol(?:res|resta|restabes|sek|da)\w*)|"
    r"(?:berkonflik|berhadapan)\s+dengan\s+hukum)(?![\w-])",
    re.I,
)
#: Roots of accidents and disasters (tenggelam, hanyut, tertabrak, terseret arus, tersambar petir, longsor,
#: terjatuh, diterkam buaya, kecelakaan).
_ACCIDENT_ROOTS = frozenset(
    {
        "tenggelam",
        "hanyut",
        "tabrak",
        "seret",
        "sambar",
        "guling",
        "gilas",
        "lindas",
        "longsor",
        "banjir",
        "jatuh",
        "terkam",
        "mangsa",
        "setrum",
        "celaka",
        "laka",
        "petir",
    }
)


def _crime_story(doc: Document) -> bool:
    """The story reports a crime (cached): a criminal act by its root, or a legal-stage word in a story that
    reports no accident."""
    key = "ethics.crime_story"
    found = doc.cache.get(key)
    if found is None:
        legal = accident = False
        found = False
        for word in word_index(doc).words:
            if word in _CRIME_WORDS:
                found = True
                break
            if word in _LEGAL_WORDS:
                legal = True
                continue
            a = analyze_word(word) if len(word) > 3 else None
            if a is None:
                continue
            if a.base in _CRIME_ROOTS and (a.is_affixed or a.base in _CRIME_BARE):
                # "kekerasan" only as ke-an: "keras" is hard, "mengeras" hardens
                found = True
                break
            if a.base == "keras" and a.prefixes == ("ke-",) and a.suffixes == ("-an",):
                found = True
                break
            if a.base in _ACCIDENT_ROOTS or (a.base == "bakar" and a.prefixes in (("ke-",), ("ter-",))):
                accident = True  # kebakaran, terbakar: a fire; dibakar, pembakaran: arson
        if not found:
            legal = legal or _LEGAL_PHRASE_RE.search(doc.text) is not None
            found = legal and not accident
        doc.cache[key] = found
    return found


_POSITIVE_AT = TriggeredPattern(_POSITIVE_RE)


@rule(
    "ethics/victim-identity",
    severity="warning",
    enabled=False,
    measured="dev corpus 415 articles (bench/measure_sources_ethics.py): 1 finding (tune); adjudicated by a redaktur (not the author): 1/1, and 1/1 again by a fresh redaktur on 2026-12-04; unseen: no finding Round s9, unseen fresh13 and fresh14 (366,015 words, never tuned on): 0/2 and 0/2 by the plain judges; a second judge given the KEJ Pasal 5 and PPRA texts: 1/2 and 0/2. False alarms: an organisation's initials after 'korban,' (LPA Banten), the initials of a victim's mother, a victim's initials alone (the protection newsrooms use), an adult defendant's initials with an alias. The first two classes were fixed after the judgement (tune). Unseen: 0/4 by the plain judges, 1/4 by the judge given the guideline texts: off by default (issue 13: below 85%).",
    summary={
        "id": "Identitas korban kejahatan seksual disebut (nama, alamat, sekolah, nama orang tua).",
        "en": "A victim of a sexual crime is identified (name, address, school, parents' names).",
    },
    message={
        "id": "Identitas korban kejahatan seksual tidak boleh disiarkan: '{match}' membuat korban bisa dilacak.",
        "en": "A sexual-crime victim's identity must not be published: '{match}' makes the victim traceable.",
    },
    docs={
        "id": "KEJ Pasal 5: wartawan tidak menyebut dan menyiarkan identitas korban kejahatan susila; identitas "
        "adalah semua data yang memudahkan orang lain melacak (nama, inisial bersama data lain, alamat, RT/RW, "
        "sekolah, nama orang tua). Diperiksa hanya di naskah tentang kejahatan seksual.",
        "en": "KEJ art. 5: no identity of victims of sexual crimes, i.e. anything that makes them traceable. "
        "Checked only in sexual-crime stories.",
    },
    authority="KEJ Pasal 5 dan penafsirannya; Dewan Pers, pedoman pemberitaan ramah anak",
    examples=[
        # an organisation opening the clause after "korban,"; a relative's initials
        good(
            "Kasus pencabulan itu ditangani polisi. Untuk memulihkan kondisi korban, LPA Banten mendatangkan psikolog."
        ),
        good("Kasus pencabulan itu ditangani polisi. Ibu korban berinisial S (38) sudah melapor ke Polres."),
        bad("Korban, Siti Aminah (15), dicabuli tetangganya sendiri pada Sabtu malam.", count=1),
        bad("Kasus pencabulan itu terungkap setelah ayah korban, Ahmad Fauzi, melapor ke polisi."),
        good("Korban, seorang siswi SMP di Kabupaten Bogor, dicabuli tetangganya sendiri pada Sabtu malam."),
        good("Korban, Budi Santoso (45), tewas tertabrak truk di jalur pantura."),
    ],
)
def victim_identity(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    if not has_any(doc, _T_SEXUAL) or not _found(doc, _SEXUAL_CRIME_AT) or "orban" not in text:
        return  # every alternative of _VICTIM_ID_RE names the victim: "Korban"/"korban"
    for m in _matches_at(_VICTIM_ID_RE.compiled, text, _victim_id_starts(text)):
        g = "id" if m.group("id") else "rel" if m.group("rel") else "addr"
        start, end = m.span(g)
        if g == "id" and _RELATIVE_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "ibu korban berinisial S (38)": the relative's initials, not the victim's
        if g == "id" and "(" not in m.group("id") and _INITIALS_ONLY_RE.fullmatch(m.group("id").strip()):
            if text[m.start() : start].rstrip().endswith(","):
                continue  # "kondisi kejiwaan korban, LPA Banten mendatangkan …": an organisation opens the clause
        p = doc.paragraph_at(start)
        if p is None or p.zone not in _TEXT_ZONES or doc.in_quote(start, end):
            continue
        ctx.report(start, end)


@rule(
    "ethics/child-identity",
    severity="info",
    measured="dev corpus 415 articles: 9 findings (0.06/1k words); every one judged by a second, fresh redaktur (not the author) "
    "on 2026-12-04: 9/9 (python bench/adjudication_sample.py ethics/child-identity --half all). Before: unseen 6/8 = 75%, both "
    "misses 'Ayat (2)' (a law's numbered part read as a name with an age), since excluded: warning"
    ". Round s7, unseen published news (fresh8, 196,854 words): 20-finding sample 9/20 plus 1/1 pooled, so 10/21 = 48%, judged by a redaktur (not the author); false alarms are initials with an age and a district-level place (accepted protection), accident victims and children named by initials only; correct ones add a neighbourhood (kelurahan/RT), a parent's full name, a named school or a full name. Info"
    ". After that judgement, initials count only with another identifier (PPRA: initials combined with other "
    "identifiers): fresh8 54 -> 24 findings; of the 21 judged, 8 correct and 3 false alarms remain, 2 correct lost "
    "(a kecamatan-level origin with the pesantren named elsewhere; an unnamed school in a named subdistrict): 8/11, a "
    "tune figure; dev corpus 9 findings unchanged. Info until measured on unseen text"
    ". fresh9 (94,070 words, unseen, after the initials fix): 2/17; 11 of the 15 false alarms are children named in accident stories (drownings, traffic, floods), which editorial-rules §7 keeps as info for editor review but the judges do not count as breaches; the others are a group of pupils at a named school and initials alone in a story where another detail identifies the child. Info"
    ". Round s8 (eth8, tuned on fresh6-9 and the dev tune half): a crime gate (a criminal act by its root, or a "
    "legal-stage word in a story with no accident), a school only when named and not for a group of pupils, a scene "
    "that is not a home, a sexual-crime story's initials only for a victim whose relative is named: fresh8 24 -> 12, "
    "fresh9 17 -> 2, fresh6 4 -> 0, fresh7 3 -> 1, dev tune 3 -> 2; every judged false alarm that remained is gone "
    "and every judged correct one kept (fresh8: the 8 judged correct that were still reported; fresh9: 2/2). Not yet measured unseen. Round s8, unseen published news (fresh10 + fresh11: 932 excerpts, 204,143 words, ~270 outlets, never tuned on), judged by redaktur helpers (not the authors), 2026-12-05: 17/24 = 71% (fresh10 5/6, fresh11 12/18); false alarms: initials and age with only a regency-level origin, an arrest site read as a home, a pseudonym. Info. After it: two title-case letters with an age (Hy (17), De (14)) are read as initials, not a name (fresh11: 18 -> 13 findings, the 5 removed all judged false alarms, the 12 judged correct kept: a tune figure). Fresh12 (362 published excerpts, 77,601 words, gathered after every change of this session and never tuned on; judged by redaktur helpers, final code): 2/2. Info. Round s9 (eth9, tuned on the judged fresh8-12 samples): a street "
    "governed by an act ('ditangkap di Jalan X', 'ditemukan di Jalan X') is the scene, not the child's home (one "
    "governed by a home word, after 'warga', or after a noun such as the school stays an address), and a pseudonym "
    "(a flower's name, 'sebut saja', 'bukan nama sebenarnya') protects like initials: fresh10 6 -> 5, fresh11 13 -> "
    "12, fresh6-9, fresh12 and dev tune unchanged; both removed are judged false alarms, every judged correct kept "
    "(tune figures). Round s9, unseen fresh13 and fresh14 (366,015 words, never tuned on): the plain judges 6/9 and 10/10 (their three false alarms: initials and age with a kelurahan or a village of origin, which they took for the accepted protection); a second judge given the PPRA and UU SPPA texts (initials combined with a village, school or relative's name identify a child) judged the same findings 9/9 and 10/10. The rule follows PPRA; with the guideline's standard 19/19, with the plain judges' 16/19 (and 35/45 with fresh10-12). Info.",
    summary={
        "id": "Anak yang terlibat kasus pidana disebut identitasnya (nama dan usia, sekolah).",
        "en": "A child involved in a crime story is identified (name with age, school).",
    },
    message={
        "id": "Identitas anak dalam kasus pidana harus dilindungi: '{match}' membuat anak bisa dikenali.",
        "en": "The identity of a child in a crime story must be protected: '{match}' makes the child identifiable.",
    },
    docs={
        "id": "Pedoman Pemberitaan Ramah Anak dan UU SPPA Pasal 19: anak (di bawah 18 tahun) pelaku, korban "
        "atau saksi tidak boleh diidentifikasi (nama, foto, sekolah, alamat, nama keluarga). Dilaporkan di "
        "naskah kejahatan: nama dengan usia di bawah 18 dalam kurung, inisial dengan usia bila kalimatnya (atau "
        "kalimat lain yang menyebut inisial itu) juga memuat alamat setingkat desa/kelurahan/jalan, sekolah yang "
        "bernama atau bernomor, nama kerabat, atau akun media sosial (inisial saja adalah perlindungan yang "
        "diminta PPRA; pada kasus kejahatan seksual inisial selalu dilaporkan), dan nama sekolah setelah "
        "siswa/siswi. Hanya di naskah kejahatan: tindak pidananya dikenali dari akar katanya apa pun imbuhannya "
        "(dicabuli/pencabulan, dianiaya/penganiayaan, dikeroyok, tawuran), atau dari istilah tahap hukum "
        "(tersangka, pelaku, dilaporkan ke polisi) bila naskah tidak memberitakan kecelakaan atau bencana: anak "
        "korban tenggelam, kecelakaan lalu lintas, banjir atau longsor tidak dilaporkan. Sekolah tidak dilaporkan "
        "untuk sekelompok murid (sekelompok/puluhan/para siswa, orang tua siswa …) dan hanya bila bernama atau "
        "bernomor (bukan 'SMP Negeri' saja); tempat kejadian "
        "(ditemukan di Perumahan X, Kelurahan Y) bukan alamat anak kecuali setingkat jalan/gang/RT, dan jalan "
        "tempat suatu tindakan terjadi (ditangkap di Jalan X, ditemukan di Jalan X) juga bukan alamat kecuali "
        "didahului kata rumah (tinggal di, rumahnya di, beralamat di). Nama samaran (nama bunga seperti Mawar, "
        "Melati, Anggrek; 'sebut saja', 'bukan nama sebenarnya') adalah perlindungan seperti inisial. Di naskah "
        "kejahatan seksual inisial korban dilaporkan bila kerabat korban disebut namanya. Berita prestasi dan "
        "pencarian anak hilang dikecualikan.",
        "en": "PPRA and UU SPPA art. 19: a child (under 18) who is a suspect, victim or witness must not be "
        "identifiable. Reported in crime stories: a name with an age under 18; initials with an age when their "
        "sentence (or a later one naming the same initials) adds a village-level address, a named or numbered "
        "school, a relative's name or a social-media account (initials alone are the protection PPRA asks for; "
        "in sexual-crime stories a victim's initials are reported when a relative of the victim is named); a named or "
        "numbered school after a pupil word, not for a group of pupils (sekelompok, puluhan, orang tua siswa). Crime stories only: a criminal act found by its root whatever its affixes, or a "
        "legal-stage word in a story that reports no accident, so children named in drownings, road accidents, "
        "floods and fires are not reported; a scene (found in a housing estate, a kelurahan) is not a home unless "
        "street-level, and a street governed by an act (ditangkap di Jalan X) is a scene too unless a home word "
        "governs it (tinggal di, rumahnya di); a pseudonym (a flower's name, 'sebut saja') protects like initials. "
        "Achievement stories and missing-child notices are exempt.",
    },
    authority="Pedoman Pemberitaan Ramah Anak (Dewan Pers 2019); UU 11/2012 (SPPA) Pasal 19; KEJ Pasal 5",
    examples=[
        bad("Pelajar berinisial RA (14), warga Kelurahan Beji, ditangkap polisi setelah terlibat tawuran.", count=1),
        good("Pelajar berinisial RA (14) ditangkap polisi setelah terlibat tawuran di Kecamatan Beji, Depok."),
        bad("Polisi memeriksa seorang siswa SMPN 4 Sukamaju sebagai saksi kasus penganiayaan itu."),
        good("Seorang pelajar berusia 14 tahun ditangkap polisi setelah terlibat tawuran di Depok."),
        good("Dimas (12) meraih juara pertama lomba matematika tingkat provinsi."),
        good("Tersangka, Joko Susilo (42), ditangkap di rumahnya."),
        good("Pelajar itu ditangkap dan dijerat Pasal 80 Ayat (2) Undang-Undang Perlindungan Anak."),
        bad("Bocah bernama Tegar Saputra (9) dianiaya ayah tirinya hingga lebam. Polisi menahan ayah tiri itu."),
        good("Bocah bernama Tegar Saputra (9) tewas tenggelam di sungai. Polisi dan tim SAR mengevakuasi korban."),
        good("Korban dirundung sekelompok siswa SMP Negeri di Gianyar. Polisi masih menyelidiki perundungan itu."),
        good("Tiga pelajar yang dibekuk di Jalan Kenari Raya masing-masing RS (15), TA (16) dan BW (17) usai tawuran."),
        bad("Pelajar berinisial RS (15) yang tinggal di Jalan Kenari Raya ditangkap setelah tawuran."),
        good("Kasus pencabulan itu menimpa korbannya, Melati (15), di Kecamatan Sukamaju. Pelaku ditahan polisi."),
    ],
)
def child_identity(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    if not has_any(doc, _T_CHILD) or not _found(doc, _CRIME_AT):
        return
    sexual = _found(doc, _SEXUAL_CRIME_AT)
    if _found(doc, _POSITIVE_AT) and not sexual:
        return
    if _AGE_OPEN.search(text) is None and not any(w in text for w in _PUPIL):
        return  # neither "(12" nor a pupil word: _CHILD_ID_RE cannot match
    found: list[tuple[int, int, bool]] = []  # start, end, initials
    for m in _matches_at(_CHILD_ID_RE.compiled, text, _child_id_starts(text)):
        initials_only = False
        if m.group("id"):
            if int(m.group("age")) >= 18:
                continue
            start, end = m.span("id")
            if text[start:end].split("(")[0].split()[-1].lower() in _NUMBERING_NOUNS:
                continue  # "Pasal 28 Ayat (2)": a numbered part of a law or document, not an age
            bracket = text.index("(", start)
            if _ONLY_INITIALS_RE.fullmatch(text, start, bracket + 1):
                first = start
                while first > 0 and text[first - 1].isupper():
                    first -= 1  # _INITIALS takes three letters: MRNW is matched from its R
                initials = text[first:bracket].strip()
                s = doc.sentence_at(start)
                traced = sexual and s is not None and _victim_traced(doc, s.start, start)
                if not _child_identified(doc, start, initials, traced):
                    continue
                initials_only = True
            else:
                s = doc.sentence_at(start)
                if s is not None and _pseudonym(text, text[start:bracket], s.start, s.end):
                    continue  # "korbannya Anggrek (16)": a pseudonym, the protection PPRA asks for
        else:
            start, end = m.span("school")
            s = doc.sentence_at(start)
            if s is None or _PUPILS_GROUP_BEFORE_RE.search(text, max(s.start, start - 30), start) is not None:
                continue  # a group of pupils of that school, no child in particular
        p = doc.paragraph_at(start)
        if p is None or p.zone not in _TEXT_ZONES or doc.in_quote(start, end):
            continue
        s = doc.sentence_at(start)
        if s is not None and _MISSING_RE.search(text, s.start, s.end) and not _CRIME_RE.search(text, s.start, s.end):
            continue
        if not sexual and not _crime_story(doc):
            continue  # a child named in an accident story: no crime against or by the child
        found.append((start, end, initials_only))
    schools = {_sentence_start(doc, start) for start, _, initials in found if not initials}
    for start, end, initials in found:
        if initials and _sentence_start(doc, start) in schools:
            continue  # "WV (12) siswa kelas 1 SMPN Doko": the school identifies, and is reported; the initials do not
        ctx.report(start, end)


# --- suicide ---------------------------------------------------------------------
_SUICIDE_RE = lazy_compile(
    r"(?<![\w-])(?:(?<!bom\s)(?<!gol\s)(?<!serangan\s)(?<!misi\s)(?<!aksi\s)(?<!pelaku\s)bunuh\s+diri(?!\s+politik)|"
    r"gantung\s+diri|menggantung\s+diri|tergantung|mengakhiri\s+hidup(?:nya)?|menenggak\s+racun|"
    r"menabrakkan\s+diri|membakar\s+diri|percobaan\s+bunuh\s+diri)(?![\w-])",
    re.I,
)
_T_SUICIDE = frozenset(
    {"bunuh", "gantung", "menggantung", "tergantung", "mengakhiri", "menenggak", "menabrakkan", "membakar", "percobaan"}
)
_SUICIDE_AT = TriggeredPattern(_SUICIDE_RE)
_METHOD_RE = lazy_compile(
    r"(?<![\w-])(?P<m>tali(?:\s+(?:tambang|rafia|plastik|jemuran))?|kabel|sarung|ikat\s+pinggang|sabuk|selendang|"
    r"kain\s+(?:jarik|panjang)|racun(?:\s+tikus|\s+serangga)?|obat\s+(?:nyamuk|serangga|tidur)|pestisida|"
    r"insektisida|cairan\s+pembersih|silet|cutter|melompat\s+dari|terjun\s+dari|lompat\s+dari|"
    r"lantai\s+\d+|ketinggian\s+\d+|kusen|plafon|balok|tiang|rangka\s+atap|pohon\s+\w+)(?![\w-])",
    re.I,
)


@rule(
    "ethics/suicide-method",
    severity="warning",
    measured="dev corpus 415 articles/152,686 words (bench/measure_journalism.py): 0 findings; not adjudicated Round s9, unseen fresh13 and fresh14: 1/1 and 2/2.",
    summary={
        "id": "Rincian cara atau alat bunuh diri dalam berita bunuh diri.",
        "en": "Method or means detail in a suicide story.",
    },
    message={
        "id": "Pedoman Pemberitaan Terkait Tindak dan Upaya Bunuh Diri melarang rincian cara/alat/lokasi: hapus '{match}'.",
        "en": "The Dewan Pers suicide-reporting guideline forbids method, means and location detail: remove '{match}'.",
    },
    docs={
        "id": "Dewan Pers (2019): hindari rincian modus, alat, jenis obat atau zat, dan lokasi seperti jembatan "
        "atau gedung tinggi. Dilaporkan di paragraf yang menyebut bunuh diri/gantung diri/mengakhiri hidup "
        "(bukan bom bunuh diri, gol bunuh diri, bunuh diri politik).",
        "en": "Dewan Pers 2019 guideline: avoid method, means, substances and locations. Checked in paragraphs "
        "about suicide (not suicide bombings, own goals or political suicide).",
    },
    authority="Pedoman Pemberitaan Terkait Tindak dan Upaya Bunuh Diri (Dewan Pers, 2019)",
    examples=[
        bad("Korban ditemukan tewas gantung diri menggunakan kabel di kusen pintu kamarnya.", count=2),
        bad("Mahasiswa itu diduga bunuh diri dengan melompat dari lantai 12 apartemennya."),
        good("Korban ditemukan meninggal di rumahnya; polisi menduga ia bunuh diri."),
        good("Pemain belakang itu mencetak gol bunuh diri pada menit ke-80 setelah menyundul bola ke tiang."),
    ],
)
def suicide_method(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    if not has_any(doc, _T_SUICIDE) or not _found(doc, _SUICIDE_AT):
        return
    for p in doc.paragraphs:
        if p.zone not in _TEXT_ZONES or not _SUICIDE_RE.search(text, p.start, p.end):
            continue
        for m in _METHOD_RE.finditer(text, p.start, p.end):
            if doc.in_quote(m.start(), m.end()):
                continue
            ctx.report(m.start("m"), m.end("m"))


# --- opinion and balance -------------------------------------------------------------
_SPECULATION_RE = lazy_compile(
    r"(?<![\w-])(?P<f>(?:jika|bila|apabila|kalau|andai(?:kan)?)\s+(?:memang\s+)?benar|bisa\s+jadi|patut\s+diduga|"
    r"tampaknya|agaknya|sepertinya|kemungkinan\s+besar)(?![\w-])",
    re.I,
)
_T_SPECULATION = frozenset(
    {
        "jika",
        "bila",
        "apabila",
        "kalau",
        "andai",
        "andaikan",
        "bisa",
        "patut",
        "tampaknya",
        "agaknya",
        "sepertinya",
        "kemungkinan",
    }
)
_T_JUDGEMENT = frozenset(
    {"sadis", "keji", "biadab", "bejat", "licik", "tak", "tidak", "arogan", "durjana", "laknat", "bengis"}
)
# The last word of each speculation frame that starts with a frequent word (see _worth_trying).
_SPECULATION_NEEDS = {
    **dict.fromkeys(("jika", "bila", "apabila", "kalau", "andai", "andaikan"), frozenset({"benar"})),
    "bisa": frozenset({"jadi"}),
    "patut": frozenset({"diduga"}),
    "kemungkinan": frozenset({"besar"}),
}
_JUDGEMENT_NEEDS = dict.fromkeys(("tak", "tidak"), frozenset({"malu", "berperikemanusiaan"}))
_JUDGEMENT_RE = lazy_compile(
    r"(?<![\w-])(?P<f>sadis|keji|biadab|bejat|licik|tak\s+tahu\s+malu|tidak\s+tahu\s+malu|arogan|tak\s+berperikemanusiaan|"
    r"durjana|laknat|bengis)(?![\w-])",
    re.I,
)


@rule(
    "ethics/opinion-as-fact",
    severity="info",
    enabled=False,
    genres=frozenset({NEWS, ROUNDUP}),
    measured="dev corpus 415 articles: 4 findings; every one judged by a fresh redaktur (not the author) on 2026-12-04: 2/4 = 50% "
    "(a hedge that belongs to a reported analysis; a travel tip in a service piece). Earlier: unseen 1/3, and 0/10 before "
    "the genre work. Below 85%: off by default (turn it on in the config to get its hints)",
    summary={
        "id": "Spekulasi atau penilaian dengan suara penulis (jika benar …, tampaknya, sadis).",
        "en": "Speculation or judgement in the reporter's voice (jika benar …, tampaknya, sadis).",
    },
    message={
        "id": "Spekulasi/penilaian penulis ('{match}') tanpa sumber; hapus atau sandarkan pada narasumber bernama.",
        "en": "The reporter's speculation or judgement ('{match}') has no source; delete it or attribute it.",
    },
    docs={
        "id": "KEJ Pasal 3: wartawan tidak mencampurkan fakta dan opini yang menghakimi. Dilaporkan di luar "
        "kutipan: bingkai spekulasi (jika benar, bisa jadi, patut diduga, tampaknya, kemungkinan besar) di "
        "kalimat yang tidak melaporkan sumber (tanpa atribusi, tanpa verba pelaporan seperti 'para analis "
        "mengatakan', bukan lanjutan penutur paragraf sebelumnya, bukan bingkai cek fakta), dan kata sifat "
        "menghakimi (sadis, keji, biadab, bejat) yang tidak didahului atribusi. 'Bisa jadi' hanya di awal "
        "klausa (bermakna 'mungkin'); 'bus ini bisa jadi pilihan' bermakna 'dapat menjadi'. Hanya berita dan "
        "rangkuman: kolom opini, ulasan, laporan pertandingan dan artikel daftar tidak diperiksa.",
        "en": "KEJ art. 3: don't mix facts with judgemental opinion. Reported outside quotes: speculation "
        "frames in sentences that report no source (no attribution, no reporting verb, not continuing the "
        "previous paragraph's speaker, not a fact-check frame) and judgemental adjectives not preceded by an "
        "attribution. 'Bisa jadi' only clause-initially ('perhaps'), not as 'can become'. News and roundups only.",
    },
    authority="KEJ Pasal 3 dan penafsirannya; KEJ Pasal 4",
    examples=[
        bad(
            "Jika benar perusahaan itu membaca pesan pengguna, perusahaan itu bisa dituduh melanggar privasi.",
            count=1,
        ),
        bad("Aksi bejat tersangka terungkap setelah korban bercerita kepada gurunya."),
        good(
            "Menurut pegiat privasi dari SAFEnet, Damar Juniarto, jika benar pesan pengguna dibaca, perusahaan itu "
            "bisa dituduh melanggar privasi."
        ),
        good('"Perbuatan itu sungguh keji," kata Kapolres.'),
        good("Selain murah, bus ini bisa jadi pilihan bagi wisatawan yang membawa sedikit barang."),
        good("Para analis mengatakan Korea Utara kemungkinan besar akan membalas keputusan itu."),
        good("Jika benar pesan itu dikirim oleh bank, tautannya mengarah ke situs resmi. Faktanya, tautan itu palsu."),
    ],
)
def opinion_as_fact(doc: Document, ctx: RuleContext) -> None:
    # scanned in per-draft subsets (_worth_trying): the whole sets join the analysis's word index at once,
    # when the rule first runs (not at import: off by default, its frequent words would be indexed for nothing)
    register_triggers(_T_SPECULATION, _T_JUDGEMENT)
    an = analyze(doc)
    text = doc.text
    for rx, words, needs in (
        (_SPECULATION_RE, _T_SPECULATION, _SPECULATION_NEEDS),
        (_JUDGEMENT_RE, _T_JUDGEMENT, _JUDGEMENT_NEEDS),
    ):
        for m in scan(doc, rx, _worth_trying(doc, words, needs)):
            start = m.start("f")
            s = doc.sentence_at(start)
            if s is None or doc.paragraphs[s.paragraph].zone not in _TEXT_ZONES or doc.in_quote(start, m.end()):
                continue
            if rx is _SPECULATION_RE and _voiced_by_a_source(doc, an, s.index):
                continue  # the speculation belongs to the source the sentence reports
            if rx is _JUDGEMENT_RE and any(a.start < start or a.tag for a in an.sentences[s.index].attributions):
                continue  # "Kapolres menyebut aksi itu sadis", "aksi itu sadis, kata Kapolres": the source's word
            first = m.group("f").lower().split()[0]
            if first == "bisa" and not _clause_initial(text, s.start, start):
                continue  # "bus ini bisa jadi pilihan": "can become", not "perhaps"
            if rx is _SPECULATION_RE and _REFUTED_RE.search(text, s.start, _next_sentence_end(doc, s.index)):
                continue  # "Jika benar …. Faktanya …": a fact-check frames the rumour to deny it
            end = m.end("f")
            if rx is _SPECULATION_RE and first in ("jika", "bila", "apabila", "kalau", "andai", "andaikan"):
                comma = text.find(",", end, s.end)
                end = comma if comma > 0 else s.end
            ctx.report(start, end)


# A reporting verb anywhere in the sentence: "para analis mengatakan … kemungkinan besar …" reports
# the analysts' view even when the analysis names no agent for it.
_REPORTING_RE = lazy_compile(
    r"(?<![\w-])(?:mengatakan|menyatakan|menyebut(?:kan)?|menilai|memperkirakan|memprediksi|menduga|berpendapat|"
    r"meyakini|menganggap|memperingatkan|mengingatkan|menuturkan|menjelaskan|mengungkapkan|menegaskan|"
    r"menambahkan|mengaku|berharap|khawatir|(?:kata|ujar|tutur|ucap|jelas|terang|ungkap|tegas|imbuh)(?:nya)?|"
    r"menurut(?:nya)?|dinilai|diperkirakan|diprediksi)(?![\w-])",
    re.I,
)
# A paragraph that goes on with the previous paragraph's speaker.
_CONTINUES_SPEAKER_RE = lazy_compile(
    r"\W*(?:(?:Namun|Tetapi|Selain\s+itu|Lebih\s+lanjut|Kemudian)\s*,?\s+)?"
    r"(?:Ia|Dia|Mereka|Beliau|Menurutnya|Pihaknya|Menurut\s+(?:dia|mereka))(?![\w-])"
)
_REFUTED_RE = lazy_compile(
    r"(?<![\w-])(?:hoaks|hoax|faktanya|tidak\s+benar|tak\s+benar|klarifikasi|meluruskan|disinformasi|cek\s+fakta|"
    r"membantah|dibantah|menepis|ditepis)(?![\w-])",
    re.I,
)
_CLAUSE_OPENERS = frozenset({"namun", "tetapi", "tapi", "dan", "karena", "sebab", "sehingga", "maka", "pun", "atau"})


def _voiced_by_a_source(doc: Document, an: object, index: int) -> bool:
    """The sentence reports a source: attributed, covered by a tag or speaker in its paragraph, a vague
    source ("para analis"), a reporting verb, or a paragraph that goes on with the previous one's speaker."""
    info = an.sentences[index]  # type: ignore[attr-defined]
    if info.attributed or info.covered or info.vague:
        return True
    s = doc.sentences[index]
    if _REPORTING_RE.search(doc.text, s.start, s.end):
        return True
    p = doc.paragraphs[s.paragraph]
    if p.index > 0 and an.paragraph_attributed[p.index - 1]:  # type: ignore[attr-defined]
        return _CONTINUES_SPEAKER_RE.match(doc.text, p.start, p.end) is not None
    return False


def _next_sentence_end(doc: Document, index: int) -> int:
    """The end of the sentence after ``index`` in the same paragraph (else of ``index`` itself)."""
    sents = doc.sentences
    s = sents[index]
    if index + 1 < len(sents) and sents[index + 1].paragraph == s.paragraph:
        return sents[index + 1].end
    return s.end


def _clause_initial(text: str, sentence_start: int, start: int) -> bool:
    """True when ``start`` opens its clause: the sentence start, after a comma, or after a conjunction."""
    before = text[sentence_start:start].rstrip(" \t\"“”'‘’(")
    if not before or before[-1] in ",;:—–-":
        return True
    last = before.split()[-1].lower()
    return last in _CLAUSE_OPENERS


_ACCUSATION_RE = lazy_compile(
    r"(?<![\w-])(?P<a>(?:bisa|dapat|dapat\s+saja|bisa\s+saja|terancam)\s+dituduh|dituduh|dituding|menuding|menuduh|"
    r"diduga\s+(?:melakukan\s+)?(?:korupsi|menyelewengkan|menggelapkan|menerima\s+suap|menerima\s+gratifikasi|"
    r"melanggar|melakukan\s+pungli|memeras|menipu|mark-up|menggelembungkan|menyalahgunakan|terlibat)|"
    r"dilaporkan\s+ke\s+(?:polisi|Polres|Polda|Polsek|Bareskrim|KPK|Kejaksaan|Ombudsman|Bawaslu|DKPP)|"
    r"melaporkan\s+\S+(?:\s+\S+){0,3}\s+ke\s+(?:polisi|Polres|Polda|Polsek|Bareskrim|KPK|Kejaksaan))(?![\w-])",
)
_T_ACCUSATION = frozenset(
    {"bisa", "dapat", "terancam", "dituduh", "dituding", "menuding", "menuduh", "diduga", "dilaporkan", "melaporkan"}
)
_ACCUSATION_NEEDS = dict.fromkeys(("bisa", "dapat", "terancam"), frozenset({"dituduh"}))
_RESPONSE_RE = lazy_compile(
    r"(?<![\w-])(?:belum\s+(?:memberikan\s+)?(?:tanggapan|menanggapi|merespons|merespon|menjawab|membalas|bisa\s+dihubungi|"
    r"dapat\s+dihubungi|berhasil\s+dihubungi|memberikan\s+keterangan|memberi\s+keterangan)|tidak\s+(?:menjawab|membalas|"
    r"merespons|merespon|menanggapi)|enggan\s+(?:berkomentar|menanggapi)|menolak\s+berkomentar|dikonfirmasi|"
    r"konfirmasi|berupaya\s+menghubungi|mencoba\s+menghubungi|hingga\s+berita\s+ini|membantah|menepis|dibantah|ditepis|"
    r"kuasa\s+hukum(?:nya)?|pengacara(?:nya)?|menanggapi|tanggapan|klarifikasi|mengklarifikasi|hak\s+jawab|"
    r"menyangkal|pembelaan|menegaskan\s+tidak|menyatakan\s+tidak|mengaku\s+tidak|membela\s+diri|juru\s+bicara)(?![\w-])",
    re.I,
)
_RESPONSE_AT = TriggeredPattern(_RESPONSE_RE)  # tried at its words' offsets


@rule(
    "ethics/balance-missing-response",
    severity="info",
    enabled=False,
    genres=frozenset({NEWS, ROUNDUP}),
    measured="dev corpus 415 articles: 1 finding (an International Court of Justice case, where the accused state is a party "
    "invited to respond); judged incorrect by a fresh redaktur on 2026-12-04 (an earlier judge had it correct). "
    "Before this work 1/4 on unseen news. Not shown to reach 85%: off by default",
    summary={
        "id": "Tuduhan terhadap pihak bernama tanpa tanggapan atau upaya konfirmasi.",
        "en": "An accusation against a named party with no response or attempt to get one.",
    },
    message={
        "id": "'{match}': naskah memuat tuduhan tetapi tidak memuat tanggapan pihak yang dituduh atau upaya "
        "konfirmasi (… belum menanggapi pertanyaan yang dikirim hingga berita ini ditayangkan).",
        "en": "'{match}': the story makes an accusation but carries no response from the accused party and no "
        "attempt to get one.",
    },
    docs={
        "id": "KEJ Pasal 1 dan 3 (berimbang) dan PPMS butir 2: berita yang merugikan pihak lain memuat "
        "tanggapan pihak itu atau keterangan bahwa konfirmasi sudah diupayakan. Dilaporkan sekali per naskah, "
        "pada tuduhan pertama terhadap pihak bernama (nama orang atau lembaga tepat sebelum 'dituduh/diduga' "
        "atau tepat sesudah 'menuduh/menuding'), bila tidak ada penanda tanggapan (membantah, kuasa hukumnya, "
        "belum menanggapi, saat dikonfirmasi, hingga berita ini ditayangkan). Tersangka yang hanya disebut "
        "inisialnya dalam berita penangkapan tidak dilaporkan. Hanya berita dan rangkuman.",
        "en": "KEJ art. 1 and 3 (balance), PPMS 2: a story that may harm a party carries its response or says "
        "one was sought. Reported once per story, on the first accusation against a named party (right before "
        "'dituduh/diduga', right after 'menuduh/menuding'); suspects named by initials in an arrest story are "
        "left out. News and roundups only.",
    },
    authority="KEJ Pasal 1, Pasal 3; Pedoman Pemberitaan Media Siber butir 2.b; UU Pers Pasal 5 (hak jawab)",
    examples=[
        bad("Kepala Dinas Pendidikan Sumber Rejo diduga menerima suap Rp200 juta dari kontraktor sekolah.", count=1),
        bad("Jika dibiarkan, PT Maju Terus bisa dituduh melanggar aturan lingkungan."),
        good(
            "Kepala Dinas Pendidikan Sumber Rejo diduga menerima suap Rp200 juta. Ia belum menanggapi pertanyaan "
            "yang dikirim melalui pesan WhatsApp hingga berita ini ditayangkan."
        ),
        good("PT Maju Terus dituduh mencemari sungai. Perusahaan itu membantah tuduhan tersebut."),
        good("Ketua delegasi itu menuduh negara-negara penghasil minyak menghambat perundingan."),
        good("Polisi menangkap dua pemuda yang diduga terlibat pengeroyokan di Alun-alun Blitar."),
    ],
)
def balance_missing_response(doc: Document, ctx: RuleContext) -> None:
    register_triggers(_T_ACCUSATION)  # as in opinion_as_fact: when the rule first runs, not at import
    text = doc.text
    accusations = scan(doc, _ACCUSATION_RE, _worth_trying(doc, _T_ACCUSATION, _ACCUSATION_NEEDS))
    if not accusations or _found(doc, _RESPONSE_AT):
        return
    for m in accusations:
        start, end = m.span("a")
        s = doc.sentence_at(start)
        if s is None or doc.paragraphs[s.paragraph].zone not in _TEXT_ZONES or doc.in_quote(start, end):
            continue
        named = _accused_is_named(text, s.start, s.end, m)
        if named is None or (named == "initials" and _found(doc, _ARREST_AT)):
            # "menuduh negara produsen minyak", "dua pesilat yang diduga terlibat": nobody to ask;
            # "MR diduga …" in an arrest story: the police withhold the name, the suspect has no voice yet
            continue
        ctx.report(start, end)
        return


_ACTIVE_ACCUSATION = ("menuduh", "menuding", "melaporkan")
_SUBJECT_SKIP = frozenset(
    {
        "yang",
        "juga",
        "telah",
        "sudah",
        "sempat",
        "pernah",
        "kini",
        "masih",
        "turut",
        "ikut",
        "itu",
        "tersebut",
        "ini",
        "bisa",
        "dapat",
        "saja",
        "terancam",
        "pun",
        "kembali",
        "bahkan",
    }
)
_NAME_WORD_RE = compile_cached(r"[A-Z][\w.'’&-]*")
_INITIALS_RE = compile_cached(r"[A-Z]{2,5}")


def _accused_is_named(text: str, sentence_start: int, sentence_end: int, m: re.Match[str]) -> str | None:
    """``"name"`` when the party accused in match ``m`` is named (a name, an institution), ``"initials"``
    when it is named by initials only (``MR``), None when it is not named.

    For "X menuduh Y" / "melaporkan Y ke polisi" the party follows the verb; for "Y dituduh",
    "Y diduga menerima suap", "Y dilaporkan ke polisi" it is the noun phrase right before it."""
    verb = m.group("a").split()[0].lower()
    if verb in _ACTIVE_ACCUSATION:
        after = text[m.end("a") if verb != "melaporkan" else m.start("a") + len(verb) : sentence_end].split()[:5]
        if after and after[0].lower() == "bahwa":
            after = after[1:]
        found = [w for w in (x.strip(',.;:()"“”') for x in after[:4]) if _NAME_WORD_RE.fullmatch(w)]
        return _kind_of_name(found)
    before = text[sentence_start : m.start("a")]
    words = before.replace(",", " , ").split()
    phrase: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if not phrase and low in _SUBJECT_SKIP:
            continue
        if w in {",", ";", ":"} or low in _SUBJECT_SKIP or len(phrase) == 5:
            break
        # a verb ends the subject: "Polisi menangkap dua pria yang diduga …" keeps "dua pria"
        if low.startswith(("me", "ber", "di", "ter")) and not w[:1].isupper() and len(low) > 5:
            break
        phrase.append(w.strip('()"“”'))
    phrase.reverse()
    if not phrase:
        return None
    first_of_sentence = len(phrase) == len([w for w in words if w not in {",", ";", ":"}])
    named = [
        w
        for i, w in enumerate(phrase)
        if _NAME_WORD_RE.fullmatch(w) and not (i == 0 and first_of_sentence and not _INITIALS_RE.fullmatch(w))
    ]
    return _kind_of_name(named)


def _kind_of_name(words: list[str]) -> str | None:
    if not words:
        return None
    return "initials" if all(_INITIALS_RE.fullmatch(w) for w in words) else "name"
