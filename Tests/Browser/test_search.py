"""Search in Chromium over HTTP: typing a query (Chinese and English), the live region announcing the count, results
as a list of links reached by the keyboard, the header form handing its query to the search page, what a query
downloads, and axe-core with results shown at both widths.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import pytest

from almanac_checks import site as layout
from almanac_checks.cdp import Browser, Tab
from almanac_checks.probe import AXE_TAGS, PHONE_BELOW, _axe_script, describe_violations
from almanac_checks.server import serve
from conftest import require

#: Bytes a query may download (term shards and entry files) on the example site.
QUERY_BUDGET = 50_000

#: Waits until the live region has said something, then reports what the page shows.
_RESULTS = r"""
new Promise(resolve => {
  const started = Date.now();
  const look = () => {
    const status = document.getElementById('search-status');
    if (status.textContent.trim() || Date.now() - started > 10000) {
      const links = [...document.querySelectorAll('#search-results > li > a')];
      const bytes = performance.getEntriesByType('resource')
        .filter(entry => entry.name.includes('/search/'))
        .reduce((sum, entry) => sum + (entry.encodedBodySize || entry.transferSize || 0), 0);
      resolve({status: status.textContent, live: status.getAttribute('aria-live'), role: status.getAttribute('role'),
               hrefs: links.map(a => a.getAttribute('href')), items: document.querySelectorAll('#search-results > li').length,
               url: location.href, bytes, resources: performance.getEntriesByType('resource').map(e => e.name)});
    } else setTimeout(look, 50);
  };
  look();
})
"""


@pytest.fixture(scope="module")
def tab(site_dir: Path) -> Iterator[tuple[Tab, str]]:
    chromium = require("chromium")
    with serve(site_dir) as base_url, Browser(chromium) as browser:
        page = browser.new_tab()
        try:
            yield page, base_url
        finally:
            page.close()


def _key(tab: Tab, key: str, code: int, text: str = "") -> None:
    for kind in ("keyDown", "keyUp"):
        params = {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code}
        if text and kind == "keyDown":
            params["text"] = text
        tab.send("Input.dispatchKeyEvent", params)


def _search(tab: Tab, base_url: str, page: str, query: str, box: str = "search-q") -> dict:
    """Types `query` into the box on `page` and presses Enter, as a reader does; returns what the page shows."""
    tab.set_viewport(1280, 900, mobile=False)
    tab.set_scripts_enabled(True)
    tab.load(base_url + quote(page))
    tab.evaluate(f"document.getElementById('{box}').focus()")
    tab.send("Input.insertText", {"text": query})
    _key(tab, "Enter", 13, "\r")
    if box != "search-q":  # the header form loads the search page
        tab.wait_for_navigation(timeout=10)
    return tab.evaluate(_RESULTS)


def _count_announced(result: dict) -> None:
    assert result["role"] == "status" and result["live"] == "polite", result
    assert str(result["items"]) in result["status"] or result["items"] == 30, result["status"]


def test_chinese_part_of_a_name_finds_the_indicator_first(tab: tuple[Tab, str], languages: list[str]) -> None:
    if "zh" not in languages:
        pytest.skip("the site has no Chinese")
    for query in ("死亡率", "孕产妇死亡"):
        result = _search(*tab, "zh/search.html", query)
        assert result["hrefs"], f"{query}: no results ({result['status']})"
        assert result["hrefs"][0] == "indicators/maternal-mortality-ratio.html", (query, result["hrefs"][:5])
        _count_announced(result)
        assert query in result["status"], result["status"]
        assert result["bytes"] <= QUERY_BUDGET, f"{query}: {result['bytes']} bytes"


def test_a_place_finds_the_region_and_the_report(tab: tuple[Tab, str], languages: list[str]) -> None:
    if "zh" not in languages:
        pytest.skip("the site has no Chinese")
    result = _search(*tab, "zh/search.html", "定西")
    assert result["hrefs"][0] == "regions/621100.html", result["hrefs"][:5]
    assert "documents/dingxi-report-2021.html" in result["hrefs"], result["hrefs"]
    assert any(href.startswith("documents/dingxi-report-2021.html#p") for href in result["hrefs"]), result["hrefs"]
    _count_announced(result)
    assert result["bytes"] <= QUERY_BUDGET


def test_english_finds_by_word_prefix(tab: tuple[Tab, str], languages: list[str]) -> None:
    if "en" not in languages:
        pytest.skip("the site has no English")
    for query in ("mortality", "Mortal"):
        result = _search(*tab, "en/search.html", query)
        assert "indicators/maternal-mortality-ratio.html" in result["hrefs"][:5], (query, result["hrefs"][:5])
        _count_announced(result)
        assert result["bytes"] <= QUERY_BUDGET


def test_nothing_found_is_said(tab: tuple[Tab, str], languages: list[str]) -> None:
    result = _search(*tab, f"{languages[0]}/search.html", "zzqqxx")
    assert result["hrefs"] == [] and "zzqqxx" in result["status"], result


def test_the_header_form_hands_its_query_to_the_search_page(tab: tuple[Tab, str], languages: list[str]) -> None:
    language = "zh" if "zh" in languages else languages[0]
    query = "定西" if language == "zh" else "mortality"
    result = _search(*tab, f"{language}/index.html", query, box="site-search-q")
    assert f"{language}/search.html?q=" in result["url"], result["url"]
    assert result["hrefs"], result


def test_the_keyboard_reaches_and_follows_results(tab: tuple[Tab, str], languages: list[str]) -> None:
    page, base_url = tab
    language = "zh" if "zh" in languages else languages[0]
    result = _search(page, base_url, f"{language}/search.html", "定西" if language == "zh" else "mortality")
    assert result["hrefs"]
    _key(page, "ArrowDown", 40)
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == result["hrefs"][0], "ArrowDown from the box goes to the first result"
    _key(page, "ArrowUp", 38)
    assert page.evaluate("document.activeElement.id") == "search-q"
    _key(page, "Tab", 9)  # from the box to its button, then on to the results
    _key(page, "Tab", 9)
    assert page.evaluate("document.activeElement.getAttribute('href')") == result["hrefs"][0]
    _key(page, "Enter", 13, "\r")
    page.wait_for_navigation(timeout=10)
    assert page.evaluate("location.href").endswith(result["hrefs"][0].split("#")[0].split("/")[-1])


@pytest.mark.parametrize("width", layout.WIDTHS)
def test_no_wcag_violations_with_results_shown(tab: tuple[Tab, str], languages: list[str], width: int) -> None:
    page, base_url = tab
    axe = require("axe-core")
    for language in languages:
        query = "定西" if language == "zh" else "mortality"
        phone = width < PHONE_BELOW
        page.set_viewport(width, 800 if phone else 900, mobile=phone)
        page.load(base_url + f"{language}/search.html?q=" + quote(query))
        result = page.evaluate(_RESULTS)
        assert result["hrefs"], f"{language}: ?q= gave no results ({result['status']})"
        page.evaluate(axe)
        found = page.evaluate(_axe_script(AXE_TAGS), timeout=120)
        assert found["passes"], "axe-core evaluated no rule"
        problems = describe_violations(found["violations"])
        assert not problems, f"{language}/search.html?q={query} at {width} px:\n" + "\n".join(problems)


def test_only_the_search_page_may_have_the_search_script() -> None:
    assert layout.allowed_scripts("zh/search.html") == [layout.SEARCH_SCRIPT]
    assert layout.allowed_scripts("zh/index.html") == []
    assert layout.allowed_scripts("zh/documents/search.html") == []


def test_every_index_file_is_json(site_dir: Path, languages: list[str]) -> None:
    for language in languages:
        files = sorted((site_dir / language / "search").glob("*.json"))
        assert files, f"{language}: no index files"
        for file in files:
            json.loads(file.read_text(encoding="utf-8"))
