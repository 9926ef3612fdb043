#!/usr/bin/env bash
# Containment replay (issue 15): scripted benign and attacked runs of the reference
# deployment's five agents through a real `warden serve`, under five policy variants.
#
#   bench/replay.sh [--set scenarios|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8] [--variants labels,labels-strict,values,provenance,totals] [--json OUT]
#
# Prints a Markdown report; BENCHMARKS.md records the results. See bench/replay/README.md.
set -euo pipefail
# A fresh shell may not have cargo on PATH (rustup installs it under ~/.cargo/bin).
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/.."
cargo build --release --locked -q -p warden --bin warden
exec python3 bench/replay/replay.py --warden target/release/warden "$@"
