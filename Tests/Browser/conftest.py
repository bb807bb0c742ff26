"""Options and shared results of the browser stage.

The site, the content it was built from and the output folder come from options (or environment variables,
for `make test`). Expensive work runs once per session: one vnu run, one browser run over all sample pages.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from almanac_checks import site as layout
from almanac_checks import tools
from almanac_checks.links import PageCache
from almanac_checks.probe import Job, Probe, probe_pages

REPOSITORY = Path(__file__).resolve().parents[2]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("almanac", "Almanac browser stage")
    group.addoption("--site-dir", default=os.environ.get("ALMANAC_SITE_DIR"),
                    help="built site to test (env ALMANAC_SITE_DIR)")
    group.addoption("--content-dir", default=os.environ.get("ALMANAC_CONTENT_DIR", str(REPOSITORY / "content")),
                    help="content the site was built from (env ALMANAC_CONTENT_DIR; default: the repository's)")
    group.addoption("--output-dir", default=os.environ.get("ALMANAC_TEST_OUTPUT", str(REPOSITORY / "test-output")),
                    help="where screenshots go (env ALMANAC_TEST_OUTPUT; default: test-output/)")
    group.addoption("--browser-workers", type=int, default=int(os.environ.get("ALMANAC_BROWSER_WORKERS", "2")),
                    help="pages the browser checks at once (env ALMANAC_BROWSER_WORKERS)")


def _site_option(config: pytest.Config) -> Path | None:
    value = config.getoption("--site-dir")
    return Path(value).resolve() if value else None


def read_settings(content: Path) -> dict:
    """site.yml of the content, or a `problem` entry saying why it cannot be read."""
    path = content / "site.yml"
    try:
        import yaml

        settings = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return {"problem": f"{path} not found (pass --content-dir or ALMANAC_CONTENT_DIR)"}
    except Exception as error:  # a YAML or import error is reported as it is
        return {"problem": f"{path}: {error}"}
    return settings if isinstance(settings, dict) else {"problem": f"{path}: not a mapping"}


def _languages(config: pytest.Config) -> list[str]:
    """Languages named by site.yml; failing that, the language folders of the site."""
    settings = read_settings(Path(config.getoption("--content-dir")))
    languages = settings.get("languages")
    if isinstance(languages, list) and languages:
        return [str(language) for language in languages]
    site = _site_option(config)
    return layout.detect_languages(site) if site else []


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    config = metafunc.config
    site = _site_option(config) or Path("/nonexistent")
    if "sample" in metafunc.fixturenames:
        samples = layout.samples(site, _languages(config))
        if "width" in metafunc.fixturenames:
            pairs = [(sample, width) for sample in samples for width in layout.WIDTHS]
            metafunc.parametrize(("sample", "width"), pairs,
                                 ids=[f"{sample.name}-{width}" for sample, width in pairs])
        else:
            metafunc.parametrize("sample", samples, ids=[sample.name for sample in samples])
    if "content_data_file" in metafunc.fixturenames:
        data = Path(config.getoption("--content-dir")) / "data"
        files = sorted(data.glob("*.csv")) if data.is_dir() else []
        # An empty list would skip silently; a missing folder must fail instead.
        params = files or [data / "(no content data files)"]
        metafunc.parametrize("content_data_file", params, ids=[p.stem for p in params])


def require(tool: str):
    """The tool's location or value; a missing tool fails the test with what to install."""
    try:
        return tools.ALL[tool]()
    except tools.MissingTool as missing:
        pytest.fail(str(missing), pytrace=False)


@pytest.fixture(scope="session")
def site_dir(pytestconfig: pytest.Config) -> Path:
    site = _site_option(pytestconfig)
    if site is None:
        pytest.fail("no site given: run scripts/browser-test.sh SITE_DIR (or pass --site-dir)", pytrace=False)
    if not (site / "index.html").is_file():
        pytest.fail(f"{site} is not a built site (no index.html)", pytrace=False)
    return site


@pytest.fixture(scope="session")
def content_dir(pytestconfig: pytest.Config) -> Path:
    return Path(pytestconfig.getoption("--content-dir")).resolve()


@pytest.fixture(scope="session")
def settings(content_dir: Path) -> dict:
    found = read_settings(content_dir)
    if "problem" in found:
        pytest.fail(found["problem"], pytrace=False)
    return found


@pytest.fixture(scope="session")
def languages(pytestconfig: pytest.Config, site_dir: Path) -> list[str]:
    found = _languages(pytestconfig)
    if not found:
        pytest.fail(f"no languages: neither site.yml nor {site_dir} names any", pytrace=False)
    return found


@pytest.fixture(scope="session")
def html_pages(site_dir: Path) -> list[str]:
    return layout.html_pages(site_dir)


@pytest.fixture(scope="session")
def page_cache(site_dir: Path) -> PageCache:
    return PageCache(site_dir)


@pytest.fixture(scope="session")
def build_paths(site_dir: Path, content_dir: Path) -> list[str]:
    """Folders of the build machine that no published file may mention."""
    paths = {str(site_dir), str(content_dir), str(REPOSITORY)}
    return sorted(paths, key=len, reverse=True)


@pytest.fixture(scope="session")
def screenshot_dir(pytestconfig: pytest.Config) -> Path:
    folder = Path(pytestconfig.getoption("--output-dir")) / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    return folder


@pytest.fixture(scope="session")
def probes(pytestconfig: pytest.Config, site_dir: Path, languages: list[str],
           screenshot_dir: Path) -> dict[tuple[str, int], Probe]:
    """Every sample page at every width, seen once by the browser (shared by the axe, layout and no-JS tests)."""
    chromium = require("chromium")
    require("cjk-font")
    axe = require("axe-core")
    jobs = [Job(sample.name, sample.path, width)
            for sample in layout.samples(site_dir, languages) if sample.path
            for width in layout.WIDTHS]
    return probe_pages(chromium, axe, site_dir, jobs, screenshot_dir,
                       workers=pytestconfig.getoption("--browser-workers"))


@pytest.fixture
def probe(probes: dict[tuple[str, int], Probe], sample: layout.Sample, width: int) -> Probe:
    """The browser's view of this test's sample at this test's width."""
    if sample.path is None:
        pytest.fail(f"the site has no page of type {sample.page_type} for {sample.language} "
                    f"(looked for {sample.pattern})", pytrace=False)
    found = probes[(sample.name, width)]
    if found.error:
        pytest.fail(f"{sample.path} at {width} px: the browser failed: {found.error}", pytrace=False)
    return found
