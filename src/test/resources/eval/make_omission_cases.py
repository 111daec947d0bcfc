#!/usr/bin/env python3
"""Planted omissions for the crosscheck evaluation suite, derived from the planted conflicts of cases/.

Usage:
  python3 make_omission_cases.py        write omission-cases/*.yaml (and remove the ones no longer made)

Each planted conflict case names a fact that its edited source states (the sentence around `find`) and
that other sources state in sentences read by hand (`others_say`). The omission case deletes that
sentence from the source, so that the source no longer reports the fact, which `others` still do: the
fact must then be reported as an omission with the source among those leaving it out. A case is made
only when the fact's value (the words the conflict case changes) occurs nowhere else in the source,
so that deleting the sentence does take the fact out, and when the article keeps at least MIN_REST
characters. Weekdays are left out: a bare weekday is never an
omission on its own (README, "Omissions"); so are polarity, speaker and role edits, whose changed words
are not the fact's value.
"""
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_cases as mc  # noqa: E402

TYPES = ["number", "month", "date", "place", "rank", "name", "quote"]
OUT = os.path.join(mc.HERE, "omission-cases")


# Characters the article must keep once the sentence is deleted.
MIN_REST = 300
NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def forms(value):
    """The value and, for a small number, its other spelling ("four" and "4")."""
    v = value.lower()
    if v in NUMBERS:
        return [value, str(NUMBERS.index(v))]
    if v.isdigit() and int(v) < len(NUMBERS):
        return [value, NUMBERS[int(v)]]
    return [value]


def occurrences(text, value):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text, re.IGNORECASE)]


def make(case):
    path = mc.source_path(case["story"], case["source"])
    if path is None or case["type"] not in TYPES:
        return None
    text = mc.read(path)
    at = text.find(case["find"])
    if at < 0 or text.find(case["find"], at + 1) >= 0:
        return None
    sentence = mc.sentence_at(text, at, at + len(case["find"]))
    value = mc.changed_original(case["find"], case["replace"])
    if len(value) < 2 or text.count(sentence) != 1 or case["find"] not in sentence:
        return None
    rest = text.replace(sentence, "", 1)
    if len(rest.strip()) < MIN_REST:
        return None  # the article would be (nearly) empty: a source that says nothing omits nothing
    if any(occurrences(rest, v) for v in forms(value)):
        return None  # the source says it elsewhere too: deleting one sentence leaves the fact in
    return {
        "name": case["name"].replace(case["type"], "omitted-" + case["type"], 1),
        "story": case["story"],
        "type": case["type"],
        "source": case["source"],
        "delete": sentence,
        "value": value,
        "others": case["others"],
        "others_say": case.get("others_say") or [],
        "from": case["name"],
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    made = {}
    for fn in sorted(os.listdir(mc.CASES)):
        with open(os.path.join(mc.CASES, fn), encoding="utf-8") as fh:
            case = yaml.safe_load(fh)
        if case.get("kind") != "planted" or not case.get("others_say"):
            continue
        out = make(case)
        if out:
            made[out["name"] + ".yaml"] = out
    for fn in os.listdir(OUT):
        if fn.endswith(".yaml") and fn not in made:
            os.remove(os.path.join(OUT, fn))
    for fn, out in made.items():
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            yaml.safe_dump(out, fh, allow_unicode=True, sort_keys=False, width=1000)
    counts = {}
    for out in made.values():
        counts[out["type"]] = counts.get(out["type"], 0) + 1
    print(len(made), "omission cases:", ", ".join(f"{t} {n}" for t, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
