"""Checks of a built Almanac site as readers meet it: markup, accessibility, links, layout, downloads.

Each check is a plain function that returns a list of problems (empty when the site passes), so the same code
serves the tests of the real site and the tests that prove each check can fail on a broken fixture.
"""
