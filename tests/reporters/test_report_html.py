"""The HTML report: self-contained, escaped, and checked in a real headless Chromium."""

from __future__ import annotations

import io
import os
import shutil

import pytest

from newslint.reporters import ReportOptions, render


def _html(report, lang="id") -> str:
    buf = io.StringIO()
    render("html", report, buf, ReportOptions(lang=lang))
    return buf.getvalue()


def test_self_contained_and_escaped(report):
    page = _html(report)
    assert page.startswith("<!DOCTYPE html>")
    # no script element, no external asset, no event handler from the draft
    assert "<script" not in page.lower()
    tags = _tags(page)
    assert {t for t, _ in tags} <= SAFE_TAGS
    for tag, attrs in tags:
        for name, value in attrs:
            assert not name.startswith("on") and name not in ("src", "srcset", "action"), (tag, name)
            if name == "href":
                assert value.startswith("#"), value  # only links inside the page
    assert "url(" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "onerror=&quot;" in page
    assert "default-src 'none'" in page  # CSP: no script may run even if escaping failed
    assert page.count('class="f ') >= 4  # highlighted findings
    assert "<svg" in page and "punct" in page and "typo" in page
    assert "drafts/rusak.txt" in page


SAFE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "section", "div", "h1", "h2",
    "h3", "p", "pre", "mark", "span", "b", "br", "table", "thead", "tbody", "tr", "th", "td", "a", "code", "ul",
    "li", "svg", "rect", "text", "i",
}  # fmt: skip


def _tags(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    from html.parser import HTMLParser

    found: list[tuple[str, list[tuple[str, str | None]]]] = []

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    P().feed(page)
    return found


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def test_in_headless_chromium(report, tmp_path):
    browser_path = _chromium()
    if browser_path is None:
        pytest.skip("no Chromium on this machine (Debian: apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright (test extra) drives Chromium")
    page_file = tmp_path / "laporan.html"
    page_file.write_text(_html(report), encoding="utf-8")
    shot = tmp_path / "laporan.png"
    dialogs: list[str] = []
    console: list[str] = []
    requests: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=os.path.realpath(browser_path),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("console", lambda m: console.append(m.text))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(page_file.as_uri())
            # nothing from the draft ran
            assert page.evaluate("window.__pwned") is None
            assert page.evaluate("document.scripts.length") == 0
            assert page.evaluate("document.images.length") == 0
            # the draft text is shown literally
            assert "<script>window.__pwned = 1</script>" in page.inner_text("pre.draft")
            # each finding highlighted, the tooltip hidden until hover, then visible
            marks = page.locator("mark.f")
            assert marks.count() >= 4
            first = page.locator("mark.f.warning").first
            tip = first.locator(".tip")
            assert not tip.is_visible()
            first.hover()
            assert tip.is_visible()
            assert "typo/repeated-word" in tip.inner_text()
            # clicking (focus) shows it too: for keyboards and touch screens
            page.mouse.move(0, 0)
            page.locator("mark.f.warning").nth(1).focus()
            assert page.locator("mark.f.warning").nth(1).locator(".tip").is_visible()
            # severity colours differ and the chart is drawn
            assert page.locator("#summary svg rect").count() >= 2
            assert page.locator("table tbody tr").count() == len(report.files[0].findings)
            page.locator("mark.f.warning").first.hover()
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert not dialogs, dialogs
    assert [u for u in requests if not u.startswith("file:")] == []
    assert shot.exists() and shot.stat().st_size > 10_000
