#!/usr/bin/env python3
"""Runs the real `taizhang` under a pseudo-terminal and counts what it writes.

Reports, for one ledger: the time from spawn to the end of the first frame, the bytes of
that full frame, and for each of N presses of `j` the bytes written and the time from the
key to the last byte of the answer; then the process's peak memory (VmHWM) read from /proc
while it runs. A frame is over when the program has been quiet for --quiet ms, and its end
is the time of its last byte, so the quiet wait itself is not counted.

Usage: bench-pty.py --binary PATH --ledger PATH [--cols 100] [--rows 30] [--keys 20]
"""
import argparse
import fcntl
import os
import pty
import select
import statistics
import struct
import termios
import time


def read_burst(fd, quiet):
    """Reads until the program is quiet for `quiet` seconds; returns (bytes, time of last byte)."""
    data = b""
    last = None
    while True:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            if data:
                return data, last
            continue  # not started yet: keep waiting for the first byte
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return data, last
        if not chunk:
            return data, last
        data += chunk
        last = time.perf_counter()


def peak_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--ledger", required=True)
    parser.add_argument("--cols", type=int, default=100)
    parser.add_argument("--rows", type=int, default=30)
    parser.add_argument("--keys", type=int, default=20)
    parser.add_argument("--quiet", type=float, default=300, help="ms of silence that ends a frame")
    args = parser.parse_args()
    quiet = args.quiet / 1000

    env = dict(os.environ, TERM=os.environ.get("BENCH_TERM", "xterm-256color"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", args.rows, args.cols, 0, 0))
        os.execve(args.binary, [args.binary, "--ledger", args.ledger, "--no-mouse"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", args.rows, args.cols, 0, 0))
    first, first_end = read_burst(fd, quiet)
    first_ms = (first_end - start) * 1000
    peak_open = peak_kib(pid)

    sizes, latencies = [], []
    for _ in range(args.keys):
        sent = time.perf_counter()
        os.write(fd, b"j")
        answer, end = read_burst(fd, quiet)
        sizes.append(len(answer))
        latencies.append(((end or sent) - sent) * 1000)
    peak_end = peak_kib(pid)
    os.write(fd, b"q")
    read_burst(fd, 0.2)
    os.waitpid(pid, 0)

    print(f"ledger\t{args.ledger}")
    print(f"terminal\t{args.cols}x{args.rows}")
    print(f"first frame (spawn to last byte) ms\t{first_ms:.1f}")
    print(f"first frame bytes\t{len(first)}")
    print(f"bytes per j (median, min, max)\t{statistics.median(sizes):.0f}\t{min(sizes)}\t{max(sizes)}")
    print(f"j to last byte ms (median, max)\t{statistics.median(latencies):.2f}\t{max(latencies):.2f}")
    print(f"peak memory after first frame KiB\t{peak_open}")
    print(f"peak memory after keys KiB\t{peak_end}")


if __name__ == "__main__":
    main()
