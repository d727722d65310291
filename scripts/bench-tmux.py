#!/usr/bin/env python3
"""Times terminal programs in tmux: start to first full frame, and key to frame.

One tmux server of its own (a private socket), a 120x40 window, and one control-mode client
(`tmux -C`) that is asked for `capture-pane` in a tight loop, so polling costs a pipe round
trip (tens of microseconds) instead of starting a tmux process each time.

Captures are asked for every half millisecond (POLL_GAP), not in a spin that would take the
CPU from the program being measured.

- start to first frame (captured with attributes, -e, so a moved highlight counts): from asking tmux for a window running the command to the first
  capture equal to the screen once it has settled (unchanged for --settle ms);
- key to frame: from `send-keys` to the first capture equal to the settled answer;
- tmux's own round trip for comparison: the same two figures for `cat FILE` (start) and for
  a key echoed by `cat` in cooked mode (key), so the difference is the program's own time.

A start counts only once the screen shows --ready (text of the frame's last part to be drawn),
so a blank screen a program clears before its slow start is not taken for its frame.

Usage: bench-tmux.py --label NAME --command 'CMD' --ready TEXT [--keys j,k] [--presses 20] [--runs 5]
Prints one tab-separated line per figure: label, figure, median ms, p95 ms, samples.
"""
import argparse
import os
import statistics
import subprocess
import time

SOCKET = f"tzbench-{os.getpid()}"
# Seconds between two captures (see `settle`): it adds at most this much to a figure.
POLL_GAP = 0.0005


class Control:
    """A tmux control-mode client: send a command, read its %begin…%end block."""

    def __init__(self):
        subprocess.run(["tmux", "-L", SOCKET, "-f", "/dev/null", "new-session", "-d", "-s", "bench", "-x", "120", "-y", "40"], check=True)
        self.proc = subprocess.Popen(["tmux", "-L", SOCKET, "-C", "attach", "-t", "bench"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        self.fd = self.proc.stdout.fileno()
        self.buffer = b""
        self.read_block()  # attaching answers with a block of its own first
        # A control client has no size of its own until it is given one; tmux 3.3 crashes
        # on new-window when window-size is manual with a control client, so size it this way.
        self.command("refresh-client -C 120x40")

    def command(self, text):
        self.proc.stdin.write((text + "\n").encode())
        return self.read_block()

    def read_block(self):
        lines, inside = [], False
        while True:
            line = self.readline()
            if not line:
                raise RuntimeError("tmux control client ended")
            if line.startswith(b"%begin"):
                inside, lines = True, []
            elif line.startswith(b"%end") or line.startswith(b"%error"):
                if inside:
                    return b"".join(lines)
            elif inside:
                lines.append(line)

    def readline(self):
        """One line, read in large chunks: a byte-at-a-time readline on the pipe made a
        capture of a full colour screen cost 4 ms, which swamped what is measured."""
        while b"\n" not in self.buffer:
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                return b""
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line + b"\n"

    def close(self):
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], stderr=subprocess.DEVNULL)


def percentile95(values):
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, -(-len(ordered) * 95 // 100) - 1))]


def settle(control, pane, start, before, settle_s, timeout_s=5, ready=None):
    """Polls until the pane differs from `before` and then stays the same for settle_s.
    Returns the time (from start) of the first capture equal to the settled screen."""
    history = []
    while True:
        screen = control.command(f"capture-pane -p -e -t {pane}")
        # Stamped when the answer is back, not when asked: tmux may read the program's
        # output before it answers, so a stamp taken before asking can predate the frame.
        now = time.perf_counter()
        # A pause between captures: asking without one kept this client and the tmux server
        # busy on both cores of a 2-core machine, and a program starting up (taizhang's first
        # frame at 57 tasks: 48 ms spinning, 31 ms with the pause) got the CPU that was left.
        time.sleep(POLL_GAP)
        if not history or history[-1][1] != screen:
            history.append((now, screen))
        changed = history[-1][1] != before and (ready is None or ready in history[-1][1])
        if changed and now - history[-1][0] >= settle_s:
            final = history[-1][1]
            first = next(t for t, s in history if s == final)
            return (first - start) * 1000, final
        if now - start > timeout_s:
            return float("nan"), history[-1][1]


def first_frame(control, command, settle_s, ready):
    start = time.perf_counter()
    pane = control.command(f"new-window -d -P -F '#{{pane_id}}' {command!r}").decode().strip()
    size = control.command(f"display -p -t {pane} '#{{pane_width}}x#{{pane_height}}'").decode().strip()
    if size != "120x40":
        raise RuntimeError(f"the pane is {size}, not 120x40")
    ms, screen = settle(control, pane, start, b"", settle_s, timeout_s=30, ready=ready)
    return pane, ms, screen


def key_to_frame(control, pane, keys, presses, settle_s):
    results = []
    screen = control.command(f"capture-pane -p -e -t {pane}")
    for index in range(presses):
        key = keys[index % len(keys)]
        start = time.perf_counter()
        control.command(f"send-keys -t {pane} {key}")
        ms, screen = settle(control, pane, start, screen, settle_s)
        results.append(ms)
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--label", required=True)
    parser.add_argument("--command", required=True)
    parser.add_argument("--keys", default="j,k")
    parser.add_argument("--presses", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--settle", type=float, default=400, help="ms unchanged that ends a frame")
    parser.add_argument("--before", default="", help="keys sent once after the first frame, not timed (e.g. / to open search)")
    parser.add_argument("--quit", default="q")
    parser.add_argument("--ready", required=True, help="text that the full first frame shows (e.g. its last line)")
    args = parser.parse_args()
    settle_s = args.settle / 1000
    control = Control()
    try:
        starts, keys = [], []
        for _ in range(args.runs):
            pane, ms, _ = first_frame(control, args.command, settle_s, args.ready.encode())
            starts.append(ms)
            for key in filter(None, args.before.split(",")):
                control.command(f"send-keys -t {pane} {key}")
                time.sleep(settle_s)
            keys += key_to_frame(control, pane, args.keys.split(","), args.presses, settle_s)
            control.command(f"send-keys -t {pane} {args.quit}")
            time.sleep(0.3)
            control.command(f"kill-pane -t {pane}")
        for figure, values in (("start to first frame", starts), ("key to frame", keys)):
            values = [v for v in values if v == v]
            print(f"{args.label}\t{figure}\t{statistics.median(values):.2f}\t{percentile95(values):.2f}\t{len(values)}")
    finally:
        control.close()


if __name__ == "__main__":
    main()
