#!/usr/bin/env python3
"""Records what a terminal program writes: its first frame, and its answer to each key.

bench-tmux.sh uses it to measure the floor for taizhang's own frames: the same bytes written
by programs that do nothing else (`cat` for the first frame, bench-replay.py for the keys), in
the same tmux, so the difference is the time taizhang itself takes. A frame of 1.4 KB in 38
colours costs tmux and a capture more than the one-line floor, whoever writes it.

The program runs in a pseudo-terminal of 120x40 with TERM=tmux-256color, as in the harness.
The `--before` keys are sent once and their answers kept too; the `--keys` are sent twice over and the second round's
answers kept, so each answer is the one given in the cycle the harness repeats (j then k
leave the screen as they found it, and so do 局 then Backspace).

Usage: bench-record.py --out FILE [--before /] [--keys j,k] -- COMMAND...
Writes FILE.init (the first frame) and FILE.keys (JSON: the key's bytes in hex → answer in hex).
"""
import argparse
import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios

# What tmux sends for the key names the harness uses.
NAMED = {"Space": b" ", "BSpace": b"\x7f", "Escape": b"\x1b", "Enter": b"\r"}


def key_bytes(name):
    return NAMED.get(name, name.encode())


def drain(fd, quiet):
    """Everything the program writes until it has been quiet for `quiet` seconds."""
    data = b""
    while True:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            return data
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError:
            return data
        if not chunk:
            return data
        data += chunk


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--before", default="")
    parser.add_argument("--keys", default="j,k")
    parser.add_argument("--quiet", type=float, default=0.5, help="seconds without output that end an answer")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    pid, fd = pty.fork()
    if pid == 0:
        # The size is set before the program starts, so its first frame is drawn at 120x40.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.environ["TERM"] = "tmux-256color"
        os.execvp(args.command[0], args.command)
    first = drain(fd, 2.0)
    answers = {}
    for name in filter(None, args.before.split(",")):
        os.write(fd, key_bytes(name))
        answers[key_bytes(name).hex()] = drain(fd, args.quiet).hex()
    keys = [key_bytes(name) for name in args.keys.split(",")]
    for _ in range(2):
        for key in keys:
            os.write(fd, key)
            answers[key.hex()] = drain(fd, args.quiet).hex()
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
    if not first or any(not answer for answer in answers.values()):
        sys.exit(f"bench-record: {args.command[0]} gave no frame or left a key unanswered")
    with open(args.out + ".init", "wb") as file:
        file.write(first)
    with open(args.out + ".keys", "w") as file:
        json.dump(answers, file)


if __name__ == "__main__":
    main()
