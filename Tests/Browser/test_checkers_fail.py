"""Every check can fail: on the broken fixture each one reports the planted fault, and on the sound page nothing.

fixtures/broken-site/good.html is a sound page; bad.html carries one fault for each check (invalid markup, an
image without a text alternative, broken links, a file: URL, a path of the machine, a box wider than a phone, a
table and a chart hidden from readers, scripts). fixtures/broken-site/data/ holds a CSV whose value "15.070"
differs from the content's "15.07", an Excel copy without a BOM, and a Data Package with a wrong type and a
missing file."""

from pathlib import Path

import pytest

from almanac_checks import downloads, links, vnu
from almanac_checks.probe import Job, Probe, describe_violations, probe_pages
from conftest import require

FIXTURES = Path(__file__).parent / "fixtures"
SITE = FIXTURES / "broken-site"
CONTENT = FIXTURES / "broken-content"
PAGES = ["bad.html", "good.html"]


def _problems_of(problems: list[str], page: str) -> list[str]:
    return [problem for problem in problems if problem.startswith(page)]


@pytest.fixture(scope="module")
def fixture_probes(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Probe]:
    jobs = [Job(page, page, width) for page in PAGES for width in (1280, 375)]
    return probe_pages(require("chromium"), require("axe-core"), SITE, jobs,
                       tmp_path_factory.mktemp("screenshots"))


def test_vnu_reports_invalid_markup() -> None:
    errors = vnu.validate(require("java"), require("vnu"), SITE, PAGES)
    assert any("end tag" in error.lower() and "span" in error for error in _problems_of(errors, "bad.html")), errors
    assert not _problems_of(errors, "good.html"), errors


def test_axe_reports_an_image_without_alternative_text(fixture_probes: dict[tuple[str, int], Probe]) -> None:
    for width in (1280, 375):
        bad, good = fixture_probes[("bad.html", width)], fixture_probes[("good.html", width)]
        assert bad.error is None and good.error is None, (bad.error, good.error)
        assert "image-alt" in {violation["id"] for violation in bad.violations}, describe_violations(bad.violations)
        assert not good.violations, describe_violations(good.violations)


def test_layout_reports_sideways_scrolling_on_a_phone(fixture_probes: dict[tuple[str, int], Probe]) -> None:
    bad, good = fixture_probes[("bad.html", 375)].facts, fixture_probes[("good.html", 375)].facts
    assert bad["clientWidth"] == 375 and bad["scrollWidth"] > 375, bad
    assert any(element.startswith("div.wide") for element in bad["wideElements"]), bad["wideElements"]
    assert good["clientWidth"] == 375 and good["scrollWidth"] <= 375, good


def test_no_javascript_check_reports_hidden_tables_and_charts(fixture_probes: dict[tuple[str, int], Probe]) -> None:
    bad, good = fixture_probes[("bad.html", 1280)].facts, fixture_probes[("good.html", 1280)].facts
    assert bad["hiddenTables"] == ["table.hidden"], bad
    assert bad["hiddenCharts"] == ["figure.lost"], bad
    # good.html's figure holds a shown chart and a hidden alternative: that is a chart shown.
    assert good["hiddenTables"] == [] and good["tables"] == 1, good
    assert good["hiddenCharts"] == [] and good["charts"] == 2 and good["shownCharts"] == 1, good
    assert good["mainText"] > 0


def test_script_scan_reports_scripts_and_handlers() -> None:
    cache = links.PageCache(SITE)
    assert [script.split()[0] for script in cache.facts("bad.html").scripts] == ["<script>", "onclick="]
    assert cache.facts("good.html").scripts == []


def test_link_check_reports_broken_links_and_machine_paths() -> None:
    problems = links.check_page_links(SITE, links.PageCache(SITE), PAGES, build_paths=[])
    bad = "\n".join(_problems_of(problems, "bad.html"))
    for expected in ("target missing.html does not exist", "anchor #p9 not found in good.html",
                     "file: URL points at the build machine", "absolute path of the build machine"):
        assert expected in bad, problems
    assert not _problems_of(problems, "good.html"), problems


def test_build_path_scan_reports_file_urls() -> None:
    problems = links.check_build_paths(SITE, PAGES, build_paths=[str(SITE)])
    assert [problem.split(":")[0] for problem in problems] == ["bad.html"], problems


def test_download_checks_report_changed_values() -> None:
    require("pandas")
    problems = downloads.compare_observations(CONTENT / "data" / "x.csv", SITE / "data" / "x.csv")
    assert any("('620000', '2019', '15.07', '')" in problem for problem in problems), problems
    assert any("('620000', '2019', '15.070', '')" in problem for problem in problems), problems
    assert downloads.check_csv_file(SITE / "data" / "x.csv") == []


def test_download_checks_report_a_bad_excel_copy() -> None:
    require("pandas")
    problems = downloads.check_excel_copy(SITE / "data" / "x.csv")
    assert "x.excel.csv: does not start with a UTF-8 BOM" in problems, problems
    assert any("csv reads other rows" in problem for problem in problems), problems


def test_download_checks_report_a_live_formula_in_an_excel_copy(tmp_path: Path) -> None:
    require("pandas")
    plain = 'id,note,value\r\na,=HYPERLINK("http://x"),-3.5\r\n'
    neutralised = 'id,note,value\r\na,"\'=HYPERLINK(""http://x"")",-3.5\r\n'
    problems = {}
    for name, excel in (("live", plain), ("neutralised", neutralised)):
        folder = tmp_path / name  # a folder each: the pandas reader caches by path
        folder.mkdir()
        (folder / "x.csv").write_text(plain, encoding="utf-8", newline="")
        (folder / "datapackage.json").write_text(
            '{"resources": [{"path": "x.csv", "schema": {"fields": [{"name": "value", "type": "number"}]}}]}')
        (folder / "x.excel.csv").write_bytes(downloads.BOM + excel.encode())
        problems[name] = downloads.check_excel_copy(folder / "x.csv")
    assert any("csv reads other rows" in problem for problem in problems["live"]), problems
    assert problems["neutralised"] == [], problems


def test_datapackage_checks_report_missing_and_mistyped_resources() -> None:
    problems = downloads.check_datapackage_resources(SITE / "data")
    assert "datapackage.json: resource path gone.csv does not exist" in problems, problems
    reported = "\n".join(downloads.frictionless_validate(require("frictionless"), SITE / "data"))
    assert 'type-error: Type error in the cell "15.070"' in reported, reported
    assert "gone: scheme-error" in reported, reported
