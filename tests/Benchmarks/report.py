#!/usr/bin/env python3
"""Summarises a run of tests/Benchmarks/run.sh and checks the targets of issue 7.

usage: report.py OUT_FOLDER [--publish DOCS_FOLDER]

Reads OUT_FOLDER/runs.tsv (one line per wrk run), single.tsv (single requests) and info.tsv (facts per
configuration); writes OUT_FOLDER/summary.txt, results.tsv and results.md and prints the summary with a
PASS / FAIL / n/a line per target. With --publish, copies results.tsv to DOCS_FOLDER/benchmarks/results.tsv and
replaces the generated section of DOCS_FOLDER/benchmarks.md. Exit status 1 when a target failed.
"""
import csv
import os
import statistics
import sys
from collections import defaultdict

READS = ["get-cached", "get-uncached", "get-304", "list-first", "list-sort", "list-cursor", "list-filter-common",
         "list-filter-rare"]
LISTS = [s for s in READS if s.startswith("list-")]
ITEM_SHAPED = {"get-cached", "get-uncached", "get-304", "post", "put", "mix"}
LARGE = 1_000_000
BEGIN, END = "<!-- benchmark-results:begin (written by tests/Benchmarks/report.py) -->", "<!-- benchmark-results:end -->"
COLUMNS = ["rps", "p50_ms", "p90_ms", "p95_ms", "p99_ms", "max_ms", "service_cores", "wrk_cores", "db_cores", "other_cores"]
ENGINE_NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL", "postgres-x2": "PostgreSQL, 2 instances + Redis", "ceiling": "ceiling"}


def read_tsv(path):
    with open(path, encoding="utf-8") as file:
        return list(csv.DictReader(file, delimiter="\t"))


def medians(runs):
    """Per (engine, rows, scenario): the median of each column over the runs, errors summed, RSS the largest."""
    grouped = defaultdict(list)
    for run in runs:
        grouped[(run["engine"], run["rows"], run["scenario"])].append(run)
    result = {}
    for key, group in grouped.items():
        row = {column: statistics.median(float(r[column]) for r in group) for column in COLUMNS}
        row["errors"] = sum(int(r["errors"]) for r in group)
        row["rss_max_mb"] = max(float(r["rss_max_mb"]) for r in group)
        row["runs"] = len(group)
        if row["rps"] == 0:
            # Not one request completed within the run (wrk then reports no latencies at all): as slow as it gets.
            for column in ("p50_ms", "p90_ms", "p95_ms", "p99_ms", "max_ms"):
                row[column] = float("inf")
            row["errors"] = max(row["errors"], 1)
        row["table_rows"] = group[0]["table_rows"]
        result[key] = row
    return result


def ceiling_of(scenario, summary):
    shape = "ceiling-item" if scenario in ITEM_SHAPED else "ceiling-list"
    row = summary.get(("ceiling", "-", shape))
    return row["rps"] if row else None


def thousands(rows):
    return f"{int(rows):,}".replace(",", " ")


def fmt(value, digits=1):
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}".replace(",", " ")


class Targets:
    def __init__(self):
        self.rows = []

    def check(self, target, where, value, limit, at_least, unit="", missing="n/a"):
        """One target: value (None when not measured) against limit; at_least says which side passes."""
        if value is None:
            self.rows.append((target, where, missing, "n/a", ""))
            return
        ok = value >= limit if at_least else value <= limit
        margin = "" if ok or limit == 0 else f"{value / limit:.2f} × the limit"
        digits = 2 if unit in ("ms", "x") else (0 if unit == "" else 1)
        self.rows.append((target, where, f"{fmt(value, digits)} {unit}".strip(), "PASS" if ok else "FAIL", margin))

    @property
    def failed(self):
        return any(row[3] == "FAIL" for row in self.rows)


def check_targets(summary, singles, info, configurations):
    t = Targets()
    for engine, rows in configurations:
        where = f"{ENGINE_NAMES.get(engine, engine)} {thousands(rows)}"
        na = {key[3:] for (e, r, key) in info if e == engine and r == rows and key.startswith("na:")}

        def get(scenario):
            return summary.get((engine, rows, scenario))

        def value(scenario, column):
            row = get(scenario)
            return row[column] if row else None

        def missing(scenario):
            return f"n/a: {info[(engine, rows, 'na:' + scenario)]}" if scenario in na else "not run"

        for scenario, share in (("get-cached", 0.4), ("list-first", 0.25)):
            rps, ceiling = value(scenario, "rps"), ceiling_of(scenario, summary)
            t.check(f"{scenario} >= {share} x ceiling req/s", where, rps / ceiling if rps is not None and ceiling else None,
                    share, True, "x", missing(scenario) if rps is None else "no ceiling measured")
        for scenario in READS:
            t.check(f"{scenario} p95 <= 10 ms", where, value(scenario, "p95_ms"), 10, False, "ms", missing(scenario))
        if engine == "sqlite":
            t.check("POST >= 3000 req/s (SQLite)", where, value("post", "rps"), 3000, True, "req/s", missing("post"))
            t.check("POST p95 <= 50 ms (SQLite)", where, value("post", "p95_ms"), 50, False, "ms", missing("post"))
        elif engine == "postgres":
            t.check("POST >= 5000 req/s (PostgreSQL)", where, value("post", "rps"), 5000, True, "req/s", missing("post"))
        if int(rows) >= LARGE:
            for scenario in LISTS:
                t.check(f"1M rows: {scenario} p95 <= 50 ms", where, value(scenario, "p95_ms"), 50, False, "ms", missing(scenario))
            t.check("1M rows: list-first >= 2000 req/s", where, value("list-first", "rps"), 2000, True, "req/s",
                    missing("list-first"))
            for shape, median in sorted(singles.get((engine, rows), {}).items()):
                t.check(f"1M rows: single request {shape} <= 20 ms", where, median, 20, False, "ms")
        rss = info.get((engine, rows, "rss_max_mb"))
        t.check("service RSS <= 300 MB throughout", where, None if rss is None else float(rss), 300, False, "MB")
        errors = sum(row["errors"] for (e, r, _), row in summary.items() if e == engine and r == rows)
        t.check("zero errors in every scenario", where, float(errors), 0, False, "")
    return t


def single_medians(singles):
    grouped = defaultdict(list)
    statuses = defaultdict(set)
    for row in singles:
        grouped[(row["engine"], row["rows"], row["shape"])].append(float(row["ms"]))
        statuses[(row["engine"], row["rows"], row["shape"])].add(row["status"])
    result = defaultdict(dict)
    for (engine, rows, shape), values in grouped.items():
        result[(engine, rows)][shape] = statistics.median(values)
    return result, grouped, statuses


def main():
    out = sys.argv[1]
    docs = sys.argv[sys.argv.index("--publish") + 1] if "--publish" in sys.argv else None
    runs = read_tsv(os.path.join(out, "runs.tsv"))
    singles_raw = read_tsv(os.path.join(out, "single.tsv"))
    info = {(r["engine"], r["rows"], r["key"]): r["value"] for r in read_tsv(os.path.join(out, "info.tsv"))}
    summary = medians(runs)
    singles, single_values, single_statuses = single_medians(singles_raw)
    configurations = sorted({(e, r) for (e, r, _) in summary if e != "ceiling"} | set(singles.keys()),
                            key=lambda c: (c[0] != "sqlite", int(c[1])))
    targets = check_targets(summary, singles, info, configurations)

    cores = info.get(("all", "-", "cores"), "?")
    started = info.get(("all", "-", "started"), "?")
    settings = info.get(("all", "-", "settings"), "")
    run_seconds = int(info.get(("all", "-", "run_seconds"), "0"))

    # results.tsv: every figure, one line each, machine-readable.
    tsv = [["date", "cores", "engine", "rows", "scenario", "runs", "rps", "ratio_to_ceiling", "p50_ms", "p90_ms", "p95_ms",
            "p99_ms", "max_ms", "errors", "rss_max_mb", "service_cores", "wrk_cores", "db_cores", "other_cores"]]
    for (engine, rows, scenario), row in sorted(summary.items(), key=lambda kv: (kv[0][0] != "ceiling", kv[0][0] != "sqlite", kv[0][1], kv[0][2])):
        ceiling = ceiling_of(scenario, summary) if engine != "ceiling" else None
        tsv.append([started, cores, engine, rows, scenario, row["runs"], f"{row['rps']:.1f}",
                    f"{row['rps'] / ceiling:.3f}" if ceiling else "", *(f"{row[c]:.2f}" for c in COLUMNS[1:6]),
                    row["errors"], f"{row['rss_max_mb']:.1f}", *(f"{row[c]:.2f}" for c in COLUMNS[6:])])
    for (engine, rows), shapes in singles.items():
        for shape, median in sorted(shapes.items()):
            tsv.append([started, cores, engine, rows, f"single:{shape}", len(single_values[(engine, rows, shape)]), "", "",
                        f"{median:.2f}", "", "", "", "", "", "", "", "", "", ""])
    tsv_text = "\n".join("\t".join(str(v) for v in line) for line in tsv) + "\n"

    md = render_markdown(summary, singles, single_statuses, info, configurations, targets, cores, started, settings, run_seconds)
    text = render_text(summary, singles, configurations, targets, cores, started, settings, run_seconds)
    for name, content in (("results.tsv", tsv_text), ("results.md", md), ("summary.txt", text)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as file:
            file.write(content)
    print(text)
    if docs:
        publish(docs, tsv_text, md)
        print(f"published: {docs}/benchmarks/results.tsv and the results section of {docs}/benchmarks.md")
    return 1 if targets.failed else 0


def render_text(summary, singles, configurations, targets, cores, started, settings, run_seconds):
    lines = [f"Benchmark {started}, {cores} cores; {settings}; run time {run_seconds // 60} min {run_seconds % 60} s", ""]
    lines.append(f"{'engine':<10} {'rows':>8} {'scenario':<19} {'req/s':>9} {'x ceil':>6} {'p50':>7} {'p95':>7} {'p99':>7} "
                 f"{'errors':>6} {'RSS MB':>7}")
    for (engine, rows, scenario), row in sorted(summary.items(), key=lambda kv: (kv[0][0] != "ceiling", kv[0][0] != "sqlite", int(kv[0][1]) if kv[0][1] != "-" else 0)):
        ceiling = ceiling_of(scenario, summary) if engine != "ceiling" else None
        lines.append(f"{engine:<10} {rows:>8} {scenario:<19} {row['rps']:>9.0f} {fmt(row['rps'] / ceiling, 2) if ceiling else '':>6} "
                     f"{row['p50_ms']:>7.2f} {row['p95_ms']:>7.2f} {row['p99_ms']:>7.2f} {row['errors']:>6} {row['rss_max_mb']:>7.1f}")
    lines.append("")
    lines.append("Single requests, median ms:")
    for engine, rows in configurations:
        shapes = singles.get((engine, rows), {})
        lines.append(f"  {engine} {rows}: " + ", ".join(f"{shape} {median:.2f}" for shape, median in sorted(shapes.items())))
    lines.append("")
    lines.append("Targets:")
    for target, where, measured, verdict, margin in targets.rows:
        lines.append(f"  {verdict:<4}  {where:<20} {target}: {measured}" + (f" ({margin})" if margin else ""))
    lines.append("")
    lines.append("FAIL: at least one target was missed" if targets.failed else "PASS: every measured target was met")
    return "\n".join(lines) + "\n"


def render_markdown(summary, singles, statuses, info, configurations, targets, cores, started, settings, run_seconds):
    out = [BEGIN, "", f"## Results ({started[:10]}, {cores} cores)", ""]
    out.append(f"`tests/Benchmarks/run.sh`, started {started}, run time {run_seconds // 60} min {run_seconds % 60} s; {settings}. "
               "Medians of the runs; `× ceiling`: the scenario's req/s divided by the ceiling's (item-shaped answers by "
               "the ceiling's item, lists by its list page); RSS: the service's largest resident memory in the runs. "
               "Every figure is also in [`benchmarks/results.tsv`](benchmarks/results.tsv).")
    out.append("")
    ceiling_rows = [(k, v) for k, v in summary.items() if k[0] == "ceiling"]
    if ceiling_rows:
        out += ["| ceiling | req/s | p50 ms | p95 ms | p99 ms | errors | RSS MB |", "|---|---:|---:|---:|---:|---:|---:|"]
        for (_, _, scenario), row in sorted(ceiling_rows):
            out.append(f"| {scenario} | {fmt(row['rps'], 0)} | {row['p50_ms']:.2f} | {row['p95_ms']:.2f} | {row['p99_ms']:.2f} | "
                       f"{row['errors']} | {row['rss_max_mb']:.0f} |")
        out.append("")
    for engine, rows in configurations:
        name = f"{ENGINE_NAMES.get(engine, engine)}, {thousands(rows)} rows"
        out.append(f"### {name}")
        out.append("")
        seed = info.get((engine, rows, "seed_summary"), "")
        walk = info.get((engine, rows, "cursor_walk"), "")
        out.append(f"Seeding: `{seed}` ({info.get((engine, rows, 'seed_seconds'), '?')} s for the process, "
                   f"{info.get((engine, rows, 'seed_cpu_seconds'), '?')} s of its CPU). "
                   f"Cursor walk before the runs: `{walk}`. Service RSS max: {info.get((engine, rows, 'rss_max_mb'), 'n/a')} MB.")
        out.append("")
        out += ["| scenario | req/s | × ceiling | p50 ms | p95 ms | p99 ms | errors | RSS MB | svc | wrk | pg | other |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for scenario in READS + ["post", "put", "mix"]:
            row = summary.get((engine, rows, scenario))
            if not row:
                reason = info.get((engine, rows, f"na:{scenario}"))
                if reason:
                    out.append(f"| {scenario} | n/a: {reason} | | | | | | | | | | |")
                continue
            ceiling = ceiling_of(scenario, summary)
            out.append(f"| {scenario} | {fmt(row['rps'], 0)} | {fmt(row['rps'] / ceiling, 2) if ceiling else 'n/a'} | "
                       f"{row['p50_ms']:.2f} | {row['p95_ms']:.2f} | {row['p99_ms']:.2f} | {row['errors']} | {row['rss_max_mb']:.0f} | "
                       f"{row['service_cores']:.2f} | {row['wrk_cores']:.2f} | {row['db_cores']:.2f} | {row['other_cores']:.2f} |")
        shapes = singles.get((engine, rows), {})
        if shapes:
            out.append("")
            out.append("Single requests (no load, each a URL not asked before; median ms): " + ", ".join(
                f"{shape} {median:.2f}" + ("" if statuses[(engine, rows, shape)] == {"200"} else
                                             f" (status {'/'.join(sorted(statuses[(engine, rows, shape)]))})")
                for shape, median in sorted(shapes.items())) + ".")
        out.append("")
    out += ["### Targets", "", "| verdict | where | target | measured | missed by |", "|---|---|---|---:|---|"]
    for target, where, measured, verdict, margin in targets.rows:
        out.append(f"| **{verdict}** | {where} | {target} | {measured} | {margin} |")
    out += ["", END]
    return "\n".join(out) + "\n"


def publish(docs, tsv_text, md):
    os.makedirs(os.path.join(docs, "benchmarks"), exist_ok=True)
    with open(os.path.join(docs, "benchmarks", "results.tsv"), "w", encoding="utf-8") as file:
        file.write(tsv_text)
    path = os.path.join(docs, "benchmarks.md")
    with open(path, encoding="utf-8") as file:
        text = file.read()
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + md.rstrip("\n") + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + md
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)


if __name__ == "__main__":
    sys.exit(main())
