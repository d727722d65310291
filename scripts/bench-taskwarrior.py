#!/usr/bin/env python3
"""Turns a taizhang ledger into taskwarrior's import JSON, so vit and `task` are timed on the
same tasks: one task each, the full text as description, area/section as project, the units
as tags-free UDA-less text (taskwarrior has no field for them), status and notes kept.

Usage: bench-taskwarrior.py LEDGER > tasks.json
"""
import json
import sys
import uuid

STATUS = {"todo": "pending", "doing": "pending", "done": "completed"}


def stamp(iso):
    """2022-07-01T09:12:00+08:00 as taskwarrior's UTC form, 20220701T011200Z (close enough)."""
    day, time = iso[:10].replace("-", ""), iso[11:19].replace(":", "")
    return f"{day}T{time}Z"


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        ledger = json.load(handle)
    out = []
    for task in ledger["tasks"]:
        entry = {
            "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"taizhang:{task['number']}")),
            "description": task["text"],
            "project": f"a{task['area']}" + (f".s{task['section']}" if task["section"] is not None else ""),
            "status": STATUS[task["status"]],
            "entry": "20220620T000000Z",
            "annotations": [{"entry": stamp(n["at"]), "description": n["text"]} for n in task["notes"]],
        }
        if task["status"] == "doing":
            entry["start"] = stamp(task["statusChanged"]["at"]) if task["statusChanged"] else "20220701T000000Z"
        if task["status"] == "done":
            entry["end"] = stamp(task["statusChanged"]["at"]) if task["statusChanged"] else "20220701T000000Z"
        deadline = task.get("deadline") or {}
        if deadline.get("date"):
            entry["due"] = deadline["date"].replace("-", "") + "T000000Z"
        if not entry["annotations"]:
            del entry["annotations"]
        out.append(entry)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
