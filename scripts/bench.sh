#!/usr/bin/env bash
# Build-speed benchmark: builds Almanac in release mode, generates synthetic content at a few scales and
# builds each one, measuring wall time, CPU time, peak memory and what was written. The scales are measured
# side by side in one run, so their ratios (time per 100k observations, memory per observation) say how the
# build scales on this machine; there are no pass/fail thresholds. Beside each build it times `cp -r` of the
# site it wrote: the floor no generator can go under on this disk, so "build ÷ copy" compares scales and
# machines fairly. See Benchmarks/README.md.
#
# Settings (environment):
#   BENCH_SCALES   space-separated name:regions:indicators:years (default below); the last is the largest.
#                  National scale with counties, 20 M observations: national-20m:3000:350:20 (with
#                  BENCH_TIMEOUT=1800; the generator streams its rows, the content is about 700 MB on disk)
#   BENCH_RUNS     runs per scale, the median is reported (default 3; the largest scale always runs once)
#   BENCH_TIMEOUT  seconds a single build may take before it is stopped and reported as timed out (default 240)
#   BENCH_SCRATCH  SwiftPM scratch path for the release build (default: SwiftPM's own, .build)
#   BENCH_PROFILE  name of a scale of this run (e.g. large) to build once more under `perf record` (stopped
#                  after BENCH_TIMEOUT too); the costliest functions go to test-output/bench-profile.txt
#   BENCH_INCREMENTAL  name of the scale whose built site takes an incremental rebuild after one data-file edit
#                  (default large, the 1 M scale; empty to skip): `almanac rebuild-timing` on a copy of its content
#   SWIFT          the swift command (default swift)
#
# The report ends with issue 9's targets (1 M observations in ≤ 8 s and ≤ 400 MB, 20 M in ≤ 120 s and ≤ 1 GiB,
# a build ≤ 5 × its own copy, ≤ 400 B per observation, every page ≤ 200 KB, an incremental rebuild ≤ 1 s at 1 M),
# each with the figure measured in this run and whether it is met.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SCALES=${BENCH_SCALES:-"small:50:20:10 medium:300:60:15 large:1000:50:20"}
RUNS=${BENCH_RUNS:-3}
TIMEOUT=${BENCH_TIMEOUT:-240}
WORK=test-output/bench
REPORT=test-output/bench.txt
TIME=/usr/bin/time

if [ ! -x "$TIME" ]; then
    echo "Installing GNU time (for peak memory)…"
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq time
fi

scratch=()
[ -n "${BENCH_SCRATCH:-}" ] && scratch=(--scratch-path "$BENCH_SCRATCH")
echo "Building Almanac (release)…"
mkdir -p "$WORK"
"$SWIFT" build -c release --product almanac "${scratch[@]}" >"$WORK/swift-build.log" 2>&1 \
    || { tail -n 30 "$WORK/swift-build.log"; echo "The release build failed; nothing was measured."; exit 1; }
almanac="$("$SWIFT" build -c release "${scratch[@]}" --show-bin-path)/almanac"

results="$WORK/results.tsv"
floors="$WORK/floors.tsv"
incremental="$WORK/incremental.tsv"
: >"$results"
: >"$floors"
: >"$incremental"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# Observations in a content folder: the rows of its data files.
count_observations() {
    python3 - "$1" <<'EOF'
import csv, pathlib, sys
rows = 0
for path in sorted(pathlib.Path(sys.argv[1], "data").glob("*.csv")):
    with open(path, encoding="utf-8-sig", newline="") as table:
        rows += max(0, sum(1 for _ in csv.reader(table)) - 1)
print(rows)
EOF
}

# measure NAME CONTENT RUNS SHAPE: builds CONTENT RUNS times into a fresh folder and appends one line per
# run to the results: name, shape, observations, pages, files, bytes, wall, user, sys, peak RSS (KB), status.
measure() {
    local name=$1 content=$2 runs=$3 shape=$4
    local observations site="$WORK/site-$name" log="$WORK/$name.log" timing="$WORK/$name.time"
    observations=$(count_observations "$content")
    for run in $(seq "$runs"); do
        rm -rf "$site"
        local status=ok code=0
        "$TIME" -f '%e %U %S %M' -o "$timing" \
            timeout "$TIMEOUT" "$almanac" build --content "$content" --output "$site" >"$log" 2>&1 || code=$?
        [ "$code" -eq 0 ] || status=failed
        [ "$code" -eq 124 ] && status=timeout
        local summary pages=0 files=0 bytes=0
        summary=$(grep '^Built ' "$log" || true)
        if [ "$status" = ok ] && [ -n "$summary" ]; then
            pages=$(sed -E 's/^Built ([0-9,]+) pages.*/\1/' <<<"$summary" | tr -d ,)
            files=$(sed -E 's/^Built [0-9,]+ pages, ([0-9,]+) files.*/\1/' <<<"$summary" | tr -d ,)
            bytes=$(du -sb "$site" | cut -f1)
        elif [ "$status" = ok ]; then
            status=failed
        elif [ "$status" = timeout ]; then
            # A stopped build leaves its staging folder (the next build would clear it): count what it wrote.
            files=$(find "$WORK"/.site-"$name".staging-* -type f 2>/dev/null | wc -l)
            bytes=$(du -scb "$WORK"/.site-"$name".staging-* 2>/dev/null | tail -n1 | cut -f1)
            rm -rf "$WORK"/.site-"$name".staging-*
        fi
        read -r wall user sys rss < <(tail -n1 "$timing")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$shape" "$observations" "$pages" "$files" \
            "$bytes" "$wall" "$user" "$sys" "$rss" "$status" >>"$results"
        echo "  $name run $run: ${wall} s wall, ${user}+${sys} s CPU, ${rss} KB peak, $status"
        [ "$status" = ok ] || { sed 's/^/    /' "$log" | tail -n 5; break; }
    done
    if [ "$status" = ok ]; then
        # The floor: copying the finished site once, and its largest HTML page (the phone-size check).
        rm -rf "$site-copy"
        "$TIME" -f '%e' -o "$timing" cp -r "$site" "$site-copy"
        local largest
        largest=$(find "$site" -name '*.html' -printf '%s\n' | sort -n | tail -n1)
        printf '%s\t%s\t%s\n' "$name" "$(tail -n1 "$timing")" "${largest:-0}" >>"$floors"
        echo "  $name: cp -r of the output takes $(tail -n1 "$timing") s; largest page ${largest:-0} bytes"
        rm -rf "$site-copy"
        [ "$name" = "${BENCH_INCREMENTAL-large}" ] && measure_incremental "$name" "$content" "$site"
    fi
    rm -rf "$site"
}

# measure_incremental NAME CONTENT SITE: takes over the built SITE and rebuilds it four times after editing one
# value of CONTENT's first data file (on a copy of CONTENT; the value goes back on every other run, as an editor
# saving twice), leaving the whole-site downloads to after the rebuild as `almanac serve` does.
measure_incremental() {
    local name=$1 content=$2 site=$3 copy="$WORK/content-$1-edited" log="$WORK/$1-incremental.log"
    rm -rf "$copy" && cp -r "$content" "$copy"
    local file old new
    read -r file old new < <(python3 - "$copy" <<'EOF'
import pathlib, sys
data = sorted(pathlib.Path(sys.argv[1], "data").glob("*.csv"))[0]
lines = data.read_text(encoding="utf-8").splitlines()
# A line in the middle: a region below the home region, so the edit is the common one (not every profile's).
middle = len(lines) // 2
fields = next(f for f in (line.split(",") for line in lines[middle:] + lines[1:middle]) if f[2].replace(".", "").isdigit())
value = fields[2]
new_value = f"{float(value) + 1:.{len(value.partition('.')[2])}f}"
print(f"data/{data.name} {','.join(fields[:3])}, {','.join(fields[:2] + [new_value])},")
EOF
)
    if "$almanac" rebuild-timing --adopt --defer-downloads --content "$copy" --output "$site" \
        --changed "$file" --replace "$old" --with "$new" --runs 4 >"$log" 2>&1; then
        python3 - "$log" "$name" "$file" >>"$incremental" <<'EOF'
import re, statistics, sys
log = open(sys.argv[1], encoding="utf-8").read()
walls = [float(m.group(1)) for m in re.finditer(r"^rebuild \d+: .* wall ([0-9.]+) s", log, re.M)]
print(f"{sys.argv[2]}\t{sys.argv[3]}\t{statistics.median(walls)}\t{min(walls)}\t{max(walls)}")
EOF
        echo "  $name: incremental rebuild after editing $file ($old → $new): see $log"
    else
        echo "  $name: the incremental rebuild failed; see $log"
    fi
    rm -rf "$copy"
}

echo "Example site (content/)…"
measure example content "$RUNS" "example"

read -ra scales <<<"$SCALES"
last=$((${#scales[@]} - 1))
for i in "${!scales[@]}"; do
    IFS=: read -r name regions indicators years <<<"${scales[$i]}"
    content="$WORK/content-$name"
    stamp="$regions $indicators $years 1"
    if [ "$(cat "$content/.bench-content" 2>/dev/null)" != "$stamp" ]; then
        echo "Generating $name content: $regions regions × $indicators indicators × $years years…"
        scripts/generate-bench-content.py "$content" --regions "$regions" --indicators "$indicators" --years "$years"
    fi
    runs=$RUNS
    [ "$i" -eq "$last" ] && runs=1
    echo "Building $name ($runs run$([ "$runs" -eq 1 ] || echo s))…"
    measure "$name" "$content" "$runs" "${regions}×${indicators}×${years}"
done

python3 - "$results" "$floors" "$incremental" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" "$TIMEOUT" \
    "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources assets 2>/dev/null || echo +changes)" \
    <<'EOF' | tee "$REPORT"
import datetime, math, os, statistics, sys

path, floor_path, incremental_path, load_before, load_after, timeout, commit = sys.argv[1:]
floors = {}
for line in open(floor_path, encoding="utf-8"):
    name, copy_wall, largest_page = line.rstrip("\n").split("\t")
    floors[name] = (float(copy_wall), int(largest_page))
runs = {}
for line in open(path, encoding="utf-8"):
    name, shape, obs, pages, files, size, wall, user, sys_, rss, status = line.rstrip("\n").split("\t")
    runs.setdefault(name, []).append(dict(shape=shape, obs=int(obs), pages=int(pages), files=int(files),
        bytes=int(size), wall=float(wall), cpu=float(user) + float(sys_), rss=int(rss), status=status))

cpu_model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"Almanac build benchmark — {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}, commit {commit}")
print(f"{os.cpu_count()} cores ({cpu_model}); load average {load_before} before, {load_after} after")
print("Wall and CPU are medians over the runs; CPU = user + sys of the whole process; RSS = peak resident memory.")
print()

rows = []
for name, measured in runs.items():
    good = [r for r in measured if r["status"] == "ok"]
    first = measured[0]
    if not good:
        rows.append(dict(name=name, shape=first["shape"], obs=first["obs"], status=measured[-1]["status"],
                         wall=measured[-1]["wall"], cpu=measured[-1]["cpu"], rss=measured[-1]["rss"],
                         files=measured[-1]["files"], bytes=measured[-1]["bytes"]))
        continue
    rows.append(dict(name=name, shape=first["shape"], obs=first["obs"], status="ok", runs=len(good),
                     pages=good[0]["pages"], files=good[0]["files"], bytes=good[0]["bytes"],
                     wall=statistics.median(r["wall"] for r in good), cpu=statistics.median(r["cpu"] for r in good),
                     rss=statistics.median(r["rss"] for r in good)))

header = ["scale", "R×I×Y", "observations", "pages", "files", "output MB", "runs", "wall s", "CPU s",
          "CPU/wall", "peak RSS MB"]
table = []
notes = []
for r in rows:
    if r["status"] != "ok":
        if r["status"] == "timeout":
            table.append([r["name"], r["shape"], f"{r['obs']:,}", "stopped", f"{r['files']:,}",
                          f"{r['bytes'] / 1e6:.1f}", "1", f">{timeout}", f"{r['cpu']:.2f}",
                          f"{r['cpu'] / r['wall']:.2f}", f"{r['rss'] / 1024:.0f}"])
            notes.append(f"{r['name']}: stopped after {timeout} s (BENCH_TIMEOUT) with {r['files']:,} files written.")
        else:
            table.append([r["name"], r["shape"], f"{r['obs']:,}", "FAILED", "", "", "", f"{r['wall']:.2f}", "", "",
                          f"{r['rss'] / 1024:.0f}"])
            notes.append(f"{r['name']}: the build failed; see test-output/bench/{r['name']}.log.")
        continue
    table.append([r["name"], r["shape"], f"{r['obs']:,}", f"{r['pages']:,}", f"{r['files']:,}",
                  f"{r['bytes'] / 1e6:.1f}", str(r["runs"]), f"{r['wall']:.2f}", f"{r['cpu']:.2f}",
                  f"{r['cpu'] / r['wall']:.2f}", f"{r['rss'] / 1024:.0f}"])

def show(header, table):
    widths = [max(len(str(c)) for c in column) for column in zip(header, *table)]
    print("  ".join(h.rjust(w) if i > 1 else h.ljust(w) for i, (h, w) in enumerate(zip(header, widths))))
    for row in table:
        print("  ".join(str(c).rjust(w) if i > 1 else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths))))

show(header, table)
for note in notes:
    print(note)
print()

good = [r for r in rows if r["status"] == "ok" and r["obs"] > 0]
header = ["scale", "wall s/100k obs", "CPU s/100k obs", "CPU ms/page", "RSS B/obs", "ΔRSS B/Δobs",
          "output B/obs", "largest page KB", "cp -r s", "build ÷ cp", "wall exp", "CPU exp"]
table = []
previous = None
for r in good:
    marginal = wall_exp = cpu_exp = ""
    if previous is not None and previous["name"] != "example" and r["obs"] > previous["obs"]:
        growth = math.log(r["obs"] / previous["obs"])
        wall_exp = f"{math.log(r['wall'] / previous['wall']) / growth:.2f}"
        cpu_exp = f"{math.log(r['cpu'] / previous['cpu']) / growth:.2f}"
        marginal = f"{(r['rss'] - previous['rss']) * 1024 / (r['obs'] - previous['obs']):.0f}"
    copy_wall, largest_page = floors.get(r["name"], (0.0, 0))
    table.append([r["name"], f"{r['wall'] / r['obs'] * 1e5:.1f}", f"{r['cpu'] / r['obs'] * 1e5:.1f}",
                  f"{r['cpu'] / max(r['pages'], 1) * 1e3:.1f}", f"{r['rss'] * 1024 / r['obs']:.0f}", marginal,
                  f"{r['bytes'] / r['obs']:.0f}", f"{largest_page / 1e3:.0f}", f"{copy_wall:.2f}",
                  f"{r['wall'] / copy_wall:.1f}" if copy_wall > 0 else "", wall_exp, cpu_exp])
    previous = r
show(header, table)
print()
print("ΔRSS B/Δobs: extra peak memory per extra observation against the scale above (the fixed ~30 MB excluded).")
print("wall exp, CPU exp: log(time ratio) / log(observation ratio) against the scale above;")
print("1.00 = linear, 2.00 = quadratic. CPU time is the steadier measure when the machine is shared.")
print("cp -r s: copying the finished output once (the floor); build ÷ cp: build wall time over that floor.")
print()

# Issue 9's targets, each against the figure of this run. The 1 M and 20 M targets apply to the scales of about
# that many observations; output per observation to the generated scales (the example is mostly documents).
incremental = {}
for line in open(incremental_path, encoding="utf-8"):
    name, file, median, low, high = line.rstrip("\n").split("\t")
    incremental[name] = (file, float(median), float(low), float(high))
targets = []
def target(what, scale, measured, met):
    targets.append([what, scale, measured, "met" if met else "MISSED"])
for r in good:
    if 0.9e6 <= r["obs"] <= 1.1e6:
        target("1 M observations: wall ≤ 8 s", r["name"], f"{r['wall']:.1f} s", r["wall"] <= 8)
        target("1 M observations: peak ≤ 400 MB", r["name"], f"{r['rss'] / 1024:.0f} MB", r["rss"] / 1024 <= 400)
    if 18e6 <= r["obs"] <= 22e6:
        target("20 M observations: wall ≤ 120 s", r["name"], f"{r['wall']:.0f} s", r["wall"] <= 120)
        target("20 M observations: peak ≤ 1 GiB", r["name"], f"{r['rss'] / 1024:.0f} MiB", r["rss"] <= 1024 * 1024)
for r in good:
    copy_wall, largest_page = floors.get(r["name"], (0.0, 0))
    if copy_wall > 0:
        target("build ≤ 5 × cp -r of its output", r["name"], f"{r['wall'] / copy_wall:.1f} ×", r["wall"] <= 5 * copy_wall)
for r in good:
    if r["name"] != "example":
        target("output ≤ 400 B per observation", r["name"], f"{r['bytes'] / r['obs']:.0f} B", r["bytes"] <= 400 * r["obs"])
for r in good:
    copy_wall, largest_page = floors.get(r["name"], (0.0, 0))
    target("every HTML page ≤ 200 KB", r["name"], f"largest {largest_page / 1e3:.0f} KB", largest_page <= 200_000)
for name, (file, median, low, high) in incremental.items():
    target(f"incremental rebuild after editing {file}: ≤ 1 s", name,
           f"{median:.2f} s median wall ({low:.2f}–{high:.2f})", median <= 1)
print("Issue 9's targets (2 cores, release build):")
show(["target", "scale", "measured", ""], targets)
if not any(18e6 <= r["obs"] <= 22e6 for r in good):
    print("The 20 M targets need BENCH_SCALES with national-20m:3000:350:20 (and BENCH_TIMEOUT=1800).")
EOF
echo "Written to $REPORT"

[ -n "${BENCH_PROFILE:-}" ] || exit 0
command -v perf >/dev/null || { echo "BENCH_PROFILE needs perf (Debian: apt-get install linux-perf)"; exit 1; }
content="$WORK/content-$BENCH_PROFILE"
[ "$BENCH_PROFILE" = example ] && content=content
[ -d "$content" ] || { echo "no scale named $BENCH_PROFILE in this run"; exit 1; }
echo "Profiling $BENCH_PROFILE with perf…"
rm -rf "$WORK/site-profile"
perf record -q -F 199 -g -o "$WORK/perf.data" timeout "$TIMEOUT" "$almanac" build --quiet --content "$content" \
    --output "$WORK/site-profile" 2>/dev/null || echo "(stopped after $TIMEOUT s: the profile covers the files written by then)"
rm -rf "$WORK/site-profile" "$WORK"/.site-profile.staging-*
perf script -i "$WORK/perf.data" -F ip,sym 2>/dev/null | "$SWIFT" demangle --simplified >"$WORK/perf.stacks"
python3 - "$WORK/perf.stacks" "$BENCH_PROFILE" <<'EOF' | tee test-output/bench-profile.txt
import collections, re, sys

# Each sample is a block of "ip symbol" lines, leaf first, separated by blank lines.
samples, frames = [], []
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    line = line.strip()
    if not line:
        if frames:
            samples.append(frames)
        frames = []
    else:
        frames.append(line.split(" ", 1)[1] if " " in line else line)
if frames:
    samples.append(frames)
total = len(samples) or 1

def short(symbol):
    return re.sub(r"^(specialized |partial apply for |closure #\d+ in |merged )+", "", symbol)[:110]

plumbing = re.compile(r"thunk|dispatch|start_thread|libc_start|almanac_main|Build\.run|ParsableCommand|"
                      r"SiteBuilder\.|PlannedFile\.init|SitePlan\.init|concurrentPerform|^\[unknown\]")
inclusive = collections.Counter()
for frames in samples:
    for name in {short(f) for f in frames}:
        if not plumbing.search(name):
            inclusive[name] += 1
print(f"Profile of the {sys.argv[2]} build: {total} samples at 199 Hz on every thread.")
print("Inclusive cost: the share of samples with the function anywhere on the stack.")
print()
for name, count in inclusive.most_common(30):
    print(f"{100 * count / total:6.1f}%  {name}")

# Which file builder each sample is in (outermost SiteContext or LanguageContext function), and what inside it
# takes the time.
builder = re.compile(r"(?:SiteContext|LanguageContext)\.(\w+)\(|(ContentLoader)\.load|(StagedOutput)\.")
parts = [("Mustache rendering", "MustacheTemplate.render"), ("view models to template values", "TemplateValue.make"),
         ("headline scans", "IndicatorData.headline("), ("line charts", "lineChart("),
         ("bar charts", "barChartFigure"), ("tile maps", "tileMapFigure"), ("CSV text", "CSVWriter")]
by_builder, inside = collections.Counter(), collections.defaultdict(collections.Counter)
for frames in samples:
    owner = "other"
    for frame in reversed(frames):
        match = builder.search(frame)
        if match:
            owner = next(group for group in match.groups() if group)
            break
    by_builder[owner] += 1
    text = "\n".join(frames)
    for label, key in parts:
        if key in text:
            inside[owner][label] += 1
print()
print("By file builder, with what it spends its time on (shares of the whole build):")
for owner, count in by_builder.most_common(12):
    detail = ", ".join(f"{label} {100 * n / total:.1f}%" for label, n in inside[owner].most_common())
    print(f"{100 * count / total:6.1f}%  {owner}" + (f"  — {detail}" if detail else ""))
EOF
