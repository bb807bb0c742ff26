"""Accessibility: axe-core finds no violation of the WCAG 2.1 A and AA rules on one page of every type,
in every language, at 1280 and 375 px.
"""

from almanac_checks.probe import Probe, describe_violations


def test_no_wcag_violations(probe: Probe) -> None:
    assert probe.passed_rules, f"{probe.job.path}: axe-core evaluated no rule (did it run?)"
    problems = describe_violations(probe.violations)
    assert not problems, (f"{probe.job.path} at {probe.job.width} px ({probe.facts.get('url')}):\n"
                          + "\n".join(problems))
