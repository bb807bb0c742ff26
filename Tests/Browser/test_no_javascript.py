"""No JavaScript: no page has a script but the search page's one, and with scripts disabled every page shows its
content, tables and charts (the search page its A–Z).
"""

import csv
from pathlib import Path

from almanac_checks import site as layout
from almanac_checks.links import PageCache
from almanac_checks.probe import Probe

#: Page types that must show a chart and a table (an indicator page only when the indicator has a value).
CHART_AND_TABLE_TYPES = frozenset({"indicator", "compare", "compare-period"})


def _has_values(csv_path: Path) -> bool:
    """Whether the published data file has a value: a file of missing rows (flag M) draws no chart."""
    if not csv_path.is_file():
        return False
    with csv_path.open(encoding="utf-8", newline="") as handle:
        return any(row.get("value") for row in csv.DictReader(handle))


def test_no_page_has_a_script_but_the_search_page(html_pages: list[str], page_cache: PageCache) -> None:
    found = []
    for page in html_pages:
        scripts = page_cache.facts(page).scripts
        sources = [script.split(" src=", 1)[1] for script in scripts if " src=" in script]
        if len(sources) != len(scripts) or sources != layout.allowed_scripts(page):
            found += [f"{page}: {script}" for script in scripts] or [f"{page}: no search script"]
    assert not found, f"{len(found)} unexpected script(s):\n" + "\n".join(found[:200])


def test_every_chart_page_has_a_chart_and_a_table(site_dir: Path, languages: list[str],
                                                  page_cache: PageCache) -> None:
    problems = []
    for language in languages:
        pages = sorted((site_dir / language).glob("indicators/*.html")) + sorted(
            (site_dir / language).glob("compare/*/*.html"))
        for path in pages:
            if path.name == "index.html" and path.parent.name == "indicators":
                continue
            if path.parent.name == "indicators" and not _has_values(site_dir / "data" / f"{path.stem}.csv"):
                continue
            facts = page_cache.facts(path.relative_to(site_dir).as_posix())
            if facts.inline_svgs + facts.svg_images == 0:
                problems.append(f"{path.relative_to(site_dir)}: no chart")
            if facts.tables == 0:
                problems.append(f"{path.relative_to(site_dir)}: no table")
    assert not problems, "\n".join(problems)


def test_content_shows_without_javascript(probe: Probe, sample: layout.Sample, site_dir: Path) -> None:
    facts = probe.facts
    where = f"{probe.job.path} at {probe.job.width} px without JavaScript"
    assert facts["mainText"] > 0, f"{where}: no visible text in <main> (mainText={facts['mainText']})"
    assert not facts["hiddenCharts"], f"{where}: charts not shown: {facts['hiddenCharts']}"
    assert not facts["hiddenTables"], f"{where}: tables not shown: {facts['hiddenTables']}"
    stem = Path(sample.path or "").stem
    needs_chart = sample.page_type in CHART_AND_TABLE_TYPES and (
        sample.page_type != "indicator" or (site_dir / "data" / f"{stem}.csv").is_file())
    if needs_chart:
        assert facts["shownCharts"] > 0, f"{where}: no chart shown"
        assert facts["tables"] > 0, f"{where}: no table"
