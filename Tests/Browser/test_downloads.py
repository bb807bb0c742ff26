"""Downloads: every CSV reads back identically with csv and pandas and equals the content; the workbook beside
each holds the same values for openpyxl and pandas; the zip holds every download and a README;
datapackage.json passes `frictionless validate`.
"""

import shutil
from pathlib import Path

import pytest

from almanac_checks import downloads
from almanac_checks.links import PageCache, resolve
from conftest import require


def _data(site_dir: Path) -> Path:
    data = site_dir / "data"
    assert data.is_dir(), f"{data} is missing"
    return data


def test_every_csv_reads_back_identically_with_csv_and_pandas(site_dir: Path) -> None:
    require("pandas")
    files = downloads.plain_csv_files(_data(site_dir))
    assert files, "data/ has no CSV file"
    problems = [problem for path in files for problem in downloads.check_csv_file(path)]
    assert not problems, "\n".join(problems)


def test_every_workbook_holds_the_values_of_its_csv(site_dir: Path) -> None:
    require("pandas")
    require("openpyxl")
    problems = [problem for path in downloads.plain_csv_files(_data(site_dir))
                for problem in downloads.check_workbook(path)]
    assert not problems, "\n".join(problems)


def test_libreoffice_reads_every_workbook_as_its_csv(site_dir: Path, tmp_path: Path) -> None:
    """A bonus check: LibreOffice is not among the stage's required tools, so without it the test is skipped."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    problems = downloads.check_workbooks_in_libreoffice(soffice, downloads.plain_csv_files(_data(site_dir)), tmp_path)
    assert not problems, "\n".join(problems[:50])


def test_the_zip_holds_the_data_package_and_a_readme(site_dir: Path) -> None:
    problems = downloads.check_archive(_data(site_dir))
    assert not problems, "\n".join(problems)


def test_observations_equal_the_content(site_dir: Path, content_data_file: Path) -> None:
    require("pandas")
    assert content_data_file.is_file(), f"no content data files in {content_data_file.parent}"
    data = _data(site_dir)
    problems = downloads.compare_observations(content_data_file, data / content_data_file.name)
    problems += downloads.compare_observations(content_data_file, data / "all.csv", indicator=content_data_file.stem)
    assert not problems, "\n".join(problems)


def test_every_json_download_parses(site_dir: Path) -> None:
    problems = [problem for path in sorted(_data(site_dir).glob("*.json"))
                for problem in downloads.check_json_download(path)]
    assert not problems, "\n".join(problems)


def test_every_svg_download_is_a_well_formed_svg(site_dir: Path) -> None:
    charts = sorted(site_dir.rglob("*.svg"))
    assert charts, "the site has no SVG chart download"
    problems = [problem for path in charts for problem in downloads.check_svg_download(path, site_dir)]
    assert not problems, "\n".join(problems[:100])


def test_datapackage_describes_every_csv(site_dir: Path) -> None:
    problems = downloads.check_datapackage_resources(_data(site_dir))
    assert not problems, "\n".join(problems)


def test_datapackage_passes_frictionless_validate(site_dir: Path) -> None:
    data = _data(site_dir)
    assert (data / "datapackage.json").is_file(), "data/datapackage.json is missing"
    problems = downloads.frictionless_validate(require("frictionless"), data)
    assert not problems, "\n".join(problems[:100])


def test_indicator_pages_offer_their_downloads(site_dir: Path, content_dir: Path, languages: list[str],
                                               page_cache: PageCache) -> None:
    problems = []
    indicators = sorted(path.stem for path in (content_dir / "data").glob("*.csv"))
    assert indicators, f"no content data files in {content_dir / 'data'}"
    for indicator in indicators:
        for language in languages:
            page = f"{language}/indicators/{indicator}.html"
            if not (site_dir / page).is_file():
                problems.append(f"{page}: missing (content has data/{indicator}.csv)")
                continue
            targets = {resolve(page, link.url)[0] for link in page_cache.facts(page).links}
            for wanted in (f"data/{indicator}.csv", f"data/{indicator}{downloads.WORKBOOK_SUFFIX}",
                           f"{language}/indicators/{indicator}.svg"):
                if wanted not in targets:
                    problems.append(f"{page}: no link to {wanted}")
    assert not problems, "\n".join(problems)
