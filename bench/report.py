#!/usr/bin/env python3
"""Turns bench/work/results.txt (key=value lines from run.sh) into the Markdown report; --readme splices it into README.md."""
import os, re, statistics, subprocess, sys

if sys.argv[1] == "--readme":
    readme, report = sys.argv[2], open(sys.argv[3]).read()
    text = open(readme).read() if os.path.exists(readme) else "<!-- REPORT -->\n<!-- /REPORT -->\n"
    text = re.sub(r"<!-- REPORT -->.*<!-- /REPORT -->", lambda _: "<!-- REPORT -->\n" + report + "\n<!-- /REPORT -->", text, flags=re.S)
    open(readme, "w").write(text)
    sys.exit(0)

results, runs = sys.argv[1], int(sys.argv[2])
kv, logs = {}, {}
for line in open(results):
    if "=" in line:
        k, v = line.rstrip("\n").split("=", 1)
        if k.endswith(".log"):
            logs.setdefault(k, []).append(v)
        else:
            kv[k] = v

def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception:
        return "?"

def med(xs): return statistics.median(xs) if xs else float("nan")
def rng(xs): return f"{min(xs):.2f}–{max(xs):.2f}" if xs else "–"
def series(prefix, suffix="_s"):
    return [float(kv[f"{prefix}.{r}{suffix}"]) for r in range(1, runs + 1) if f"{prefix}.{r}{suffix}" in kv]

def stages(w, kind):
    per = {}
    for r in range(1, runs + 1):
        for line in [l for l in logs.get(f"{w}.{kind}.{r}.log", []) if l.startswith("stages:")]:
            for name, ms in re.findall(r"([a-z ]+) (\d+) ms", line[len("stages: "):]):
                per.setdefault(name.strip(), []).append(int(ms) / 1000)
    return per

def built(w):
    for k, v in [(k, v) for k, vs in logs.items() for v in vs]:
        if k.startswith(f"{w}.build.") and v.startswith("built"):
            m = re.search(r"built (\d+) pages, (\d+) charts, (\d+) files", v)
            return tuple(int(x) for x in m.groups())
    return (0, 0, 0)

out = []
p = out.append
load = sh("cat /proc/loadavg")
p(f"## Latest report ({sh('date -u +%Y-%m-%dT%H:%MZ')})\n")
cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2")
mem = int(sh("grep MemTotal /proc/meminfo | tr -s ' ' | cut -d' ' -f2") or 0) // 1048576
hugo = (sh("hugo version").split(" ") + ["?", "?"])[1]
p(f"Machine: {sh('nproc')} cores ({cpu}), {mem} GiB; .NET SDK {sh('dotnet --version')}; "
  f"SQLite shell {sh('sqlite3 --version').split(' ')[0]}; Hugo {hugo}. "
  f"{runs} runs per measurement: median, range in brackets. Load average at the end: {' '.join(load.split(' ')[0:3])} "
  "(the machine was shared with other engineers' builds and tests: timings are noisy).\n")

rows = []
workloads = [w for w in ("W0", "W1", "W2") if f"{w}.complaints" in kv]
p("| | " + " | ".join(workloads) + " |")
p("|---|" + "---|" * len(workloads))
def row(label, f):
    cells = []
    for w in workloads:
        try:
            cells.append(f(w))
        except Exception:
            cells.append("–")
    p(f"| {label} | " + " | ".join(cells) + " |")

C = {w: int(kv[f"{w}.complaints"]) for w in workloads}
row("complaints / brands", lambda w: f"{C[w]:,} / {int(kv[w + '.brands']):,}")
row("import: collector (s)", lambda w: f"{med(series(w + '.import')):.2f} ({rng(series(w + '.import'))})")
row("import: collector (complaints/s)", lambda w: f"{C[w] / med(series(w + '.import')):,.0f}")
row("import: sqlite3 `.import` (s)", lambda w: f"{med(series(w + '.floor')):.2f} ({rng(series(w + '.floor'))})")
row("import: sqlite3 `.import` (rows/s)", lambda w: f"{C[w] / med(series(w + '.floor')):,.0f}")
row("**import ratio collector / sqlite3** (target ≥ 1.0)", lambda w: f"**{med(series(w + '.floor')) / med(series(w + '.import')):.2f}**")
row("full build, wall incl. process start (s)", lambda w: f"{med(series(w + '.build')):.2f} ({rng(series(w + '.build'))})")
for stage in ["read", "compute", "chart models", "render pages", "render charts", "render downloads", "render site files", "write"]:
    row(f"&nbsp;&nbsp;stage {stage} (s)", lambda w, s=stage: f"{med(stages(w, 'build')[s]):.2f}")
row("pages / charts / files", lambda w: " / ".join(f"{x:,}" for x in built(w)))
row("render pages (pages/s)", lambda w: f"{built(w)[0] / med(stages(w, 'build')['render pages']):,.0f}")
row("Hugo, same number of pages (pages/s)", lambda w: f"{int(kv[w + '.hugo_pages']) / med(series(w + '.hugo')):,.0f} ({med(series(w + '.hugo')):.2f} s)")
row("**pages/s ratio BrandPulse / Hugo** (target ≥ 2)", lambda w: f"**{(built(w)[0] / med(stages(w, 'build')['render pages'])) / (int(kv[w + '.hugo_pages']) / med(series(w + '.hugo'))):.2f}**")
def charts(w, key): return [float(x) for x in kv[f"{w}.charts.{key}"].split()]
row("charts: ours (charts/s, both cores)", lambda w: f"{med(charts(w, 'ours_per_s')):,.1f}")
row("charts: ScottPlot alone (charts/s, both cores)", lambda w: f"{med(charts(w, 'scottplot_per_s')):,.1f}")
row("**charts ratio** (target ≥ 0.9)", lambda w: f"**{med(charts(w, 'ours_per_s')) / med(charts(w, 'scottplot_per_s')):.2f}**")
row("incremental rebuild after 25 new complaints of one brand (s)", lambda w: f"{med(series(w + '.incremental')):.2f} ({rng(series(w + '.incremental'))})")
row("&nbsp;&nbsp;of which render charts (s)", lambda w: f"{med(stages(w, 'incremental')['render charts']):.2f}")
row("incremental output identical to a full build", lambda w: kv.get(w + ".identical", "?"))
row("peak RSS: build (MB)", lambda w: f"{max(series(w + '.build', '_rss')) / 1024:,.0f}")
for command in ["twcs", "ibm-cdp", "call-log", "manual"]:
    row(f"peak RSS: import {command} (MB, largest of the runs)", lambda w, c=command: f"{max(series(w + '.import_' + c, '_rss')) / 1024:,.0f}")
for command in ["twcs", "call-log", "manual"]:
    row(f"wall: import {command} (s)", lambda w, c=command: f"{med(series(w + '.import_' + c)):.2f} ({rng(series(w + '.import_' + c))})")
if any(k.startswith(w + ".pg_import.") for w in workloads for k in kv):
    # PostgreSQL (run.sh's PG=1): the same imports into a throwaway local server (fsync off), psql's \copy of the same rows.
    row("PostgreSQL import: collector (s)", lambda w: f"{med(series(w + '.pg_import')):.2f} ({rng(series(w + '.pg_import'))})")
    row("PostgreSQL import: psql `\\copy` (s)", lambda w: f"{med(series(w + '.pg_floor')):.2f} ({rng(series(w + '.pg_floor'))})")
    row("**PostgreSQL import ratio collector / `\\copy`**", lambda w: f"**{med(series(w + '.pg_floor')) / med(series(w + '.pg_import')):.2f}**")
    for command in ["twcs", "call-log", "manual"]:
        row(f"PostgreSQL wall: import {command} (s)", lambda w, c=command: f"{med(series(w + '.pg_import_' + c)):.2f} ({rng(series(w + '.pg_import_' + c))})")
        row(f"PostgreSQL peak RSS of the collector: import {command} (MB)", lambda w, c=command: f"{max(series(w + '.pg_import_' + c, '_rss')) / 1024:,.0f}")
    row("PostgreSQL: full build, wall (s)", lambda w: f"{med(series(w + '.pg_build')):.2f} ({rng(series(w + '.pg_build'))})")
    row("PostgreSQL: peak RSS: build (MB)", lambda w: f"{max(series(w + '.pg_build', '_rss')) / 1024:,.0f}")
row("site size (MB)", lambda w: f"{int(kv[w + '.site_bytes']) / 1e6:,.1f}")
p("")
demo = series("demo")
if demo: p(f"`./brandpulse demo`, compiled (target < 5 s): median {med(demo):.2f} s (range {rng(demo)}).\n")
if len(workloads) > 1:
    p("Growth from the first to the last workload: " + "; ".join(
        f"{a}→{b}: complaints ×{C[b] / C[a]:,.1f}, full build ×{med(series(b + '.build')) / med(series(a + '.build')):,.1f}, "
        f"build RSS ×{max(series(b + '.build', '_rss')) / max(series(a + '.build', '_rss')):,.1f}"
        for a, b in zip(workloads, workloads[1:])) + ".\n")
print("\n".join(out))
