"""Scores `warden scan` on an injection corpus of JSON Lines rows `{"text", "label":
"injection"|"benign", "kind", "family"}`: TPR on indirect injections and on pasted jailbreaks
and FPR on benign rows at the default threshold, TPR at the threshold that keeps FPR at or
below 1%, and TPR per family. Only the text reaches Warden (one `{"text": ...}` per line).

    python3 score_injection.py WARDEN CORPUS.jsonl [--rules-only]
"""

import collections
import json
import subprocess
import sys
import tempfile


def main() -> None:
    warden, corpus = sys.argv[1], sys.argv[2]
    rows = [json.loads(l) for l in open(corpus, encoding="utf-8") if l.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"text": r["text"]}) + "\n")
        path = f.name
    extra = sys.argv[3:]
    out = subprocess.run([warden, "scan", "--json", "--lines", *extra, path], capture_output=True, text=True)
    if out.returncode not in (0, 7):
        sys.exit(f"warden scan failed ({out.returncode}): {out.stderr.strip()}")
    score = {}
    for line in out.stdout.splitlines():
        d = json.loads(line)
        score[d["line"]] = d["injection"]["score"]
    groups = collections.defaultdict(list)
    for i, r in enumerate(rows, start=1):
        s = score.get(i, 0.0)
        if r["label"] == "benign":
            groups["benign"].append(s)
        elif r.get("kind") == "jailbreak":
            groups["jailbreak"].append(s)
        else:
            groups["indirect"].append(s)
            groups["family:" + r.get("family", "?")].append(s)
    benign = sorted(groups["benign"])
    # The lowest threshold with FPR <= 1%: above the score of the 99th-percentile benign row.
    k = int(len(benign) * 0.99)
    t1 = benign[k] + 1e-6 if k < len(benign) else 0.5
    rate = lambda xs, t: sum(x >= t for x in xs) / max(len(xs), 1)
    print(f"rows: {sum(len(v) for k, v in groups.items() if not k.startswith('family:'))} "
          f"(indirect {len(groups['indirect'])}, jailbreak {len(groups['jailbreak'])}, benign {len(benign)})")
    print(f"at the default threshold 0.5: indirect TPR {rate(groups['indirect'], 0.5):.3f}, "
          f"jailbreak TPR {rate(groups['jailbreak'], 0.5):.3f}, FPR {rate(benign, 0.5):.4f}")
    print(f"at {t1:.3f} (FPR {rate(benign, t1):.4f}): indirect TPR {rate(groups['indirect'], t1):.3f}, "
          f"jailbreak TPR {rate(groups['jailbreak'], t1):.3f}")
    print("indirect TPR per family at 0.5:")
    for k in sorted(x for x in groups if x.startswith("family:")):
        print(f"  {k[7:]:24s} {rate(groups[k], 0.5):.3f} ({len(groups[k])})")


if __name__ == "__main__":
    main()
