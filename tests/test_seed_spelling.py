"""The seed-article expectations for the typo and di-/ke- rules, on a draft of our own.

The seed article lives in ../shared (not in a fresh clone), so this draft is
invented: it carries the same tokens the seed check names -- "Redmon" must be
reported with "Redmond"; "ditindaklanjuti", "mengklaim", "OneDrive",
"CyberTipline", "Ubergizmo", "Kik Messenger", "live.com", "silakan" and
"di Redmon" must not be reported by these rules.
"""

from newslint.api import check_text

RULES = ["typo/word", "typo/entity", "typo/name-variant", "spelling/di-ke-joined", "spelling/di-prefix-split"]

DRAFT = """Raksasa Perangkat Lunak Bantu Polisi Lacak Penipu Daring

Perusahaan teknologi itu membantu penyidik membongkar jaringan penipu.

Jakarta - Microsoft mengklaim sistemnya menemukan berkas mencurigakan di layanan OneDrive milik seorang \
pengguna. Perusahaan yang bermarkas di Redmon, Washington itu lalu mengirim laporan ke CyberTipline.

Menurut blog teknologi Ubergizmo, pelaku juga memakai aplikasi Kik Messenger dan alamat surel dari live.com \
untuk menghubungi korbannya. Laporan tersebut kemudian ditindaklanjuti oleh kepolisian setempat.

Pembaca yang ingin memeriksa kabar serupa silakan menghubungi redaksi.
"""


def test_seed_like_draft() -> None:
    findings = check_text(DRAFT, select=RULES)
    assert [(f.rule, f.text, f.suggestions) for f in findings] == [("typo/entity", "Redmon", ["Redmond"])]
    flagged = {f.text for f in findings}
    for clean in (
        "ditindaklanjuti",
        "mengklaim",
        "OneDrive",
        "CyberTipline",
        "Ubergizmo",
        "Kik",
        "Messenger",
        "live.com",
        "silakan",
        "di Redmon",
    ):
        assert clean not in flagged
