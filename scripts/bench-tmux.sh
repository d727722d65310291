#!/usr/bin/env bash
# End-to-end figures in tmux (BENCHMARKS.md), one table per size: start to first full frame
# and key to frame (moving, searching, a change that saves) for taizhang, beside the floor
# (tmux running a shell that prints one line; a key echoed by cat) and, when installed, vit
# and `task list` on the same tasks; `taizhang list` against `task list` (time and peak
# memory); each as a ratio to the floor and to the peer.
#
# Usage: scripts/bench-tmux.sh [--runs N] [--presses N] [--sizes "57 10000"] [--peers "57 10000"] [--install] [--bin DIR] [--timing output|capture]
#   --peers    the sizes at which vit and `task list` are measured too (default: every size;
#              vit takes minutes to start on 100,000 tasks).
#   --timing   when a frame counts as shown: at tmux's last output of it (default), or at the
#              first screen capture equal to it (the runs before 2026-12-05 10:00; see bench-tmux.py).
#   --install  apt-get install taskwarrior and vit first when they are missing (root only).
#   --bin DIR  use the taizhang and taizhang-bench already built in DIR (e.g. the
#              --static-swift-stdlib release `scripts/install` builds) instead of building.
# Prints a markdown table. Needs tmux and python3; builds the release binaries itself.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
presses=20
sizes="57 10000"
install=0
bin=
peers=
timing=output
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --presses) presses="$2"; shift 2 ;;
        --sizes) sizes="$2"; shift 2 ;;
        --peers) peers="$2"; shift 2 ;;
        --install) install=1; shift ;;
        --bin) bin="$2"; shift 2 ;;
        --timing) timing="$2"; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
peers=${peers:-$sizes}

export LANG=C.UTF-8 LC_ALL=C.UTF-8
if [ "$install" = 1 ] && ! command -v vit >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq taskwarrior vit >/dev/null
fi

if [ -z "$bin" ]; then
    swift build -c release --static-swift-stdlib --product taizhang >/dev/null
    swift build -c release --static-swift-stdlib --product taizhang-bench >/dev/null
    bin=.build/release
fi
work=$(mktemp -d /tmp/taizhang-bench-tmux.XXXXXX)
trap 'rm -rf "$work"' EXIT

poll() { python3 scripts/bench-tmux.py --runs "$runs" --presses "$presses" --timing "$timing" "$@"; }
# A command run to its end, 10 times: wall time and peak memory (/usr/bin/time's %M).
run_to_exit() {
    python3 - "$@" <<'PY'
import statistics, subprocess, sys, time
label, command = sys.argv[1], sys.argv[2:]
times, peaks = [], []
for _ in range(10):
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    times.append((time.perf_counter() - start) * 1000)
    peaks.append(int(done.stderr.strip().splitlines()[-1]))
print(f"{label}\trun to exit\t{statistics.median(times):.2f}\t{sorted(times)[-1]:.2f}\t10")
print(f"{label}\tpeak memory MiB\t{statistics.median(peaks)/1024:.1f}\t{max(peaks)/1024:.1f}\t10")
PY
}

{
    run_to_exit "floor: printf one line" printf 'floor\n'
    run_to_exit "taizhang --help" "$bin/taizhang" --help
    poll --label "floor: tmux running sh, which prints one line (then cat echoing a key)" \
        --command "sh -c 'printf ready; exec cat'" --ready ready --keys x --quit C-c
    # A program of ours in raw mode answering each key with 8 full rows (~1 KB, about what
    # taizhang sends for j): the floor for a process that must wake up, read and write.
    printf '%s\n' 'import os, tty' 'tty.setraw(0)' 'os.write(1, b"ready")' \
        'rows = [b"\x1b[%d;1H" % (r + 1) for r in range(8)]' \
        'while True:' '    key = os.read(0, 1)' '    os.write(1, b"".join(row + key * 119 for row in rows))' >"$work/echo8.py"
    poll --label "tmux baseline (raw-mode program answering with 8 rows)" \
        --command "python3 $work/echo8.py" --ready ready --keys x,y --quit C-c
    for n in $sizes; do
        ledger="$work/ledger-$n.json"
        "$bin/taizhang-bench" generate --tasks "$n" --out "$ledger" >/dev/null
        # Saved once, so it is in the layout every ledger has after its first change (schema
        # 5, the history in its journal), as bench-startup.sh does.
        "$bin/taizhang" --ledger "$ledger" note 1 "bench" >/dev/null
        # Started as people start it: plain `taizhang`, the ledger named by the environment
        # (as vit's is below), the mouse on. Each run starts from the same file: the keys
        # below (j, k) never change it.
        start="env TAIZHANG_LEDGER=$ledger $bin/taizhang"
        # --memory: the dashboard's own peak (VmHWM) after its keys, its search index made.
        poll --label "taizhang, $n tasks" --command "$start" --ready "q quit" --memory
        # The floor for these very frames: taizhang's bytes (recorded in a pty of the same
        # size) written by `cat` for the first frame and by a program that only answers each
        # key with its recorded bytes. What taizhang adds to these rows is its own time.
        frames="$work/frames-$n"
        python3 scripts/bench-record.py --out "$frames" -- env TAIZHANG_LEDGER="$ledger" "$bin/taizhang"
        python3 scripts/bench-record.py --out "$frames-search" --before / --keys 局,BSpace -- env TAIZHANG_LEDGER="$ledger" "$bin/taizhang"
        poll --label "the same frames, only written (cat; keys replayed), $n tasks" --ready "q quit" \
            --command "sh -c 'cat $frames.init; exec python3 $PWD/scripts/bench-replay.py $frames.keys'"
        poll --label "the same frames, only written, search (type 局, Backspace), $n tasks" --ready "q quit" \
            --command "sh -c 'cat $frames-search.init; exec python3 $PWD/scripts/bench-replay.py $frames-search.keys'" \
            --before / --keys 局,BSpace --quit Escape --runs 2
        # Space toggles done and saves the whole ledger before the frame is drawn: the one key
        # whose cost follows the ledger's size (it flips back and forth, so the file ends as it began).
        poll --label "taizhang, $n tasks, Space (toggle done, saves)" --command "$start" \
            --ready "q quit" --keys Space --runs 1
        # Search: / opens it, then a unit's character typed and taken back, each a new search.
        poll --label "taizhang, $n tasks, search (type 局, Backspace)" --command "$start" \
            --ready "q quit" --before / --keys 局,BSpace --quit "Escape q" --runs 2 --memory
        run_to_exit "taizhang list, $n tasks" env "$bin/taizhang" list --ledger "$ledger"
        if [[ " $peers " != *" $n "* ]]; then
            echo "vit, $n tasks	skipped at this size (--peers)	-	-	0"
        elif command -v task >/dev/null 2>&1 && command -v vit >/dev/null 2>&1; then
            tw="$work/tw-$n"
            mkdir -p "$tw/vit" && touch "$tw/vit/config.ini"
            printf 'data.location=%s/data\nconfirmation=off\nnews.version=2.6.2\n' "$tw" >"$tw/taskrc"
            python3 scripts/bench-taskwarrior.py "$ledger" >"$tw/import.json"
            TASKRC="$tw/taskrc" task rc.verbose=nothing import "$tw/import.json" >/dev/null
            poll --label "vit, $n tasks" --command "env TASKRC=$tw/taskrc VIT_DIR=$tw/vit vit" --ready "tasks shown"
            run_to_exit "task list, $n tasks" env TASKRC="$tw/taskrc" task list
        else
            echo "vit, $n tasks	skipped: vit or task not installed (run with --install)	-	-	0"
        fi
    done
} | python3 scripts/bench-tables.py
