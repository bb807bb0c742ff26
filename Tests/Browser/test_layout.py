"""Layout: one page per type at 1280 and 375 px, kept as screenshots; no horizontal scrolling."""

from almanac_checks.probe import Probe

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_no_horizontal_scrolling(probe: Probe) -> None:
    facts, width = probe.facts, probe.job.width
    assert facts["clientWidth"] == width, (
        f"{probe.job.path}: the page is laid out {facts['clientWidth']} px wide on a {width} px screen "
        "(does it have <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">?)")
    assert facts["scrollWidth"] <= facts["clientWidth"], (
        f"{probe.job.path} at {width} px scrolls sideways: the document is {facts['scrollWidth']} px wide; "
        f"widest elements: {', '.join(facts['wideElements']) or 'none found'}")


def test_screenshot_is_kept(probe: Probe) -> None:
    assert probe.screenshot is not None and probe.screenshot.is_file(), f"no screenshot of {probe.job.path}"
    header = probe.screenshot.read_bytes()[:24]
    assert header.startswith(PNG_SIGNATURE), f"{probe.screenshot} is not a PNG"
    assert int.from_bytes(header[16:20], "big") >= probe.job.width, f"{probe.screenshot} is narrower than the screen"


def test_table_cells_keep_their_text(probe: Probe) -> None:
    facts, width = probe.facts, probe.job.width
    assert not facts["spillingCells"], (
        f"{probe.job.path} at {width} px: text runs out of its table cell into the next column: "
        f"{'; '.join(facts['spillingCells'])}")
    assert not facts["crampedCells"], (
        f"{probe.job.path} at {width} px: table cells squeezed narrower than 4 characters, their text unreadable: "
        f"{'; '.join(facts['crampedCells'])}")
