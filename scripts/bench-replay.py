#!/usr/bin/env python3
"""Answers each key with the bytes bench-record.py recorded for it, and does nothing else:
the floor for a program that has to show exactly taizhang's frames (see bench-record.py).

Usage: bench-replay.py FILE.keys   (q, Escape or Ctrl-C ends it)
"""
import json
import os
import sys
import tty

answers = {bytes.fromhex(key): bytes.fromhex(value) for key, value in json.load(open(sys.argv[1])).items()}
tty.setraw(0)
while True:
    key = os.read(0, 64)
    if key in answers:
        os.write(1, answers[key])
    elif not key or key in (b"q", b"\x1b", b"\x03"):
        break
