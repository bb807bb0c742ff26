#!/usr/bin/env bash
# Edit-to-reload benchmark of `almanac serve`: starts the server on a copy of a content folder, listens to the
# reload events as an open page does, edits one file (a text swapped, then swapped back on the next run), and
# measures the time from the write to the reload event, then to the changed page being served. The listener names
# PAGE as the page it is on, as the reload script does, so the server writes it before the other files. See
# Benchmarks/README.md ("Edit to reload").
#
# Usage: scripts/bench-serve.sh CONTENT FILE OLD NEW [PAGE]
#   CONTENT  content folder (copied to test-output/bench-serve/content first; the original is never edited)
#   FILE     the file to edit, relative to CONTENT
#   OLD NEW  the text to swap in FILE
#   PAGE     a path to fetch after each reload (default /)
# Settings (environment): ALMANAC (the binary; default: the release build if there is one, else the debug
# build), RUNS (default 5), ASSETS (default assets), SETTLE (seconds between runs, default 1: at national scale
# the files written after the reload take longer, and an edit made meanwhile waits for them).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 4 ] || { sed -n 2,14p "$0"; exit 2; }
content=$1 file=$2 old=$3 new=$4 page=${5:-/}
if [ -z "${ALMANAC:-}" ]; then
    ALMANAC=.build/release/almanac
    [ -x "$ALMANAC" ] || ALMANAC=.build/debug/almanac
fi
work=test-output/bench-serve
rm -rf "$work" && mkdir -p "$work"
cp -r "$content" "$work/content"
echo "$ALMANAC serve on a copy of $content; editing $file ($old ⇄ $new), ${RUNS:-5} runs"

python3 - "$ALMANAC" "$work/content" "${ASSETS:-assets}" "$file" "$old" "$new" "$page" "${RUNS:-5}" <<'PY'
import os, re, select, signal, socket, subprocess, sys, time

almanac, content, assets, name, old, new, page, runs = sys.argv[1:]
runs = int(runs)
settle = float(os.environ.get("SETTLE", "1"))
start = time.monotonic()
server = subprocess.Popen([almanac, "serve", "--content", content, "--assets", assets, "--port", "0"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
port = None
for line in server.stdout:
    print("  serve: " + line.rstrip())
    found = re.search(r"Serving http://127\.0\.0\.1:(\d+)/", line)
    if found:
        port = int(found.group(1))
        break
if port is None:
    sys.exit("the server did not start")
print(f"  first build and listening: {time.monotonic() - start:.1f} s")

def get(path):
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return data

events = socket.create_connection(("127.0.0.1", port), timeout=120)
# The page names itself, as the reload script does (encodeURIComponent(location.pathname)): it is written first.
from urllib.parse import quote
events.sendall(f"GET /__almanac/events?page={quote(page, safe='')} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
received = b""
def next_generation():
    global received
    while True:
        found = re.search(rb"event: reload\ndata: (\d+)\n\n", received)
        if found:
            received = received[found.end():]
            return int(found.group(1))
        received += events.recv(65536)
next_generation()

path = os.path.join(content, name)
reload_ms, page_ms = [], []
for run in range(1, runs + 1):
    text = open(path, encoding="utf-8").read()
    a, b = (old, new) if run % 2 == 1 else (new, old)
    if a not in text:
        sys.exit(f"{path} does not contain {a!r}")
    t0 = time.monotonic()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(a, b, 1))
    next_generation()
    t1 = time.monotonic()
    get(page)
    t2 = time.monotonic()
    reload_ms.append((t1 - t0) * 1000)
    page_ms.append((t2 - t0) * 1000)
    print(f"  run {run}: reload event {reload_ms[-1]:.0f} ms, page served {page_ms[-1]:.0f} ms")
    time.sleep(settle)  # let the files written after the reload and stray events settle

server.send_signal(signal.SIGINT)
try:
    rest, _ = server.communicate(timeout=30)
    for line in rest.splitlines():
        print("  serve: " + line)
except subprocess.TimeoutExpired:
    server.kill()
    print("  the server did not stop within 30 s")
reload_ms.sort(); page_ms.sort()
print(f"median edit → reload event: {reload_ms[len(reload_ms)//2]:.0f} ms (min {reload_ms[0]:.0f}, max {reload_ms[-1]:.0f});"
      f" edit → page served: {page_ms[len(page_ms)//2]:.0f} ms; server exit status {server.returncode}")
PY
