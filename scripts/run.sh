#!/usr/bin/env bash
# Runs GridStaff on a fresh machine: SQLite database under src/GridStaff.HttpApi.Host/App_Data,
# migrations applied and demo data seeded on start, the UI + API + docs on http://localhost:5000
# (docs page: /scalar, OpenAPI: /openapi/v1.json, jobs: /hangfire). The Angular UI is built first
# when its build is missing or older than its sources (Node packages installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
scripts/build-angular.sh
dotnet build src/GridStaff.HttpApi.Host -nologo -clp:ErrorsOnly
cd src/GridStaff.HttpApi.Host
ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Demo} exec dotnet run --no-build --no-launch-profile --urls "${GRIDSTAFF_URLS:-http://localhost:5000}"
