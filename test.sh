#!/usr/bin/env bash
# Installs what the tests need, builds with warnings as errors, runs every test project, checks that both providers'
# migrations are complete, writes the idempotent SQL Server scripts, and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n== %s\n' "$*"; }
fail() { echo "$*" >&2; echo "0 passed, 1 failed"; exit 1; }

step "System packages"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null \
    || fail "Could not install ${missing[*]} with apt-get."
fi
echo "chromium: $(chromium --version 2>/dev/null | head -1)"

step "Tools and build"
dotnet tool restore >/dev/null || fail "dotnet tool restore failed."
dotnet build Monolith.sln -nologo -v quiet -p:TreatWarningsAsErrors=true || fail "The build failed."

step "Migrations: no model change without a migration, for both providers"
mkdir -p artifacts/sql
migration_failures=0
for project in src/Modules/*/Cadence.*; do
  module=$(basename "$project"); module=${module#Cadence.}
  [[ "$module" == *.Contracts ]] && continue
  for provider in Sqlite SqlServer; do
    if ! dotnet ef migrations has-pending-model-changes --no-build --project "$project" --startup-project "$project" \
        --context "${module}${provider}DbContext" >/dev/null 2>&1; then
      echo "  $module ($provider): the model has changes without a migration; run build/add-migration.sh $module <Name>"
      migration_failures=$((migration_failures + 1))
    fi
  done
  if ! dotnet ef migrations script --idempotent --no-build --project "$project" --startup-project "$project" \
      --context "${module}SqlServerDbContext" --output "artifacts/sql/${module,,}.sql" >/dev/null 2>&1; then
    echo "  $module: the idempotent SQL Server script did not generate"
    migration_failures=$((migration_failures + 1))
  fi
done
[ "$migration_failures" -eq 0 ] && echo "complete for every module; scripts in artifacts/sql/"

step "Tests"
rm -rf artifacts/test-results
test_exit=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  grep -q 'Microsoft.NET.Test.Sdk' "$project" || continue
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory artifacts/test-results || test_exit=1
done

read -r passed failed < <(python3 - <<'PY'
import glob, xml.etree.ElementTree as ET
passed = failed = 0
for path in glob.glob("artifacts/test-results/*.trx"):
    counters = ET.parse(path).getroot().find(".//{*}ResultSummary/{*}Counters")
    if counters is not None:
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
print(passed, failed)
PY
)
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # a test host crashed without writing its results
fi
failed=$((failed + migration_failures))
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
