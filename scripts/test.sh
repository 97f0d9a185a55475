#!/usr/bin/env bash
# The test command: sets up what the tests need on a fresh Debian machine, then builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== restore"
dotnet restore Dot.GraphQL.sln

echo "== build (warnings are errors, code style enforced)"
dotnet build Dot.GraphQL.sln --no-restore -c Debug

echo "== format check"
dotnet format whitespace Dot.GraphQL.sln --verify-no-changes

echo "== test"
results="$(mktemp -d)"
status=0
dotnet test Dot.GraphQL.sln --no-build -c Debug --logger "trx;LogFileName=dot.trx" --results-directory "$results" || status=$?

trx="$(find "$results" -name '*.trx' | head -n 1)"
if [ -n "$trx" ]; then
  counters="$(grep -o '<Counters [^>]*>' "$trx")"
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total="$(value total)"; passed="$(value passed)"; failed="$(value failed)"; executed="$(value executed)"
  echo "$passed passed, $failed failed, $((total - executed)) skipped"
else
  echo "no test results were written"
  status=1
fi
exit "$status"
