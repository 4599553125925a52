#!/usr/bin/env bash
# Every test GridStaff has, on a fresh machine: restores tools, builds, checks each provider's
# migrations against the model, writes the SQL Server idempotent script, runs the whole suite on
# SQLite, then the integration suites again on a throwaway PostgreSQL server (installed with apt
# if missing). Ends with one line: "total: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

artifacts=artifacts
mkdir -p "$artifacts"
pg_dir=$(mktemp -d /tmp/gridstaff-pg.XXXXXX)
# A free port for the throwaway server, so a PostgreSQL already running here is left alone.
if [ -z "${GRIDSTAFF_PG_PORT:-}" ]; then
  for port in $(seq 55432 55499); do
    (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null || { export GRIDSTAFF_PG_PORT=$port; break; }
  done
fi
trap 'scripts/postgres.sh stop "$pg_dir" >/dev/null 2>&1 || true' EXIT

passed=0; failed=0
count() { # adds up the "Passed!/Failed! - Failed: x, Passed: y" lines of a dotnet test log
  local log=$1
  while read -r f p; do failed=$((failed + f)); passed=$((passed + p)); done < <(
    grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+' "$log" |
      sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\1 \2/')
}

step() { echo; echo "== $*"; }

step "Restore tools and build"
dotnet tool restore >/dev/null
dotnet build GridStaff.sln -nologo -clp:ErrorsOnly

step "Migrations are up to date with the model (each provider)"
for provider in Sqlite SqlServer PostgreSql; do
  dotnet ef migrations has-pending-model-changes --no-build \
    --project "src/GridStaff.EntityFrameworkCore.$provider" 2>&1 | tail -n 1
done

step "SQL Server idempotent script"
dotnet ef migrations script --idempotent --no-build \
  --project src/GridStaff.EntityFrameworkCore.SqlServer -o "$artifacts/sqlserver-migrations.sql" >/dev/null
echo "wrote $artifacts/sqlserver-migrations.sql ($(wc -l < "$artifacts/sqlserver-migrations.sql") lines)"

status=0
run_tests() { # LOG ARGS…: runs dotnet test, keeps the log, shows the summary lines, adds up the counts
  local log=$1; shift
  set +e
  dotnet test "$@" --no-build -nologo > "$log" 2>&1
  local code=$?
  set -e
  grep -E '^(Passed|Failed)!|\[FAIL\]|error ' "$log" || true
  count "$log"
  [ "$code" -eq 0 ] || status=1
}

step "All .NET tests on SQLite"
run_tests "$artifacts/test-sqlite.log" GridStaff.sln

step "Integration tests on PostgreSQL"
scripts/postgres.sh start "$pg_dir"
export GRIDSTAFF_TEST_DB=PostgreSql
export GRIDSTAFF_TEST_PG="Host=127.0.0.1;Port=${GRIDSTAFF_PG_PORT:-55432};Username=postgres"
for project in GridStaff.Application.Tests GridStaff.EntityFrameworkCore.Tests; do
  run_tests "$artifacts/test-postgresql-$project.log" "test/$project"
done
unset GRIDSTAFF_TEST_DB GRIDSTAFF_TEST_PG

echo
echo "total: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ] && [ "$passed" -gt 0 ]
