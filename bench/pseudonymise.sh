#!/usr/bin/env bash
# What pseudonymising a large tool result costs: the same 16 KiB result returned by
# `crm.get_customer`, through two
# gateways in the same run, one with `inspection.audit_personal_data = "mask"` (nothing kept)
# and one with `"pseudonymise"` (every value kept encrypted under its data subject's key), and
# the same tool called directly. Runs alternate between the two gateways; the figure is the
# difference of their medians.
#
#   bench/pseudonymise.sh [SECONDS] [ROUNDS] [RATE] [RESULT]
#
# RESULT `thread` (the default): a support thread of 40 messages, prose with a few people in it
# (8 e-mail addresses, 4 phone numbers, their names and signatures); `customers`: a customer
# list, every ~270 bytes a person with a name, address, phone, e-mail address and IBAN (60
# people, ~170 data subjects in one result).
#
# Prints one JSON line per measurement and a summary line; BENCHMARKS.md records the results.
set -euo pipefail
command -v cargo >/dev/null || export PATH="${CARGO_HOME:-${HOME:-/root}/.cargo}/bin:$PATH"
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
ROUNDS=${2:-3}
RATE=${3:-50}
RESULT=${4:-thread}
case "$RESULT" in thread|customers) ;; *) echo "RESULT must be thread or customers, not \`$RESULT'" >&2; exit 2;; esac
cargo build --release --locked -q -p warden --bin warden --example loadgen
BIN=$PWD/target/release/warden
LOADGEN=$PWD/target/release/examples/loadgen
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

export GROUPANY_API_KEY=bench-key-$RANDOM$RANDOM
UP=127.0.0.1:19200
RUST_LOG=warn $BIN upstream --listen $UP >"$WORK/upstream.log" 2>&1 &
for _ in $(seq 50); do curl -s -o /dev/null "http://$UP/_calls" && break; sleep 0.1; done
# The result: 16 KiB, as RESULT says.
python3 - "$WORK/fixture.json" "$RESULT" <<'EOF'
import json, sys
first = ["Ada", "Grace", "Linus", "Margaret", "Alan", "Katherine", "Dennis", "Barbara", "Ken", "Frances",
         "Jean", "Tim", "Radia", "Edsger", "Niklaus", "Sophie", "Hedy", "John", "Mary", "Claude"]
last = ["Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Johnson", "Ritchie", "Liskov", "Thompson",
        "Allen", "Bartik", "Berners-Lee", "Perlman", "Dijkstra", "Wirth", "Wilson", "Lamarr", "Backus", "Shaw", "Shannon"]
streets = ["12 Baker Street, London NW1 6XE", "Hauptstraße 5, 10115 Berlin", "7 rue de Rivoli, 75001 Paris",
           "221 Elm Street, Springfield, IL 62704", "Calle Mayor 3, 28013 Madrid"]
customers, i = [], 0
while len(json.dumps({"customers": customers})) < 16 * 1024 - 400:
    f, l = first[i % len(first)], last[(i * 7) % len(last)]
    customers.append({
        "customer_id": f"C{1000 + i}",
        "name": f"{f} {l}",
        "email": f"{f.lower()}.{l.lower()}{i}@example.net",
        "phone": f"+44 20 7946 {i:04d}",
        "address": streets[i % len(streets)],
        "iban": "DE44500105175407324931" if i % 5 == 0 else f"GB{(i % 89) + 10:02d}NWBK6016133192{i % 10000:04d}",
        "tier": "gold" if i % 3 == 0 else "silver",
        "notes": f"Customer since 20{10 + i % 15}; prefers e-mail.",
    })
    i += 1
prose = ["Thanks for getting back to me so quickly about the delivery.",
         "The parcel arrived yesterday but two of the chairs were damaged in transit.",
         "Could you arrange a replacement, or should I return the whole order first?",
         "I have attached the photos of the packaging and the delivery note.",
         "Our office is closed on Fridays, so any courier should come Monday to Thursday."]
messages, i = [], 0
while len(json.dumps({"messages": messages})) < 16 * 1024 - 300:
    f, l = first[i % len(first)], last[(i * 7) % len(last)]
    body = " ".join(prose[(i + k) % len(prose)] for k in range(3))
    if i % 5 == 0:
        body += f" You can reach me at {f.lower()}.{l.lower()}@example.net"
        body += f" or on +44 20 7946 {i:04d}." if i % 10 == 0 else "."
        body += f"\n\nKind regards,\n{f} {l}"
    messages.append({"id": f"M{100 + i}", "from": "customer" if i % 2 == 0 else "agent", "body": body})
    i += 1
result = {"customers": customers} if sys.argv[2] == "customers" else {"ticket_id": "T1182", "messages": messages}
json.dump(result, open(sys.argv[1], "w"))
EOF
curl -sf -X PUT -H 'content-type: application/json' --data-binary @"$WORK/fixture.json" \
  "http://$UP/_fixtures/crm.get_customer"
echo "# result: $RESULT, $(wc -c <"$WORK/fixture.json") bytes"
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%FT%TZ)"

export WARDEN_UPSTREAM_GROUPANY_URL=http://$UP
declare -A ADDR TOKEN AGENT
port=18180
for mode in mask pseudonymise; do
  dir="$WORK/$mode"
  cp -r examples/groupany/. "$dir/"
  rm -rf "$dir/data"
  sed -i "s/^audit_personal_data = .*/audit_personal_data = \"$mode\"/" "$dir/warden.toml"
  grep -q "^audit_personal_data = \"$mode\"" "$dir/warden.toml"
  sed -i 's/^\[server\]$/[server]\nagent_rate = 1000000\nagent_burst = 1000000/' "$dir/warden.toml"
  $BIN init --config "$dir/warden.toml" --json >"$dir/init.json"
  TOKEN[$mode]=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$dir/init.json")
  RUST_LOG=warn $BIN serve --config "$dir/warden.toml" --listen 127.0.0.1:$port >"$dir/serve.out" 2>"$dir/serve.log" &
  for _ in $(seq 100); do grep -q listening "$dir/serve.out" 2>/dev/null && break; sleep 0.1; done
  ADDR[$mode]=http://127.0.0.1:$port
  AGENT[$mode]=$(WARDEN_ADDR=${ADDR[$mode]} WARDEN_TOKEN=${TOKEN[$mode]} $BIN agents token create support-bot --json |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  port=$((port + 1))
done

DIRECT_BODY='{"customer_id":"C1234"}'
GW_BODY='{"tool":"crm.get_customer","arguments":{"customer_id":"C1234"},"session":"bench"}'
: >"$WORK/results"
for round in $(seq "$ROUNDS"); do
  direct=$($LOADGEN "http://$UP/tools/crm.get_customer" "$GROUPANY_API_KEY" "$DIRECT_BODY" --rate "$RATE" --seconds "$SECONDS_PER_RUN")
  echo "{\"round\":$round,\"target\":\"direct\",\"result\":$direct}" | tee -a "$WORK/results"
  for mode in mask pseudonymise; do
    python3 bench/stages.py snapshot "${ADDR[$mode]}" "${TOKEN[$mode]}" >"$WORK/before.json"
    r=$($LOADGEN "${ADDR[$mode]}/v1/actions" "${AGENT[$mode]}" "$GW_BODY" --rate "$RATE" --seconds "$SECONDS_PER_RUN")
    python3 bench/stages.py snapshot "${ADDR[$mode]}" "${TOKEN[$mode]}" >"$WORK/after.json"
    echo "{\"round\":$round,\"target\":\"$mode\",\"result\":$r,\"stages\":$(python3 bench/stages.py diff "$WORK/before.json" "$WORK/after.json")}" | tee -a "$WORK/results"
  done
done
python3 - "$WORK/results" <<'EOF'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
def med(target, key):
    return statistics.median(r["result"][key] for r in rows if r["target"] == target)
out = {}
for key in ("p50_ms", "p99_ms"):
    d, m, p = med("direct", key), med("mask", key), med("pseudonymise", key)
    out[key] = {"direct": d, "mask": m, "pseudonymise": p,
                "mask_added": round(m - d, 3), "pseudonymise_added": round(p - d, 3),
                "pseudonymise_over_mask": round(p - m, 3)}
errors = sum(r["result"]["errors"] for r in rows)
print(json.dumps({"summary": out, "errors": errors}))
EOF
for mode in mask pseudonymise; do
  $BIN audit verify --db "$WORK/$mode/data/warden.db" >/dev/null
done
echo "# audit logs verified"
