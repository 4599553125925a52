#!/usr/bin/env bash
# Every test GridStaff has, on a fresh machine: restores tools, builds, checks each provider's
# migrations against the model, writes the SQL Server idempotent script, runs the whole suite on
# SQLite, then the integration suites again on a throwaway PostgreSQL server (installed with apt
# if missing), then the Angular app: npm ci, the generated API client checked against openapi.json,
# Vitest unit tests, the production build with its budgets (initial bundle size reported), and the
# Playwright end-to-end tests on Debian's Chromium (installed with apt if missing; never downloaded)
# against the real Host. Ends with one line: "total: N passed, N failed" (.NET and JS tests).
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

step "Angular: Node packages, Chromium"
if [ ! -f angular/node_modules/.package-lock.json ] || [ angular/package-lock.json -nt angular/node_modules/.package-lock.json ]; then
  (cd angular && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi 'wqy'; then
  # The browser for the e2e tests and a CJK font so the screenshots are readable.
  (apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei) >/dev/null
fi

step "Angular: generated API client matches openapi.json"
if (cd angular && node scripts/proxy.mjs --check) 2>&1 | grep -vE "^(Operation|Overwriting)" | tail -n 2; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); status=1
fi

step "Angular: Vitest unit tests"
(cd angular && NO_COLOR=1 npx ng test --watch=false) > "$artifacts/test-angular-unit.log" 2>&1 || status=1
sed 's/\x1b\[[0-9;]*m//g' "$artifacts/test-angular-unit.log" | grep -E '^ *(Test Files|Tests|Errors) |FAIL' || true
vitest=$(sed 's/\x1b\[[0-9;]*m//g' "$artifacts/test-angular-unit.log" | grep -E '^ *Tests ' | tail -n 1 || true)
vp=$( (grep -oE '[0-9]+ passed' <<<"$vitest" || true) | awk '{ s += $1 } END { print s + 0 }')
vf=$( (grep -oE '[0-9]+ failed' <<<"$vitest" || true) | awk '{ s += $1 } END { print s + 0 }')
passed=$((passed + vp)); failed=$((failed + vf))
[ "$vp" -gt 0 ] || status=1

step "Angular: production build (budgets enforced)"
if (cd angular && npx ng build) > "$artifacts/angular-build.log" 2>&1; then
  # The initial load: what index.html references (scripts, module preloads, styles).
  browser=angular/dist/gridstaff/browser
  raw=0; gz=0
  for file in $(grep -oE '(src|href)="[^"]+\.(js|css)"' "$browser/index.html" | sed -E 's/.*="([^"]+)"/\1/' | sort -u); do
    raw=$((raw + $(wc -c < "$browser/$file"))); gz=$((gz + $(gzip -c "$browser/$file" | wc -c)))
  done
  echo "initial bundle: $((raw / 1024)) KB raw, $((gz / 1024)) KB gzip (target <= 400 KB gzip); lazy chunks: $(grep -c 'chunk-' <(sed -n '/Lazy chunk files/,$p' "$artifacts/angular-build.log"))" |
    tee "$artifacts/angular-bundle-size.txt"
else
  tail -n 30 "$artifacts/angular-build.log"; status=1
fi

step "Angular: end-to-end tests (Playwright, Chromium, real Host on a fresh SQLite database)"
e2e_start=$(date +%s)
(cd angular && npx playwright test --reporter=list) > "$artifacts/test-angular-e2e.log" 2>&1 || status=1
grep -vE ' WRN |^\s*$' "$artifacts/test-angular-e2e.log" | grep -E '✘|^\s+[0-9]+ (passed|failed|flaky)|Error:' | head -n 40 || true
ep=$( (grep -oE '^ +[0-9]+ passed' "$artifacts/test-angular-e2e.log" || true) | awk '{ s += $1 } END { print s + 0 }')
ef=$( (grep -oE '^ +[0-9]+ (failed|flaky)' "$artifacts/test-angular-e2e.log" || true) | awk '{ s += $1 } END { print s + 0 }')
passed=$((passed + ${ep:-0})); failed=$((failed + ${ef:-0}))
[ "${ep:-0}" -gt 0 ] || status=1
echo "e2e: ${ep:-0} passed, ${ef:-0} failed in $(( $(date +%s) - e2e_start )) s; screenshots in $artifacts/screenshots/"

echo
echo "total: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ] && [ "$passed" -gt 0 ]
