#!/usr/bin/env bash
# Renders the plotting goldens (Tests/PlottingTests/Goldens/*.svg) to PNG in headless Chromium, each inlined in
# a page at its natural width (as a site page would show it) and, for line charts, at a 320 px phone width.
# Needs Debian's chromium-headless-shell and fonts-noto-cjk:
#   apt-get update && apt-get install -y chromium-headless-shell fonts-noto-cjk
# Usage: scripts/render-goldens.sh [output-dir]   (default: test-output/goldens)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
goldens="$root/Tests/PlottingTests/Goldens"
out="${1:-$root/test-output/goldens}"
browser="$(command -v chromium-headless-shell || command -v chromium || true)"
if [[ -z "$browser" ]]; then
    echo "render-goldens: chromium-headless-shell not found (apt-get install -y chromium-headless-shell fonts-noto-cjk)" >&2
    exit 1
fi
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

render() { # svg-file png-file width
    local svg="$1" png="$2" width="$3" vb_w vb_h height
    read -r vb_w vb_h < <(sed -n 's/.*viewBox="0 0 \([0-9.]*\) \([0-9.]*\)".*/\1 \2/p' "$svg" | head -n 1)
    height="$(awk -v w="$width" -v vw="$vb_w" -v vh="$vb_h" 'BEGIN { printf "%d", w * vh / vw + 0.999 }')"
    {
        printf '<!doctype html><html><head><meta charset="utf-8">'
        printf '<style>html,body{margin:0;background:#fff}div{width:%spx}svg{display:block}</style>' "$width"
        printf '</head><body><div>'
        sed '1s/^<?xml[^>]*>//' "$svg"
        printf '</div></body></html>'
    } > "$work/page.html"
    "$browser" --no-sandbox --headless --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$width,$height" --screenshot="$png" "file://$work/page.html" >/dev/null 2>&1
}

count=0
for svg in "$goldens"/*.svg; do
    name="$(basename "$svg" .svg)"
    width="$(sed -n 's/.*viewBox="0 0 \([0-9.]*\) .*/\1/p' "$svg" | head -n 1)"
    render "$svg" "$out/$name.png" "${width%.*}"
    if [[ "$name" == line-coverage.* ]]; then render "$svg" "$out/$name.320px.png" 320; fi
    count=$((count + 1))
done
echo "render-goldens: $count goldens rendered to $out"
