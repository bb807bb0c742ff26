"""Links: every internal link, anchor (#pN) and download link resolves; nothing points at the build machine."""

from pathlib import Path

from almanac_checks import links
from almanac_checks import site as layout
from almanac_checks.html import refresh_target


def _report(problems: list[str], limit: int = 200) -> str:
    shown = problems[:limit]
    more = f"\n... and {len(problems) - limit} more" if len(problems) > limit else ""
    return f"{len(problems)} problem(s):\n" + "\n".join(shown) + more


def test_site_has_every_file_of_the_contract(site_dir: Path, languages: list[str]) -> None:
    missing = [name for name in layout.required_files(languages) if not (site_dir / name).is_file()]
    assert not missing, "missing: " + ", ".join(missing)


def test_every_link_in_pages_resolves(site_dir: Path, html_pages: list[str], page_cache: links.PageCache,
                                      build_paths: list[str]) -> None:
    problems = links.check_page_links(site_dir, page_cache, html_pages, build_paths)
    assert not problems, _report(problems)


def test_every_url_in_stylesheets_resolves(site_dir: Path, page_cache: links.PageCache,
                                           build_paths: list[str]) -> None:
    sheets = [name for name in layout.text_files(site_dir) if name.endswith(".css")]
    assert sheets, "the site has no stylesheet"
    problems = links.check_stylesheet_links(site_dir, page_cache, sheets, build_paths)
    assert not problems, _report(problems)


def test_no_file_names_the_build_machine(site_dir: Path, build_paths: list[str]) -> None:
    problems = links.check_build_paths(site_dir, layout.text_files(site_dir), build_paths)
    assert not problems, _report(problems)


def test_sitemap_feeds_and_robots_name_existing_pages(site_dir: Path, settings: dict, languages: list[str]) -> None:
    base_url = settings.get("base_url") or None
    problems = links.check_feed_and_sitemap(site_dir, base_url, languages)
    assert not problems, _report(problems)


def test_root_leads_to_the_default_language_without_javascript(site_dir: Path, languages: list[str],
                                                               page_cache: links.PageCache) -> None:
    facts = page_cache.facts("index.html")
    default = languages[0]
    targets = {link.url for link in facts.links if link.tag == "a"}
    if facts.meta_refresh is not None:
        targets.add(refresh_target(facts.meta_refresh) or "")
    resolved = {links.resolve("index.html", url)[0] for url in targets if "://" not in url}
    assert {f"{default}/index.html"} & resolved, (
        f"index.html neither links nor forwards to {default}/ (links: {sorted(targets)})")
