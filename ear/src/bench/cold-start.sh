#!/bin/bash
# Cold start of the provisioned WildFly bare, with the reference application (the smallest application with
# the portal's kinds of parts: ear/src/bench/reference-app) and with the portal, interleaved so that every
# variant meets the same machine load: per round the bare server, then each deployable on an empty database and
# once more on the database that start made. Prints WildFly's own "started in" time of each start.
#
# usage (from the repository root):
#   ./mvnw -q -pl ear -am package -DskipTests && ./mvnw -q -f ear/src/bench/reference-app/pom.xml package
#   ear/src/bench/cold-start.sh [rounds] [deployable...]
# default: 3 rounds of ear/src/bench/reference-app/target/cold-start-reference.war and
# ear/target/tvs-aansluitportaal.ear.
# Each start gets a base folder of its own under /tmp/tvs-cold-start (configuration copied, deployments its
# own; another place with TVS_COLD_START_WORK), ports shifted by TVS_COLD_START_PORT_OFFSET (default 1100, clear
# of the ITs' offsets), and is stopped before the next begins.
set -u
SERVER=${TVS_SERVER_DIR:-ear/target/server}
ROUNDS=${1:-3}; shift || true
DEPLOYABLES=("$@")
[ ${#DEPLOYABLES[@]} -eq 0 ] && DEPLOYABLES=(ear/src/bench/reference-app/target/cold-start-reference.war ear/target/tvs-aansluitportaal.ear)
for deployable in "${DEPLOYABLES[@]}"; do
  [ -f "$deployable" ] || { echo "$deployable does not exist; build it first (see the usage at the top of $0)" >&2; exit 2; }
done
WORK=${TVS_COLD_START_WORK:-/tmp/tvs-cold-start}; rm -rf "$WORK"; mkdir -p "$WORK"

prepare() { # name [deployable]
  rm -rf "$WORK/$1"; mkdir -p "$WORK/$1/standalone/deployments"
  cp -r "$SERVER/standalone/configuration" "$WORK/$1/standalone/"
  [ $# -gt 1 ] && cp "$2" "$WORK/$1/standalone/deployments/"
  return 0
}

start() { # name -> "12345ms"
  local log="$WORK/$1.log" pid
  : > "$log"
  env LAUNCH_JBOSS_IN_BACKGROUND=true TVS_DATA_DIR="$WORK/$1/data" "$SERVER/bin/standalone.sh" \
      -Djboss.socket.binding.port-offset="${TVS_COLD_START_PORT_OFFSET:-1100}" -Djboss.server.base.dir="$WORK/$1/standalone" -b 127.0.0.1 > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do grep -q "WFLYSRV0025\|WFLYSRV0026" "$log" && break; sleep 0.5; done
  echo "$(grep -o 'started[^(]*in [0-9]*ms' "$log" | grep -o '[0-9]*ms' | head -1)$(grep -q WFLYSRV0026 "$log" && echo ' (with errors)')"
  kill "$pid"; wait "$pid" 2>/dev/null; pkill -f "jboss.server.base.dir=$WORK/$1/"; sleep 2
}

for round in $(seq 1 "$ROUNDS"); do
  prepare bare
  echo "round $round  bare server: $(start bare)"
  for deployable in "${DEPLOYABLES[@]}"; do
    name=$(basename "$deployable"); name=${name%.*}
    prepare "$name" "$deployable"
    echo "round $round  $name: empty database $(start "$name"), restart $(start "$name")"
  done
done
