#!/usr/bin/env python3
"""Where an action's time goes: the mean per pipeline stage between two scrapes of Warden's
`/metrics` (`warden_stage_duration_seconds`, `warden_request_duration_seconds` for the
surface, `warden_store_commit_duration_seconds`, `warden_store_transactions_total`: how many writes
shared one durable commit).

    bench/stages.py snapshot URL TOKEN > before.json
    bench/stages.py diff before.json after.json   # one JSON line: mean ms per stage

Stages: run (the run the request joins), inspect (arguments), checks (tool, halt, labels,
totals, provenance), decide (policy), commit_intent (durable record before the upstream call),
upstream, inspect_result, commit_result (durable record of the outcome); `other` is the rest of
the request (HTTP, identify, parsing, answering): the request mean less the stages' means.
"""
import json
import re
import sys
import urllib.request

SERIES = re.compile(r'^(warden_(?:stage|request|store_commit)_duration_seconds)_(sum|count)(?:\{([^}]*)\})? ([0-9.eE+-]+)$')
TRANSACTIONS = re.compile(r'^warden_store_transactions_total ([0-9.eE+-]+)$')


def snapshot(url, token):
    req = urllib.request.Request(url.rstrip("/") + "/metrics", headers={"Authorization": f"Bearer {token}"})
    text = urllib.request.urlopen(req, timeout=10).read().decode()
    out = {}
    for line in text.splitlines():
        t = TRANSACTIONS.match(line)
        if t:
            out["transactions"] = {"count": float(t.group(1))}
            continue
        m = SERIES.match(line)
        if not m:
            continue
        name, kind, labels, value = m.groups()
        key = name + "{" + (labels or "") + "}"
        out.setdefault(key, {})[kind] = float(value)
    return out


def diff(before, after, surface="actions"):
    means = {}
    for key, a in after.items():
        b = before.get(key, {})
        n = a.get("count", 0) - b.get("count", 0)
        if n <= 0:
            continue
        mean_ms = (a.get("sum", 0) - b.get("sum", 0)) / n * 1000
        m = re.search(r'stage="([^"]+)"', key)
        if m:
            means[m.group(1)] = (round(mean_ms, 3), int(n))
        elif f'surface="{surface}"' in key:
            means["request"] = (round(mean_ms, 3), int(n))
        elif key.startswith("warden_store_commit"):
            means["store_commit"] = (round(mean_ms, 3), int(n))
        elif key == "transactions":
            means["transactions"] = (None, int(n))
    stages = ["run", "inspect", "checks", "decide", "commit_intent", "upstream", "inspect_result", "commit_result"]
    if "request" in means:
        means["other"] = (round(means["request"][0] - sum(means[s][0] for s in stages if s in means), 3), means["request"][1])
    out = {k: {"mean_ms": v[0], "n": v[1]} for k, v in means.items() if k != "transactions"}
    if "transactions" in means and "store_commit" in means:
        # Group commit: durable commits, and how many writes shared each.
        t = means["transactions"][1]
        out["transactions"] = {"n": t, "writes_per_commit": round(means["store_commit"][1] / t, 2)}
    return out


if __name__ == "__main__":
    if sys.argv[1] == "snapshot":
        json.dump(snapshot(sys.argv[2], sys.argv[3]), sys.stdout)
    elif sys.argv[1] == "diff":
        surface = sys.argv[4] if len(sys.argv) > 4 else "actions"
        print(json.dumps(diff(json.load(open(sys.argv[2])), json.load(open(sys.argv[3])), surface)))
    else:
        sys.exit("usage: stages.py snapshot URL TOKEN | diff BEFORE AFTER [SURFACE]")
