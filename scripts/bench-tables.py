#!/usr/bin/env python3
"""Turns scripts/bench-tmux.sh's tab-separated rows (label, figure, median, p95, samples) into
BENCHMARKS.md's tables: the floor first, then one table per size, each figure of taizhang's
beside the floor and the peer doing the same thing (vit's frames, `task list`), as ratios, and
less the same frames written by a program that does nothing else (bench-record.py): what is
left is taizhang's own time."""
import re
import sys

rows = []
for line in sys.stdin:
    parts = line.rstrip("\n").split("\t")
    if len(parts) == 5:
        rows.append(parts)

def find(label_start, figure):
    for label, fig, median, _, _ in rows:
        if label.startswith(label_start) and fig == figure:
            try:
                return float(median)
            except ValueError:
                return None
    return None

floor_frame = find("floor: tmux", "start to first frame")
floor_key = find("floor: tmux", "key to frame")
floor_run = find("floor: printf", "run to exit")

def ratio(value, base):
    if value is None or not base:
        return "-"
    return f"{value / base:.2f}×"

def unit(figure):
    return "MiB" if figure.startswith("peak memory") else "ms"

print("### The floor (nothing but tmux, a shell and one line)\n")
print("| program | figure | median | p95 | samples |")
print("|---|---|---:|---:|---:|")
sizes = []
for label, fig, median, p95, count in rows:
    match = re.search(r", (\d+) tasks", label)
    if match:
        if match.group(1) not in sizes:
            sizes.append(match.group(1))
        continue
    print(f"| {label} | {fig} | {median} {unit(fig)} | {p95} {unit(fig)} | {count} |")

for n in sizes:
    print(f"\n### {int(n):,} tasks\n")
    print("| program | figure | median | p95 | × floor | × peer (vit, `task list`) | − same frames | samples |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for label, fig, median, p95, count in rows:
        if not re.search(rf", {n} tasks", label):
            continue
        try:
            value = float(median)
        except ValueError:
            print(f"| {label} | {fig} | - | - | - | - | - | {count} |")
            continue
        peer = None
        same = None
        if label.startswith("taizhang, "):
            kind = "the same frames, only written, search" if "search" in label else "the same frames, only written (cat"
            if "saves" not in label:
                same = next((float(m) for l, f, m, _, _ in rows if l.startswith(kind) and l.endswith(f", {n} tasks") and f == fig), None)
        if label.startswith("taizhang list"):
            base = None if fig.startswith("peak") else floor_run
            peer = find(f"task list, {n} tasks", fig)
        elif label.startswith("task list"):
            base = None if fig.startswith("peak") else floor_run
        elif fig.startswith("peak"):
            base = None
        else:
            base = floor_frame if fig == "start to first frame" else floor_key
            if label.startswith("taizhang") and "saves" not in label:
                peer = find(f"vit, {n} tasks", fig)
        own = "-" if same is None else f"{value - same:+.2f} ms"
        print(f"| {label} | {fig} | {median} {unit(fig)} | {p95} {unit(fig)} | {ratio(value, base)} | {ratio(value, peer)} | {own} | {count} |")
