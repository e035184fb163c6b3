#!/usr/bin/env bash
# Makes the PostgreSQL test database reachable: starts Debian's cluster if it is down and creates
# the role tvs_it (password tvs_it) and the database, tvs_it or the one named as the first argument
# (ClusterIT's tvs_it_cluster), owned by tvs_it, if they are missing. Called by the integration
# tests when the database does not answer. Needs the Debian package postgresql and either root or
# password-less sudo.
set -euo pipefail
database="${1:-tvs_it}"
if ! [[ "$database" =~ ^[a-z_][a-z0-9_]*$ ]]; then
    echo "Not a plain database name: $database" >&2
    exit 2
fi

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}

if ! command -v pg_lsclusters >/dev/null; then
    echo "PostgreSQL is not installed. Install it with: sudo apt-get install -y postgresql" >&2
    exit 1
fi

read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
if [ -z "${version:-}" ]; then
    echo "No PostgreSQL cluster exists. Create one with: sudo pg_createcluster 15 main --start" >&2
    exit 1
fi
if [ "$port" != 5432 ]; then
    echo "The PostgreSQL cluster $version/$cluster listens on $port; the tests expect 5432." >&2
    exit 1
fi
if [ "$status" != online ]; then
    echo "Starting PostgreSQL $version/$cluster"
    as_root pg_ctlcluster "$version" "$cluster" start
fi
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 1
done

as_postgres psql -v ON_ERROR_STOP=1 -q -d postgres <<'SQL'
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tvs_it') THEN
        CREATE ROLE tvs_it LOGIN PASSWORD 'tvs_it';
    END IF;
END
$$;
SQL
if ! as_postgres psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    as_postgres createdb -O tvs_it "$database"
fi
echo "PostgreSQL test database $database is ready"
