#!/usr/bin/env python3
"""Writes a synthetic, valid Almanac content folder of a chosen size, for the build-speed benchmark.

    scripts/generate-bench-content.py OUT --regions R --indicators I --years Y [--seed S]

The folder has a country, provinces and prefectures (with tile-grid positions), I indicators in a few
topics (every third with a target), one data file per indicator with R x Y rows (some flags, a few notes,
some missing values flagged M), sources, a document in Chinese and English with a chart and paragraphs,
an about page and labels. The same arguments always give byte-identical files, so runs are comparable.
Rows are written as they are drawn, never held, so memory stays flat (about 16 MB) at any size, 20 M
observations (--regions 3000 --indicators 350 --years 20) included.
OUT is replaced if it was written by this script (it holds `.bench-content`), refused otherwise.
"""

import argparse
import math
import os
import random
import shutil
import sys

MARKER = ".bench-content"
COUNTRY = "100000"
FIRST_YEAR = 2001
# (unit, decimals, better, low, high): plausible ranges so targets are sometimes met, sometimes not.
UNITS = [
    ("percent", 1, "higher", 40.0, 100.0),
    ("per_100k", 2, "lower", 5.0, 60.0),
    ("per_mille", 2, "lower", 2.0, 20.0),
    ("count", 0, "higher", 100.0, 90000.0),
    ("ten_thousand_yuan", 1, "higher", 50.0, 5000.0),
    ("ratio", 1, "", 100.0, 120.0),
]
TOPICS = [("health", "健康", "Health"), ("education", "教育", "Education"), ("economy", "经济", "Economy"),
          ("participation", "参与决策", "Participation"), ("protection", "法律保护", "Legal protection")]


def csv_cell(text):
    text = str(text)
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(",".join(header) + "\n")
        for row in rows:
            out.write(",".join(csv_cell(cell) for cell in row) + "\n")


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)


def grid(count):
    """Positions (row, col) for `count` tiles, laid out in a near-square block."""
    columns = max(1, math.ceil(math.sqrt(count)))
    return [(i // columns, i % columns) for i in range(count)]


def make_regions(total):
    """A country, then provinces, then prefectures spread evenly over the provinces: `total` regions."""
    if total < 3:
        sys.exit("--regions must be at least 3 (a country, a province and a prefecture)")
    provinces = max(1, min(31, total // 20))
    prefectures = total - 1 - provinces
    regions = [(COUNTRY, "全国", "China", "country", "", None)]
    province_codes = [f"{11 + p:02d}0000" for p in range(provinces)]
    for p, (code, position) in enumerate(zip(province_codes, grid(provinces))):
        regions.append((code, f"第{p + 1}省", f"Province {p + 1}", "province", COUNTRY, position))
    per_province = [prefectures // provinces + (1 if p < prefectures % provinces else 0) for p in range(provinces)]
    for p, count in enumerate(per_province):
        for j, position in enumerate(grid(count)):
            code = f"{11 + p:02d}{j + 1:04d}"
            regions.append((code, f"第{p + 1}省第{j + 1}市", f"Prefecture {p + 1}-{j + 1}", "prefecture",
                            province_codes[p], position))
    return regions


def make_indicators(count, years):
    indicators = []
    last_year = FIRST_YEAR + years - 1
    for i in range(count):
        unit, decimals, better, low, high = UNITS[i % len(UNITS)]
        topic = TOPICS[i % len(TOPICS)][0]
        target = ("", "", "", "", "")
        if i % 3 == 0 and better:
            op = ">=" if better == "higher" else "<="
            value = round(low + (high - low) * (0.6 if better == "higher" else 0.4), decimals)
            shown = f"{value:.{decimals}f}"
            target = (op, shown, str(last_year), f"达到{shown}", f"Reach {shown}")
        elif i % 3 == 1 and better:
            target = ("increase" if better == "higher" else "decrease", "", "", "逐年改善", "Improve every year")
        indicators.append({
            "id": f"indicator-{i + 1:04d}", "topic": topic, "unit": unit, "decimals": decimals, "better": better,
            "low": low, "high": high, "target": target, "zh": f"基准指标{i + 1}", "en": f"Benchmark indicator {i + 1}",
        })
    return indicators


def data_rows(indicator, regions, years, rng):
    """R x Y rows: a trend per region with noise; about 2% missing (M), 5% other flags, 0.1% notes."""
    decimals, low, high = indicator["decimals"], indicator["low"], indicator["high"]
    for code, *_ in regions:
        level = rng.uniform(low, high)
        step = (high - low) * rng.uniform(-0.02, 0.03)
        for y in range(years):
            draw = rng.random()
            note_zh = note_en = ""
            if draw < 0.001:
                note_zh, note_en = "口径调整，与上年不可比", "Definition changed; not comparable with the previous year"
            source = "bench-report#p2" if code == COUNTRY and y == years - 1 else "bench-yearbook"
            if draw < 0.02:
                yield (code, FIRST_YEAR + y, "", "M", note_zh, note_en, source)
                continue
            flag = "E" if draw < 0.04 else "P" if draw < 0.06 else "B" if draw < 0.07 else ""
            value = min(high, max(low, level + step * y + rng.gauss(0, (high - low) * 0.01)))
            yield (code, FIRST_YEAR + y, f"{value:.{decimals}f}", flag, note_zh, note_en, source)


def document(language, indicators, home):
    chart_ids = [indicator["id"] for indicator in indicators[:3]]
    front = "\n".join([
        "---",
        "title: 基准测试年度监测报告" if language == "zh" else "title: Benchmark annual monitoring report",
        "date: 2021-05-10",
        "author: 统计局" if language == "zh" else "author: Statistics Bureau",
        "kind: report",
        f"indicators: [{', '.join(chart_ids)}]",
        *(["translation: true"] if language != "zh" else []),
        "---",
    ])
    if language == "zh":
        paragraphs = ["本报告说明基准测试数据的主要情况。", f"全国{indicators[0]['zh']}的最新数值见下图。",
                      "各地区的数值差异较大，详见地区比较页面。"]
        more = "各项指标的目标和达标情况按年度发布。"
    else:
        paragraphs = ["This report describes the main figures of the benchmark data.",
                      f"The latest national value of {indicators[0]['en']} is shown below.",
                      "Values differ widely between regions; see the regional comparisons."]
        more = "Targets and their status are published every year."
    line_chart = f'```chart\nindicator: {chart_ids[0]}\nregions: ["{home}", "{COUNTRY}"]\n```'
    bar_chart = f"```chart\nindicator: {chart_ids[-1]}\nkind: bar\n```"
    heading = "## 地区差异" if language == "zh" else "## Regions"
    body = [paragraphs[0], paragraphs[1], line_chart, heading, paragraphs[2], bar_chart]
    body += [f"{more} [{indicators[0][language]}](indicator:{chart_ids[0]})"] * 5
    return front + "\n" + "\n\n".join(body) + "\n"


def generate(out, regions_count, indicators_count, years, seed):
    if os.path.exists(out):
        if not os.path.exists(os.path.join(out, MARKER)):
            sys.exit(f"{out} exists and was not written by this script; refusing to replace it")
        shutil.rmtree(out)
    for folder in ("data", "documents", "pages"):
        os.makedirs(os.path.join(out, folder))
    write_text(os.path.join(out, MARKER), f"{regions_count} {indicators_count} {years} {seed}\n")
    rng = random.Random(seed)
    regions = make_regions(regions_count)
    indicators = make_indicators(indicators_count, years)
    home = regions[1][0]

    write_text(os.path.join(out, "site.yml"), "\n".join([
        "title: {zh: 基准测试统计监测, en: Benchmark Statistical Monitoring}",
        "description: {zh: 用于测量构建速度的合成数据。, en: Synthetic data for measuring build speed.}",
        "publisher: {zh: 基准测试统计局, en: Benchmark Statistics Bureau}",
        "languages: [zh, en]",
        f'home_region: "{home}"',
        f'comparators: ["{COUNTRY}"]',
        "license: {zh: 知识共享 署名 4.0 国际许可协议, en: Creative Commons Attribution 4.0 International}",
    ]) + "\n")
    write_csv(os.path.join(out, "regions.csv"),
              ["code", "name_zh", "name_en", "short_zh", "short_en", "level", "parent", "grid_row", "grid_col"],
              [(code, zh, en, "", "", level, parent, *(position or ("", "")))
               for code, zh, en, level, parent, position in regions])
    write_csv(os.path.join(out, "topics.csv"), ["id", "parent", "name_zh", "name_en"],
              [("plan", "", "基准规划", "Benchmark plan")] + [(tid, "plan", zh, en) for tid, zh, en in TOPICS])
    write_csv(os.path.join(out, "indicators.csv"),
              ["id", "topic", "name_zh", "name_en", "unit", "decimals", "better", "target_op", "target_value",
               "target_year", "target_text_zh", "target_text_en", "sources", "headline"],
              [(ind["id"], ind["topic"], ind["zh"], ind["en"], ind["unit"], ind["decimals"], ind["better"],
                *ind["target"], "bench-yearbook", "") for ind in indicators])
    for indicator in indicators:
        write_csv(os.path.join(out, "data", indicator["id"] + ".csv"),
                  ["region", "year", "value", "flag", "note_zh", "note_en", "source"],
                  data_rows(indicator, regions, years, rng))
    write_csv(os.path.join(out, "sources.csv"),
              ["id", "title_zh", "title_en", "publisher_zh", "publisher_en", "date", "url", "document"],
              [("bench-yearbook", "基准统计年鉴", "Benchmark Statistical Yearbook", "基准测试统计局",
                "Benchmark Statistics Bureau", "2021-09-30", "https://example.org/yearbook", ""),
               ("bench-report", "基准测试年度监测报告", "Benchmark annual monitoring report", "基准测试统计局",
                "Benchmark Statistics Bureau", "2021-05-10", "", "bench-report")])
    for language in ("zh", "en"):
        write_text(os.path.join(out, "documents", f"bench-report.{language}.md"),
                   document(language, indicators, home))
    write_text(os.path.join(out, "pages", "about.zh.md"),
               "---\ntitle: 关于本站\nweight: 10\n---\n本站的数据是为测量构建速度而生成的合成数据。\n")
    write_text(os.path.join(out, "pages", "about.en.md"),
               "---\ntitle: About\nweight: 10\n---\nThe figures on this site are synthetic, generated to measure "
               "build speed.\n")
    write_csv(os.path.join(out, "labels.csv"), ["dimension", "code", "name_zh", "name_en"],
              [("level", "", "级别", "Level"), ("level", "country", "全国", "Country"),
               ("level", "province", "省", "Province"), ("level", "prefecture", "地级行政区", "Prefecture"),
               ("kind", "", "类型", "Kind"), ("kind", "report", "报告", "Report")])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="the content folder to write (replaced if this script wrote it)")
    parser.add_argument("--regions", type=int, required=True, help="regions in total (country + provinces + prefectures)")
    parser.add_argument("--indicators", type=int, required=True)
    parser.add_argument("--years", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.indicators < 1 or args.years < 1:
        sys.exit("--indicators and --years must be at least 1")
    generate(args.out, args.regions, args.indicators, args.years, args.seed)


if __name__ == "__main__":
    main()
