#!/usr/bin/env bash
# Makes the PostgreSQL database a load-benchmark run works on: a fresh copy (CREATE DATABASE ... TEMPLATE) of the
# generated one, owned by tvs_it, so every run starts from the same data, as the H2 runs copy their file.
# Usage: copy-postgresql-database.sh <generated database> <run database>. Needs root or password-less sudo,
# as ear/src/test/scripts/ensure-postgres.sh, which made the generated database.
set -euo pipefail
from="$1"
to="$2"
for name in "$from" "$to"; do
    if ! [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]]; then
        echo "Not a plain database name: $name" >&2
        exit 2
    fi
done
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}
if ! as_postgres psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$from'" | grep -q 1; then
    echo "No generated PostgreSQL database $from; make it with: MAVEN_OPTS=-Xmx6g ./mvnw -q -pl workflow -am" \
         "test-compile exec:java@load-bench-database -Dexec.args=\"<applications> postgresql\"" >&2
    exit 1
fi
as_postgres dropdb --if-exists --force "$to"
# FILE_COPY copies the files between two checkpoints; the default (WAL_LOG) writes the whole database into the
# write-ahead log, and the checkpoints that follow stalled the run's first minute.
as_postgres createdb -S file_copy -O tvs_it -T "$from" "$to"
as_postgres psql -q -d postgres -c CHECKPOINT
echo "PostgreSQL database $to is a fresh copy of $from"
