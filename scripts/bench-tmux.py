#!/usr/bin/env python3
"""Times terminal programs in tmux: start to first full frame, and key to frame.

One tmux server of its own (a private socket), a 120x40 window, and one control-mode client
(`tmux -C`). tmux tells a control client every byte a pane's program writes (`%output`), as
soon as it has read and parsed it; each of those lines is stamped when it arrives.

- start to first frame: from asking tmux for a window running the command to the last
  output of the first frame (the program then quiet for --settle ms, and the screen showing
  --ready, so a blank screen a program clears before its slow start is not its frame);
- key to frame: from `send-keys` to the last output of the answer (quiet for --settle ms,
  and the screen changed);
- tmux's own round trip for comparison: the same two figures for a shell printing one line
  and a key echoed by `cat`, so the difference is the program's own time.

The screen is captured only once a program is quiet, to check the frame, and never while a
figure is running: with `--timing capture` (the way of the runs before 2026-12-05 10:00) the
figure is instead the first capture equal to the settled screen, captures asked for every
half millisecond; a capture of a full colour screen costs about 0.5 ms against 0.1 for one
line, which the floor did not pay.

With --memory, the pane's process's peak memory (VmHWM) is read after its keys, before it
quits: the program people run, measured as it runs.

Usage: bench-tmux.py --label NAME --command 'CMD' --ready TEXT [--keys j,k] [--presses 20] [--runs 5] [--memory]
Prints one tab-separated line per figure: label, figure, median, p95, samples.
"""
import argparse
import collections
import os
import select
import statistics
import subprocess
import time

SOCKET = f"tzbench-{os.getpid()}"
# Seconds between two captures with --timing capture (see `settle_by_capture`): it adds at
# most this much to a figure.
POLL_GAP = 0.0005


class Control:
    """A tmux control-mode client: send a command, read its %begin…%end block; every
    `%output` line stamped with the time it arrived, by pane."""

    def __init__(self):
        subprocess.run(["tmux", "-L", SOCKET, "-f", "/dev/null", "new-session", "-d", "-s", "bench", "-x", "120", "-y", "40"], check=True)
        self.proc = subprocess.Popen(["tmux", "-L", SOCKET, "-C", "attach", "-t", "bench"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        self.fd = self.proc.stdout.fileno()
        self.buffer = b""
        self.pending = collections.deque()
        self.last_output = {}
        self.read_block()  # attaching answers with a block of its own first
        # A control client has no size of its own until it is given one; tmux 3.3 crashes
        # on new-window when window-size is manual with a control client, so size it this way.
        self.command("refresh-client -C 120x40")

    def command(self, text):
        self.proc.stdin.write((text + "\n").encode())
        return self.read_block()

    def fill(self, timeout=None):
        """Reads what tmux has sent, waiting up to `timeout` seconds (None: until something
        comes), in large chunks: a byte-at-a-time read on the pipe made a capture of a full
        colour screen cost 4 ms. Returns False when nothing came in time."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            raise RuntimeError("tmux control client ended")
        now = time.perf_counter()
        self.buffer += chunk
        *lines, self.buffer = self.buffer.split(b"\n")
        for line in lines:
            if line.startswith(b"%output "):
                self.last_output[line.split(b" ", 2)[1].decode()] = now
            else:
                self.pending.append(line + b"\n")
        return True

    def read_block(self):
        lines, inside = [], False
        while True:
            while not self.pending:
                self.fill()
            line = self.pending.popleft()
            if line.startswith(b"%begin"):
                inside, lines = True, []
            elif line.startswith(b"%end") or line.startswith(b"%error"):
                if inside:
                    return b"".join(lines)
            elif inside:
                lines.append(line)

    def drain(self):
        """Reads everything tmux has sent so far, so nothing written before a figure starts
        is stamped as if it came after."""
        while self.fill(0):
            pass

    def quiet_after(self, pane, since, quiet_s, deadline):
        """Waits until the pane has written something after `since` and then nothing for
        quiet_s; returns the time of its last output, or None at the deadline."""
        while True:
            now = time.perf_counter()
            last = self.last_output.get(pane)
            last = last if last is not None and last >= since else None
            if last is not None and now - last >= quiet_s:
                return last
            if now > deadline:
                return None
            wait = quiet_s - (now - last) if last is not None else deadline - now
            self.fill(max(0.0, min(wait, deadline - now)))

    def close(self):
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], stderr=subprocess.DEVNULL)


def percentile95(values):
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, -(-len(ordered) * 95 // 100) - 1))]


def settle(control, pane, start, before, settle_s, timeout_s=5, ready=None, timing="output"):
    """The time (ms from start) the pane's answer was complete, and the screen it left."""
    if timing == "capture":
        return settle_by_capture(control, pane, start, before, settle_s, timeout_s, ready)
    deadline = start + timeout_s
    since = start
    while True:
        last = control.quiet_after(pane, since, settle_s, deadline)
        screen = control.command(f"capture-pane -p -e -t {pane}")
        if last is None:
            return float("nan"), screen
        if screen != before and (ready is None or ready in screen):
            return (last - start) * 1000, screen
        # Quiet, but not yet the frame (a screen cleared before a slow start): wait for more.
        since = last + 1e-9


def settle_by_capture(control, pane, start, before, settle_s, timeout_s, ready):
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


def first_frame(control, command, settle_s, ready, timing):
    control.drain()
    start = time.perf_counter()
    pane = control.command(f"new-window -d -P -F '#{{pane_id}}' {command!r}").decode().strip()
    size = control.command(f"display -p -t {pane} '#{{pane_width}}x#{{pane_height}}'").decode().strip()
    if size != "120x40":
        raise RuntimeError(f"the pane is {size}, not 120x40")
    ms, screen = settle(control, pane, start, b"", settle_s, timeout_s=30, ready=ready, timing=timing)
    return pane, ms, screen


def key_to_frame(control, pane, keys, presses, settle_s, timing):
    results = []
    screen = control.command(f"capture-pane -p -e -t {pane}")
    for index in range(presses):
        key = keys[index % len(keys)]
        control.drain()
        start = time.perf_counter()
        control.command(f"send-keys -t {pane} {key}")
        ms, screen = settle(control, pane, start, screen, settle_s, timing=timing)
        results.append(ms)
    return results


def wait_for_exit(pid, timeout_s):
    """Waits until process `pid` has ended (gone, or a zombie waiting for tmux)."""
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return
        except (OSError, IndexError):
            return
        time.sleep(0.02)


def peak_memory_mib(control, pane):
    """VmHWM of the pane's process (the command itself when it execs, as `env` does)."""
    pid = control.command(f"display -p -t {pane} '#{{pane_pid}}'").decode().strip()
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


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
    parser.add_argument("--timing", choices=("output", "capture"), default="output",
                        help="a frame ends at tmux's last output of it (default), or at the first capture equal to it")
    parser.add_argument("--memory", action="store_true", help="also the process's peak memory, read before it quits")
    args = parser.parse_args()
    settle_s = args.settle / 1000
    control = Control()
    try:
        starts, keys, peaks = [], [], []
        for _ in range(args.runs):
            pane, ms, _ = first_frame(control, args.command, settle_s, args.ready.encode(), args.timing)
            starts.append(ms)
            for key in filter(None, args.before.split(",")):
                control.command(f"send-keys -t {pane} {key}")
                time.sleep(settle_s)
            keys += key_to_frame(control, pane, args.keys.split(","), args.presses, settle_s, args.timing)
            if args.memory:
                peaks.append(peak_memory_mib(control, pane))
            pid = control.command(f"display -p -t {pane} '#{{pane_pid}}'").decode().strip()
            control.command(f"send-keys -t {pane} {args.quit}")
            # Until the program has ended (taizhang writes its tail into the ledger file as
            # it quits: a second at 100,000 tasks), so the next run does not start beside it
            # and read the file it is still writing (it then reads the ledger twice).
            wait_for_exit(pid, timeout_s=60)
            control.command(f"kill-pane -t {pane}")
        for figure, values in (("start to first frame", starts), ("key to frame", keys)):
            values = [v for v in values if v == v]
            print(f"{args.label}\t{figure}\t{statistics.median(values):.2f}\t{percentile95(values):.2f}\t{len(values)}")
        peaks = [v for v in peaks if v == v]
        if peaks:
            print(f"{args.label}\tpeak memory MiB\t{statistics.median(peaks):.1f}\t{max(peaks):.1f}\t{len(peaks)}")
    finally:
        control.close()


if __name__ == "__main__":
    main()
