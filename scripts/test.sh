#!/usr/bin/env bash
# The test command: sets up what the tests need on a fresh Debian machine, then builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== browser and axe-core for the portal's end-to-end tests"
# Debian's headless Chromium (Playwright's own browser download cannot work here); DejaVu is the charts' font.
if [ ! -x /usr/bin/chromium ]; then
  apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core
fi
npm ci --prefix Dot.Portal.Tests/axe --no-audit --no-fund

echo "== DynamoDB and S3 emulators for the AWS adapters' tests (dynalite, s3rver)"
npm ci --prefix Dot.Tests/Emulators --no-audit --no-fund

echo "== restore"
dotnet restore Dot.GraphQL.sln

echo "== build (warnings are errors, code style enforced)"
dotnet build Dot.GraphQL.sln --no-restore -c Debug

echo "== format check"
dotnet format whitespace Dot.GraphQL.sln --verify-no-changes

echo "== test"
results="$(mktemp -d)"
status=0
# One results file per test project (Dot.Tests, Dot.Portal.Tests); the counts below add them up.
dotnet test Dot.GraphQL.sln --no-build -c Debug --logger trx --results-directory "$results" || status=$?

counters="$(find "$results" -name '*.trx' -exec grep -ho '<Counters [^>]*>' {} +)"
if [ -n "$counters" ]; then
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" | awk '{ sum += $1 } END { print sum + 0 }'; }
  total="$(value total)"; passed="$(value passed)"; failed="$(value failed)"; executed="$(value executed)"
  echo "portal screenshots and host logs: TestResults/portal/"
  echo "$passed passed, $failed failed, $((total - executed)) skipped"
else
  echo "no test results were written"
  status=1
fi
exit "$status"
