#!/usr/bin/env python3
"""The crate graph keeps the pipeline's shape (docs/architecture.md): stage crates depend on
the types crate and on protocol libraries, never on each other, on the store, the config, the
pipeline, the server or the binary; only warden-pipeline knows the order of the stages.

Also: audit records are built and appended from one module per surface family
(docs/architecture.md, "Where records are written"): in the pipeline only the modules in
`RECORDERS` append to the store or call a `warden_audit::event` constructor (whose records ride
in the store transaction of the change they describe), and the store builds no event of its
own. An action's events may be built where the action runs; its exit appends them.

Reads `cargo metadata` and the sources; exits 1 naming every dependency or line that breaks a
rule. `--self-test` checks the checker on graphs and lines that break it.
"""
import json
import os
import re
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
    "warden-notify",
    "warden-monitor",
    "warden-compliance",
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


# The pipeline modules that record, one per surface family.
RECORDERS = {
    "exit.rs",  # actions
    "llm.rs",  # LLM calls
    "identify.rs",  # access
    "admin_log.rs",  # administration
}
RECORDING = re.compile(
    r"\.(append|announce)\(|warden_audit::event::[a-z_]+\(|\bevent::[a-z_]+\b[^:]|"
    r"use warden_audit::event::(\{[^}]*\b[a-z_]+\b|[a-z_]+;)"
)


def recording_lines(crate, name, text):
    """Lines of file `name` of `crate` ("pipeline" or "store") that build or append a record
    where they may not."""
    if os.path.basename(name) == "tests.rs" or (crate == "pipeline" and name in RECORDERS):
        return []
    found = []
    for n, line in enumerate(text.splitlines(), 1):
        code = line.split("//", 1)[0]
        if crate == "pipeline" and RECORDING.search(code):
            found.append(f"crates/{crate}/src/{name}:{n}: records outside {sorted(RECORDERS)}")
        if crate == "store" and "AuditEvent::new(" in code:
            found.append(f"crates/{crate}/src/{name}:{n}: the store builds an event itself")
    return found


def source_violations(root):
    found = []
    for crate in ("pipeline", "store"):
        base = os.path.join(root, "crates", crate, "src")
        for d, _, files in os.walk(base):
            if os.path.basename(d) == "tests":
                continue
            for f in sorted(files):
                if f.endswith(".rs"):
                    rel = os.path.relpath(os.path.join(d, f), base)
                    with open(os.path.join(d, f), encoding="utf-8") as fh:
                        found += recording_lines(crate, rel, fh.read())
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
    assert recording_lines("pipeline", "exit.rs", "store.append(events)") == []
    assert recording_lines("pipeline", "reload.rs", "fn size() -> warden_audit::event::ConfigSize {") == []
    assert recording_lines("pipeline", "vault.rs", "// self.store.append(x)") == []
    for line in [
        "        self.store.append(vec![e]).await",
        "let e = warden_audit::event::token_created(a, b);",
        "use warden_audit::event::{Erased, subject_erased};",
        "use warden_audit::event::subject_erased;",
        "store.announce(vec![e], Change::Config)",
        "let e = event::alert_resolved(a, b);",
        "store.monitor_commit(n, c, s, r, event::alert_raised)",
    ]:
        assert len(recording_lines("pipeline", "admin.rs", line)) == 1, line
    assert len(recording_lines("store", "sqlite.rs", "let e = AuditEvent::new(k, o, d);")) == 1
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
    found += source_violations(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for v in found:
        print(f"check-stage-deps: {v}")
    if found:
        return 1
    print(f"check-stage-deps: ok ({len(STAGES)} stage crates, {len(LIBRARIES)} libraries; "
          f"records appended from {', '.join(sorted(RECORDERS))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
