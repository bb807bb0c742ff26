#!/usr/bin/env bash
# Runs the browser stage against a built site: scripts/browser-test.sh SITE_DIR [pytest options...]
#
# Checks HTML validity (vnu), accessibility (axe-core in headless Chromium, WCAG 2.1 A/AA, 1280 and 375 px),
# links, layout (screenshots in test-output/screenshots/, no sideways scrolling), pages without JavaScript and
# the data downloads. See Tests/Browser/README.md. Install the tools with scripts/install-test-tools.sh.
#
# Environment: ALMANAC_CONTENT_DIR (content the site was built from; default content/), ALMANAC_TEST_OUTPUT
# (default test-output/), ALMANAC_CHROMIUM (browser executable), ALMANAC_BROWSER_WORKERS (default 2), PYTHON.
set -uo pipefail

if [ $# -lt 1 ]; then
  echo "usage: scripts/browser-test.sh SITE_DIR [pytest options...]" >&2
  exit 2
fi
site_dir=$(cd "$1" 2>/dev/null && pwd) || { echo "browser-test: $1 is not a folder (build the site first)" >&2; exit 2; }
shift

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c "import pytest" >/dev/null 2>&1; then
  echo "browser-test: pytest not found: install pytest: run scripts/install-test-tools.sh" >&2
  exit 1
fi

export PYTHONDONTWRITEBYTECODE=1
exec "$PYTHON" -m pytest Tests/Browser --site-dir="$site_dir" "$@"
