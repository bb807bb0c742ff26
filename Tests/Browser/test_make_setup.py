"""`make test` sets itself up: the README promises that it installs the browser stage's tools when missing."""

import pathlib
import subprocess

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]


def planned_commands(target: str) -> list[str]:
    """The commands `make` would run for `target`, without running them."""
    result = subprocess.run(
        ["make", "--dry-run", "--always-make", target],
        cwd=REPOSITORY, capture_output=True, text=True, check=True,
    )
    return result.stdout.splitlines()


def position(commands: list[str], fragment: str) -> int:
    return next(index for index, line in enumerate(commands) if fragment in line)


def test_make_test_installs_tools_before_the_browser_stage() -> None:
    commands = planned_commands("test")
    assert position(commands, "scripts/install-test-tools.sh") < position(commands, "scripts/browser-test.sh")


def test_make_test_installs_libcmark_before_building() -> None:
    commands = planned_commands("test")
    assert position(commands, "libcmark") < position(commands, "build --build-tests")


def test_installer_says_what_to_install_when_it_cannot() -> None:
    """Without root and without sudo, the installer stops with the packages to install by hand."""
    result = subprocess.run(
        ["bash", "-c", "id() { echo 1000; }; export -f id; PATH=/nonexistent; /bin/bash scripts/can-install.sh 'libcmark-dev'"],
        cwd=REPOSITORY, capture_output=True, text=True,
    )
    assert result.returncode == 1
    assert "apt-get install libcmark-dev" in result.stderr


def test_make_test_checks_an_arabic_and_french_site_too() -> None:
    """The issue's promise: axe and the layout checks run on an Arabic and a French page, not only zh/en."""
    commands = planned_commands("browser-test")
    rtl = [line for line in commands if "scripts/browser-test.sh test-output/site-rtl" in line]
    assert rtl and "rtl-content" in "\n".join(commands)
    settings = (REPOSITORY / "Tests/Browser/fixtures/rtl-content/site.yml").read_text(encoding="utf-8")
    assert "languages: [fr, ar]" in settings
