#!/usr/bin/env python3
"""The crate graph keeps the pipeline's shape (docs/architecture.md): stage crates depend on
the types crate and on protocol libraries, never on each other, on the store, the config, the
pipeline, the server or the binary; only warden-pipeline knows the order of the stages.

Reads `cargo metadata`; exits 1 naming every dependency that breaks the rule. `--self-test`
checks the checker on graphs that break it.
"""
import json
import subprocess
import sys

STAGES = {
    "warden-identify",
    "warden-inspect",
    "warden-validate",
    "warden-policy",
    "warden-approve",
    "warden-execute",
}
# What sits above the stages: a stage that depends on one of these knows too much.
ABOVE = {"warden-pipeline", "warden-server", "warden", "warden-store", "warden-config"}
# Libraries (wire formats, cryptography, outbound HTTP, the audit log's formats and events)
# must not reach up into the pipeline either.
LIBRARIES = {
    "warden-types",
    "warden-mcp",
    "warden-llm",
    "warden-merkle",
    "warden-vault",
    "warden-audit",
    "warden-http",
}


def violations(packages):
    """`packages`: [{name, dependencies: [{name, kind}]}] as cargo metadata gives them."""
    found = []
    for p in packages:
        name = p["name"]
        normal = {d["name"] for d in p["dependencies"] if d.get("kind") in (None, "build")}
        if name in STAGES:
            for d in sorted(normal & (STAGES | ABOVE)):
                found.append(f"stage crate `{name}` depends on `{d}`")
        if name in LIBRARIES:
            for d in sorted(normal & ABOVE):
                found.append(f"library crate `{name}` depends on `{d}`")
    return found


def self_test():
    ok = [
        {"name": "warden-policy", "dependencies": [
            {"name": "warden-types", "kind": None},
            {"name": "warden-config", "kind": "dev"},
        ]},
        {"name": "warden-pipeline", "dependencies": [
            {"name": "warden-policy", "kind": None},
            {"name": "warden-approve", "kind": None},
            {"name": "warden-audit", "kind": None},
        ]},
        {"name": "warden-audit", "dependencies": [
            {"name": "warden-types", "kind": None},
            {"name": "warden-merkle", "kind": None},
        ]},
    ]
    assert violations(ok) == [], violations(ok)
    bad = [
        {"name": "warden-approve", "dependencies": [{"name": "warden-policy", "kind": None}]},
        {"name": "warden-execute", "dependencies": [{"name": "warden-store", "kind": "build"}]},
        {"name": "warden-llm", "dependencies": [{"name": "warden-pipeline", "kind": None}]},
        {"name": "warden-audit", "dependencies": [{"name": "warden-store", "kind": None}]},
    ]
    assert len(violations(bad)) == 4, violations(bad)
    print("check-stage-deps self-test: ok")


def main():
    if "--self-test" in sys.argv:
        self_test()
        return 0
    meta = json.loads(subprocess.check_output(
        ["cargo", "metadata", "--format-version", "1", "--no-deps", "--locked"]))
    names = {p["name"] for p in meta["packages"]}
    missing = (STAGES | LIBRARIES) - names
    if missing:
        print(f"check-stage-deps: no crate named {sorted(missing)} (update the script)")
        return 1
    found = violations(meta["packages"])
    for v in found:
        print(f"check-stage-deps: {v}")
    if found:
        return 1
    print(f"check-stage-deps: ok ({len(STAGES)} stage crates, {len(LIBRARIES)} libraries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
