#!/usr/bin/env python3
"""Disguised copies of an injection corpus: the same texts with the obfuscations that broke the
rules before issue 16 (a zero-width character, look-alike letters, fullwidth forms, combining
marks, letter-spacing), attacks and benign texts alike, one directory per disguise.

    python3 bench/scan-eval/disguise.py SRC_DIR OUT_DIR

SRC_DIR holds the scan_eval files (pii.jsonl, secrets.jsonl, injection.jsonl); OUT_DIR/<name>/
gets injection.jsonl disguised and the other two copied. Deterministic (seed 16).
"""

import json
import random
import shutil
import sys
from pathlib import Path

CYRILLIC = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440", "i": "\u0456", "x": "\u0445"}
MARKS = ["\u0301", "\u0300", "\u0308", "\u0302"]


def words(text, fn, rng):
    out = []
    for w in text.split(" "):
        out.append(fn(w, rng) if sum(ch.isalpha() for ch in w) >= 4 else w)
    return " ".join(out)


def zero_width(w, rng):
    i = rng.randrange(1, len(w))
    return w[:i] + rng.choice(["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"]) + w[i:]


def homoglyphs(w, rng):
    return "".join(CYRILLIC[ch] if ch in CYRILLIC and rng.random() < 0.5 else ch for ch in w)


def fullwidth(text, rng):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def marks(w, rng):
    return "".join(ch + rng.choice(MARKS) if ch in "aeiou" and rng.random() < 0.5 else ch for ch in w)


def spaced(text, rng):
    return "  ".join(" ".join(w) if w.isalpha() and len(w) >= 4 else w for w in text.split(" "))


DISGUISES = {
    "zero-width": lambda t, r: words(t, zero_width, r),
    "homoglyphs": lambda t, r: words(t, homoglyphs, r),
    "fullwidth": fullwidth,
    "marks": lambda t, r: words(t, marks, r),
    "letter-spaced": spaced,
}


def main():
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    rows = [json.loads(line) for line in (src / "injection.jsonl").read_text().splitlines() if line.strip()]
    for name, fn in DISGUISES.items():
        rng = random.Random(16)
        d = out / name
        d.mkdir(parents=True, exist_ok=True)
        for other in ("pii.jsonl", "secrets.jsonl"):
            shutil.copy(src / other, d / other)
        with open(d / "injection.jsonl", "w") as f:
            for row in rows:
                f.write(json.dumps({**row, "text": fn(row["text"], rng)}) + "\n")


if __name__ == "__main__":
    main()
