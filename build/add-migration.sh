#!/usr/bin/env bash
# Adds the same migration to a module for both providers, so the SQLite and SQL Server sets never drift.
# Usage: build/add-migration.sh <Module> <MigrationName>     e.g. build/add-migration.sh Accounts AddClientNotes
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 <Module> <MigrationName>" >&2
  exit 2
fi
module=$1
name=$2
root=$(cd "$(dirname "$0")/.." && pwd)
project="$root/src/Modules/$module/Cadence.$module"
if [ ! -d "$project" ]; then
  echo "no module named $module under src/Modules" >&2
  exit 2
fi
cd "$root"
dotnet tool restore >/dev/null
dotnet build "$project" -v quiet -nologo
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --no-build \
    --project "$project" --startup-project "$project" \
    --context "${module}${provider}DbContext" \
    --output-dir "Data/Migrations/$provider"
done
# Module implementations keep everything internal (architecture tests check it); EF writes migrations public.
find "$project/Data/Migrations" -name "*_${name}*.cs" -exec sed -i 's/^    public partial class /    internal partial class /' {} +
