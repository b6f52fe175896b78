"""``number/words-vs-digits``: small counts are spelled out in running text.

EYD V writes a number that can be said in one word with letters ("tiga
orang", "lima tahun"); digits stay for measurements, money, time, dates,
percentages, scores, labels ("Pasal 3", "lantai 2") and series of numbers.
The check is deliberately narrow: a lone digit up to the house threshold
(``number_words_max``, default 9) followed by a counting word, in a sentence
with no other numbers, outside headlines.  EYD V keeps digits for numbers
"dipakai secara berurutan seperti dalam perincian": a breakdown spread over
neighbouring sentences or list items ("2 orang dewasa. Sisanya 5 anak dan 3
balita."; "- 3 rumah rusak berat / - 12 rumah rusak ringan") is not reported.
"""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import is_, itemgetter

from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lazyre import compile_cached
from newslint.model.document import Document, TokenKind, Zone

_KIND = itemgetter(3)  # Token.kind: an index into the named tuple, no attribute lookup

WORDS = {1: "satu", 2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan", 9: "sembilan"}

#: Nouns and classifiers that count things (the number before them is a count).
COUNTED = frozenset(
    """
    orang buah unit kali hari pekan minggu bulan tahun jam menit detik dekade abad rumah ekor kendaraan mobil
    motor sepeda warga anak korban pelaku tersangka terdakwa saksi kasus desa kelurahan kecamatan kabupaten
    provinsi negara kota gol kapal pesawat truk bus titik lokasi tim partai perusahaan sekolah pasien dokter
    petugas personel prajurit siswa mahasiswa guru pemain atlet medali kursi gedung jembatan pulau unit
    lembar helai batang butir pucuk bidang ruas jalur orangnya kelompok keluarga pasangan perempuan pria
    wanita laki-laki bayi balita remaja penumpang awak nelayan petani pedagang pekerja karyawan peserta
    negara-negara provinsi-provinsi cabang kantor toko pabrik tambang sumur bendungan
    """.split()
)
#: Words before a number that make it a label or a measure, not a count.
LABELS = frozenset(
    """
    pasal ayat nomor no lantai jalur gerbong tahap babak gim set pukul jam tanggal halaman hal bab kelas seri
    rt rw pintu gate episode putaran pekan ke level angka skor poin peringkat urutan nomor-nomor tipe versi
    generasi tol km kilometer sesi grup pos blok gang jilid edisi paragraf butir huruf sila
    """.split()
)


#: A count written in digits: a number and a counting word (see COUNTED). The words are sorted by length,
#: then alphabetically: a set's order changes from run to run, and the same pattern text every run is what
#: lets the compiled-pattern cache (newslint.lazyre) find it instead of compiling and storing it again.
_COUNT = compile_cached(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s+(?:" + "|".join(sorted(COUNTED, key=lambda w: (-len(w), w))) + r")\b"
)


def _in_breakdown(doc: Document, sent_index: int) -> bool:
    """True when a neighbouring sentence (the one before or after, also across a paragraph or list-item
    break) holds a count in digits as well: the numbers form a breakdown (perincian), where EYD V keeps
    digits."""
    sentences, text = doc.sentences, doc.text
    for j in (sent_index - 1, sent_index + 1):
        if 0 <= j < len(sentences):
            other = sentences[j]
            if _COUNT.search(text, other.start, other.end):
                return True
    return False


@rule(
    "number/words-vs-digits",
    severity="info",
    summary={
        "id": "Bilangan satu kata dalam teks ditulis dengan huruf.",
        "en": "One-word numbers in running text are spelled out.",
    },
    message={
        "id": "Tulis '{match}' dengan huruf: '{word}' (bilangan satu kata).",
        "en": "Spell out '{match}': '{word}' (a one-word number).",
    },
    docs={
        "id": "EYD V menulis bilangan yang dapat dinyatakan dengan satu kata dengan huruf (tiga orang, lima tahun). "
        "Angka tetap dipakai untuk ukuran, uang, waktu, tanggal, persentase, skor, label (Pasal 3, lantai 2) dan "
        "deretan bilangan, juga perincian yang tersebar di kalimat atau butir daftar yang berdampingan. Aturan ini hanya melihat satu angka 1-9 (atur dengan house switch number_words_max) "
        "yang diikuti kata penghitung, dalam kalimat tanpa angka lain, di luar judul.",
        "en": "EYD V spells out numbers that are one word (tiga orang). Digits stay for measures, money, time, "
        "dates, percentages, scores, labels and series. Only a lone digit 1-9 (house switch number_words_max) "
        "before a counting word, in a sentence with no other number, outside headlines, is reported.",
    },
    authority="EYD V › Penulisan Angka dan Bilangan (bilangan yang dapat dinyatakan dengan satu kata ditulis dengan huruf)",
    options={"number_words_max": 9},
    measured="dev corpus (152,686 words): 23 findings, 0.15 per 1,000 words; all 23 read, 23 correct under EYD V "
    "(published copy mostly keeps digits: kept as info)",
    fixable=True,
    examples=[
        bad("Kebakaran itu menewaskan 3 orang warga.", fixed="Kebakaran itu menewaskan tiga orang warga."),
        bad("Ia sudah bekerja di sana selama 5 tahun."),
        good("Kebakaran itu menewaskan tiga orang warga."),
        good("Ia dijerat Pasal 3 dan tinggal di lantai 2."),
        good("Korban terdiri atas 3 orang dewasa dan 12 anak."),
        good("Harga naik 5 persen menjadi Rp5.000 pada pukul 10.00."),
        # regression (issue 14): a breakdown over several sentences or list items keeps its digits (EYD V)
        good("Korban terdiri atas 2 orang dewasa. Sisanya 5 anak dan 3 balita."),
        good("Rinciannya sebagai berikut.\n\n- 3 rumah rusak berat\n\n- 12 rumah rusak ringan"),
        good("Kebakaran itu menewaskan 3 orang warga.", number_words_max=2),
    ],
)
def words_vs_digits(doc: Document, ctx: RuleContext) -> None:
    limit = int(ctx.options.get("number_words_max", 9))
    toks = doc.tokens
    text = doc.text
    # the number tokens of the draft, found in C; a sentence's numbers are then a slice (bisect)
    numbers = list(compress(count(), map(is_, map(_KIND, toks), repeat(TokenKind.NUMBER))))
    if not numbers:
        return
    sentences, paragraphs = doc.sentences, doc.paragraphs
    # each number once (far fewer than sentences); a report needs it to be its sentence's only number
    for lo, i in enumerate(numbers):
        tok = toks[i]
        if len(tok.text) != 1 or not tok.text.isdigit():
            continue
        s = sentences[tok.sentence]
        if (lo > 0 and numbers[lo - 1] >= s.token_start) or (lo + 1 < len(numbers) and numbers[lo + 1] < s.token_end):
            continue  # a series of numbers: digits are right there
        if paragraphs[s.paragraph].zone not in (Zone.LEAD, Zone.BODY, Zone.BLOCKQUOTE):
            continue
        value = int(tok.text)
        if not 1 <= value <= limit or i + 1 >= s.token_end:
            continue
        nxt = toks[i + 1]
        if nxt.kind is not TokenKind.WORD or nxt.text not in COUNTED or text[tok.end : nxt.start] != " ":
            continue
        if _in_breakdown(doc, tok.sentence):
            continue  # EYD V: digits in a breakdown (perincian)
        if i > s.token_start:
            prev = toks[i - 1]
            if prev.text.lower() in LABELS or prev.kind is not TokenKind.WORD or text[prev.end : tok.start] != " ":
                continue  # "Pasal 3", "ke-3", "(3 orang)", "Rp 3"
        ctx.report(
            tok.start,
            tok.end,
            args={"word": WORDS[value]},
            suggestions=[WORDS[value]],
            replacement=WORDS[value],
            safety="unsafe",
        )
