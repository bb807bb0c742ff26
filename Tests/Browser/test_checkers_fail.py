"""Every check can fail: on the broken fixture each one reports the planted fault, and on the sound page nothing.

fixtures/broken-site/good.html is a sound page; bad.html carries one fault for each check (invalid markup, an
image without a text alternative, broken links, a file: URL, a path of the machine, a box wider than a phone, a
table and a chart hidden from readers, scripts). fixtures/broken-site/data/ holds a CSV whose value "15.070"
differs from the content's "15.07" and has no workbook, and a Data Package with a wrong type and a missing
file; workbooks and zips with faults are made by the tests themselves."""

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


def test_download_checks_report_a_missing_workbook() -> None:
    assert downloads.check_workbook(SITE / "data" / "x.csv") == ["x.xlsx: missing (workbook of x.csv)"]


def test_download_checks_report_formulas_numbers_as_text_and_changed_values(tmp_path: Path) -> None:
    require("pandas")
    require("openpyxl")
    import openpyxl

    plain = 'id,note,value\r\na,=HYPERLINK("http://x"),-3.5\r\nb,x,0.1\r\nc,y,7\r\n'
    (tmp_path / "x.csv").write_text(plain, encoding="utf-8", newline="")
    (tmp_path / "datapackage.json").write_text(
        '{"resources": [{"path": "x.csv", "schema": {"fields": [{"name": "value", "type": "number"}]}}]}')
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["id", "note", "value"], ["a", '=HYPERLINK("http://x")', -3.5], ["b", "x", "0.1"], ["c", "y", 7.5]):
        sheet.append(row)
    book.create_sheet("About")
    book.save(tmp_path / "x.xlsx")
    problems = "\n".join(downloads.check_workbook(tmp_path / "x.csv"))
    assert "x.xlsx B2: a formula" in problems, problems
    assert "x.xlsx C3: text '0.1' in a number column" in problems, problems
    assert "x.xlsx C4: 7.5, x.csv has 7" in problems, problems
    assert "header row not frozen" in problems, problems


def test_download_checks_report_a_zip_that_is_not_the_data_package(tmp_path: Path) -> None:
    import zipfile

    (tmp_path / "x.csv").write_text("id,note\r\na,b\r\n", encoding="utf-8", newline="")
    (tmp_path / "z.csv").write_text("id\r\nc\r\n", encoding="utf-8", newline="")
    (tmp_path / "y.json").write_text("{}", encoding="utf-8")
    (tmp_path / "datapackage.json").write_text(
        '{"resources":[{"path":"x.csv"},{"path":"z.csv"}]}', encoding="utf-8")
    with zipfile.ZipFile(tmp_path / downloads.ARCHIVE, "w") as archive:
        archive.writestr("x.csv", "id,note\r\na,c\r\n")
        archive.writestr("y.json", "{}")
        archive.writestr("x.xlsx", b"PK")
        archive.writestr("README.txt", "x.csv\n    id (text): the id\n")
    problems = "\n".join(downloads.check_archive(tmp_path))
    assert "downloads.zip: lacks datapackage.json\n" in problems, problems
    assert "downloads.zip: lacks z.csv, which datapackage.json lists" in problems, problems
    assert "downloads.zip: holds y.json, which belongs on the data page only" in problems, problems
    assert "downloads.zip: holds x.xlsx, which belongs on the data page only" in problems, problems
    assert "downloads.zip: x.csv differs from data/x.csv" in problems, problems
    assert "downloads.zip: x.csv read from the zip differs from data/x.csv: row 2" in problems, problems
    assert "not the fixed date" in problems, problems
    assert "README.txt does not mention z.csv" in problems, problems
    assert "README.txt does not describe column note of x.csv" in problems, problems


def test_datapackage_checks_report_missing_and_mistyped_resources() -> None:
    problems = downloads.check_datapackage_resources(SITE / "data")
    assert "datapackage.json: resource path gone.csv does not exist" in problems, problems
    reported = "\n".join(downloads.frictionless_validate(require("frictionless"), SITE / "data"))
    assert 'type-error: Type error in the cell "15.070"' in reported, reported
    assert "gone: scheme-error" in reported, reported
