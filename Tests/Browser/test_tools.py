"""Every tool of the stage is installed; a missing one fails here with what to install."""

import pytest

from almanac_checks import tools
from conftest import require


@pytest.mark.parametrize("tool", sorted(tools.ALL))
def test_tool_is_installed(tool: str) -> None:
    assert require(tool)
