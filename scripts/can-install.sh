#!/usr/bin/env bash
# scripts/can-install.sh "PACKAGES": exits 0 when this user can run apt-get (root, or sudo is there), otherwise
# says which packages to install by hand and exits 1, so `make` stops with a clear message instead of
# "sudo: command not found" or a password prompt in CI.
set -euo pipefail
if [ "$(id -u)" -eq 0 ]; then exit 0; fi
if command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then exit 0; fi
echo "cannot install $1: run as root, install sudo, or install them by hand (Debian: apt-get install $1)" >&2
exit 1
