from newslint.api import check_text

DRAFT = """Judul Berita

Harga naik , kata pedagang.

<!-- newslint-disable-next-line punct/spacing -- kutipan dokumen resmi -->
Harga naik , kata pedagang.

<!-- newslint-disable punct -->
Harga naik , kata pedagang.

Harga turun , kata pembeli.
<!-- newslint-enable punct -->

Harga naik , kata pedagang.
"""


def test_inline_suppressions_in_markdown():
    found = check_text(DRAFT, path="draf.md", select=["punct/spacing"])
    assert [f.line for f in found] == [3, 14]


def test_disable_without_rule_means_all():
    text = "Judul\n\n<!-- newslint-disable -->\nyang yang , itu\n"
    assert check_text(text, path="d.md") == []
