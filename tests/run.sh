#!/usr/bin/env bash
# Runs every test of OutlineAddin on a fresh machine: the .NET engine and API tests (on SQLite, then the repository and
# API tests again on PostgreSQL), the taskpane's unit tests, and its end-to-end tests in headless Chromium against the
# real server.
# Installs what is missing (Debian's chromium, CJK fonts, tzdata, LibreOffice and PostgreSQL, the taskpane's npm packages)
# first: the team time zone tests need zones other than Asia/Shanghai, which the server knows only from tzdata, and the
# Word export tests have LibreOffice (soffice, headless) read the exported documents; they fail without it
# (OUTLINE_SKIP_LIBREOFFICE=1 skips them on a developer's machine without LibreOffice; this script never sets it).
# PostgreSQL: a throwaway cluster on a free loopback port (tests/postgres-cluster.sh), stopped and deleted when the script
# ends however it ends; OUTLINE_TEST_POSTGRES names it, each test server or repository test makes a database of its own
# there. The first .NET run is the default storage, SQLite, plus the tests that always use PostgreSQL; the second runs
# the repository and API tests with OUTLINE_TEST_STORAGE=Postgres, all but those marked [Trait("Storage", "SqliteOnly")].
set -euo pipefail
cd "$(dirname "$0")/.."
unset OUTLINE_SKIP_LIBREOFFICE # a developer's shell may have it; every run of this script converts with LibreOffice
unset OUTLINE_SKIP_POSTGRES    # likewise: every run tests PostgreSQL
unset OUTLINE_TEST_STORAGE     # the first run is on the default storage

need_packages=()
for package in chromium fonts-noto-cjk tzdata libreoffice-writer-nogui postgresql; do
  dpkg -s "$package" >/dev/null 2>&1 || need_packages+=("$package")
done
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "== installing ${need_packages[*]}"
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

# Under /tmp, not in a directory of mktemp -d's: as root the cluster runs as the postgres user, who must reach it.
postgres_dir=/tmp/outline-test-postgres-$$
trap 'bash tests/postgres-cluster.sh stop "$postgres_dir"' EXIT
echo "== PostgreSQL: a throwaway cluster"
OUTLINE_TEST_POSTGRES=$(bash tests/postgres-cluster.sh start "$postgres_dir")
export OUTLINE_TEST_POSTGRES
echo "$OUTLINE_TEST_POSTGRES"

echo "== taskpane packages"
(cd taskpane && npm ci --no-audit --no-fund --loglevel=error)

# The tests that run on the storage OUTLINE_TEST_STORAGE chooses: the repositories' (Data, Teams, Templates) and every
# test of a server (Api, Teams), except what tests SQLite itself.
postgres_tests='(FullyQualifiedName~OutlineAddin.Tests.Api.|FullyQualifiedName~OutlineAddin.Tests.Data.|FullyQualifiedName~OutlineAddin.Tests.Teams.|FullyQualifiedName~OutlineAddin.Tests.Templates.)&Storage!=SqliteOnly'

passed=0
failed=0
status=0
log=$(mktemp)

count_dotnet() {
  # "Passed!  - Failed:     0, Passed:   301, Skipped:     0, Total:   301"
  local line
  line=$(grep -E "(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+" "$log" | tail -1 || true)
  passed=$((passed + $(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"${line:-Passed: 0}")))
  failed=$((failed + $(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"${line:-Failed: 0,}")))
}

count_node() {
  # node --test closes with "# pass N" and "# fail N"
  passed=$((passed + $(grep -E "^(# |ℹ )pass [0-9]+" "$log" | tail -1 | grep -oE "[0-9]+" || echo 0)))
  failed=$((failed + $(grep -E "^(# |ℹ )fail [0-9]+" "$log" | tail -1 | grep -oE "[0-9]+" || echo 0)))
}

echo "== .NET: formatting and analyzers (.editorconfig, Directory.Build.props)"
if dotnet format OutlineAddin.sln --verify-no-changes; then
  passed=$((passed + 1))
else
  echo "dotnet format found changes to make: run \`dotnet format OutlineAddin.sln\` and commit them."
  failed=$((failed + 1))
  status=1
fi

echo "== .NET: engine, API and manifest tests"
dotnet test OutlineAddin.sln 2>&1 | tee "$log" || status=1
count_dotnet

echo "== .NET: repository and API tests again, on PostgreSQL"
OUTLINE_TEST_STORAGE=Postgres dotnet test OutlineAddin.sln --no-build --filter "$postgres_tests" 2>&1 | tee "$log" || status=1
count_dotnet

echo "== taskpane unit tests"
(cd taskpane && npm test) 2>&1 | tee "$log" || status=1
count_node

echo "== taskpane end-to-end tests (headless Chromium, real server)"
(cd taskpane && npm run test:e2e) 2>&1 | tee "$log" || status=1
count_node

rm -f "$log"
echo
echo "$passed passed, $failed failed"
exit $status
