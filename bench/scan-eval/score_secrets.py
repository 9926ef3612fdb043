"""Scores `warden scan` on a secrets corpus of JSON Lines rows
`{"text", "secrets": [{"start", "end", "format"}], "context", "lookalike"}` (character offsets).

A secret is found when a finding of class `secret` overlaps its span; a look-alike row is
flagged when any secret finding is in it. Only the text is given to Warden (one `{"text": ...}`
per line, scanned line by line), so the labels cannot be seen.

    python3 score_secrets.py WARDEN CORPUS.jsonl [--show]

Rows may instead label values (set 4): `{"text", "secrets": [{"value", "format"}],
"lookalikes": [{"value", "kind"}], "context"}`; each value's occurrences in the text are its
spans, and look-alikes are then scored per value: one is flagged when a secret finding
overlaps it.
"""

import collections
import json
import subprocess
import sys
import tempfile


def main() -> None:
    warden, corpus = sys.argv[1], sys.argv[2]
    show = "--show" in sys.argv
    rows = [json.loads(l) for l in open(corpus, encoding="utf-8") if l.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"text": r["text"]}) + "\n")
        path = f.name
    out = subprocess.run(
        [warden, "scan", "--json", "--lines", path], capture_output=True, text=True
    )
    if out.returncode not in (0, 7):
        sys.exit(f"warden scan failed ({out.returncode}): {out.stderr.strip()}")
    found = collections.defaultdict(list)
    for line in out.stdout.splitlines():
        d = json.loads(line)
        for x in d["findings"]:
            if x["kind"].startswith("secret.") and x["path"] == "/text":
                found[d["line"]].append(x)
    per_format = collections.defaultdict(lambda: [0, 0])
    per_context = collections.defaultdict(lambda: [0, 0])
    per_lookalike = collections.defaultdict(lambda: [0, 0])
    flagged = positives = hits = total = 0
    values_flagged = values = 0

    def spans(text, value):
        at, out = text.find(value), []
        while at >= 0:
            out.append((at, at + len(value)))
            at = text.find(value, at + 1)
        return out

    for i, r in enumerate(rows, start=1):
        text = r["text"]
        b = text.encode("utf-8")
        finds = found.get(i, [])
        if "lookalikes" in r:
            r["secrets"] = [{"start": a, "end": z, "format": s["format"]}
                            for s in r["secrets"] for a, z in spans(text, s["value"])[:1]]
            for l in r["lookalikes"]:
                for a, z in spans(text, l["value"])[:1]:
                    start, end = len(text[:a].encode("utf-8")), len(text[:z].encode("utf-8"))
                    hit = any(x["start"] < end and start < x["end"] for x in finds)
                    values += 1
                    values_flagged += hit
                    per_lookalike[l["kind"]][0] += hit
                    per_lookalike[l["kind"]][1] += 1
                    if show and hit:
                        print(f"LOOK-ALIKE FLAGGED {l['kind']} [{r['context']}]: {l['value']!r}\n")
        if r.get("lookalike"):
            total += 1
            if finds:
                flagged += 1
                if show:
                    kinds = [(x["kind"], b[x["start"]:x["end"]].decode("utf-8", "replace")) for x in finds]
                    print(f"LOOK-ALIKE FLAGGED [{r['context']}]: {kinds}\n  {text[:300]!r}\n")
            continue
        for s in r["secrets"]:
            start = len(text[: s["start"]].encode("utf-8"))
            end = len(text[: s["end"]].encode("utf-8"))
            hit = any(x["start"] < end and start < x["end"] for x in finds)
            positives += 1
            hits += hit
            per_format[s["format"]][0] += hit
            per_format[s["format"]][1] += 1
            per_context[r["context"]][0] += hit
            per_context[r["context"]][1] += 1
            if show and not hit:
                print(f"MISSED {s['format']} [{r['context']}]: {text[s['start']:s['end']]!r}\n  {text[:300]!r}\n")
    print(f"secrets found: {hits}/{positives} = {hits / max(positives, 1):.1%}")
    if total:
        print(f"look-alike rows flagged: {flagged}/{total} = {flagged / max(total, 1):.2%}")
    if values:
        print(f"look-alike values flagged: {values_flagged}/{values} = {values_flagged / values:.2%}")
        for k, (h, n) in sorted(per_lookalike.items(), key=lambda kv: -kv[1][0] / kv[1][1]):
            if h:
                print(f"  {k:40s} {h:4d}/{n:<4d} {h / n:.1%}")
    print("\nrecall per format:")
    for k, (h, n) in sorted(per_format.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        print(f"  {k:40s} {h:4d}/{n:<4d} {h / n:.1%}")
    print("\nrecall per context:")
    for k, (h, n) in sorted(per_context.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        print(f"  {k:40s} {h:4d}/{n:<4d} {h / n:.1%}")


if __name__ == "__main__":
    main()
