#!/usr/bin/env bash
# Start-up and one-shot commands against the floor (BENCHMARKS.md): hyperfine runs, without a
# shell, a program that prints one line (the floor), `taizhang --help`, `taizhang list` and,
# when taskwarrior is installed, `task list` on the same tasks, at each size.
#
# Usage: scripts/bench-startup.sh --bin DIR [--sizes "57 10000 100000"] [--peers "57 10000"] [--runs N]
#   --peers: the sizes at which `task list` is measured too (default: every size).
#   DIR holds taizhang and taizhang-bench (a release build; scripts/install builds one).
# Prints one markdown table per size. Needs hyperfine and python3. Where `perf` can count
# (perf_event_paranoid allows it), each command's CPU time and page faults follow, from
# `perf stat -r RUNS`: on a shared machine the wall times include waiting for a core, the CPU
# time does not, so that is the figure to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="57 10000 100000"
runs=30
bin=
peers=
while [ $# -gt 0 ]; do
    case "$1" in
        --bin) bin="$2"; shift 2 ;;
        --sizes) sizes="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --peers) peers="$2"; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
[ -n "$bin" ] || { echo "--bin DIR is required" >&2; exit 2; }
peers=${peers:-$sizes}
export LANG=C.UTF-8 LC_ALL=C.UTF-8
work=$(mktemp -d /tmp/taizhang-bench-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT

# hyperfine's JSON → "| label | median | min | user | sys |" (ms).
table() {
    python3 -c '
import json, statistics, sys
for run in json.load(open(sys.argv[1]))["results"]:
    ms = lambda s: f"{s * 1000:.1f}"
    times = run["times"]
    print("| %s | %s | %s | %s | %s |" % (run["command"], ms(statistics.median(times)), ms(min(times)), ms(run["user"]), ms(run["system"])))
' "$1"
}
peak() {  # peak resident memory (MiB) of one run
    /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1 / 1024}'
}

for n in $sizes; do
    ledger="$work/ledger-$n.json"
    "$bin/taizhang-bench" generate --tasks "$n" --out "$ledger" >/dev/null
    # Saved once, so it is in today's layout (schema 4, history in its journal).
    "$bin/taizhang" --ledger "$ledger" note 1 "bench" >/dev/null
    cmds=("printf floor\n" "$bin/taizhang --help" "$bin/taizhang --ledger $ledger list")
    if [[ " $peers " == *" $n "* ]] && command -v task >/dev/null 2>&1; then
        tw="$work/tw-$n"
        mkdir -p "$tw"
        printf 'data.location=%s/data\nconfirmation=off\nnews.version=2.6.2\nverbose=nothing\n' "$tw" >"$tw/taskrc"
        python3 scripts/bench-taskwarrior.py "$ledger" >"$tw/import.json"
        TASKRC="$tw/taskrc" task import "$tw/import.json" >/dev/null 2>&1
        cp "$tw/taskrc" "$work/taskrc-$n"
        cmds+=("env TASKRC=$tw/taskrc task list")
    fi
    hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/$n.json" "${cmds[@]}" >/dev/null 2>&1
    echo "### $n tasks"
    echo
    echo "| command | median ms | min ms | user ms | sys ms |"
    echo "|---|---:|---:|---:|---:|"
    table "$work/$n.json" | sed "s#$bin/##g; s#$work/##g"
    echo
    if command -v perf >/dev/null 2>&1 && perf stat -x, -e task-clock true >/dev/null 2>&1; then
        echo "| command | CPU ms (task-clock) | page faults |"
        echo "|---|---:|---:|"
        for cmd in "${cmds[@]}"; do
            # The floor's argument is one word with a newline in it, as hyperfine was given it.
            if [ "$cmd" = "printf floor\n" ]; then set -- printf 'floor\n'; else read -r -a words <<<"$cmd"; set -- "${words[@]}"; fi
            # The label goes in through the environment: `awk -v` would turn its \n into a newline.
            perf stat -r "$runs" -x, -e task-clock,page-faults "$@" 2>&1 >/dev/null |
                label="$cmd" awk -F, '/task-clock/ {t = $1} /page-faults/ {p = $1} END {printf "| %s | %.2f | %d |\n", ENVIRON["label"], t, p}'
        done | sed "s#$bin/##g; s#$work/##g"
        echo
    fi
    echo "peak memory: taizhang list $(peak "$bin/taizhang" --ledger "$ledger" list) MiB, --help $(peak "$bin/taizhang" --help) MiB$([ -f "$work/taskrc-$n" ] && echo ", task list $(TASKRC=$work/taskrc-$n peak task list) MiB")"
    echo
done
