"""HTML validity: every page of the site passes the Nu HTML Checker with no error."""

from pathlib import Path

from almanac_checks import vnu
from conftest import require


def test_every_page_is_valid_html(site_dir: Path, html_pages: list[str]) -> None:
    assert html_pages, f"{site_dir} has no HTML pages"
    errors = vnu.validate(require("java"), require("vnu"), site_dir, html_pages)
    assert not errors, f"{len(errors)} vnu error(s) in {len(html_pages)} pages:\n" + "\n".join(errors)
