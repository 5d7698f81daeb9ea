#!/usr/bin/env bash
# Runs the whole BrandPulse test suite and the format check, installing first what a fresh machine lacks
# (Debian's Chromium for the browser tests, the DejaVu fonts the charts are drawn with, Java and the pinned
# W3C Nu HTML Checker from tests/tools/package.json for the HTML validation test), and starts a throwaway PostgreSQL
# server (tests/tools/pg-server.sh, installing Debian's postgresql when missing) whose URI the tests read from
# BRANDPULSE_TEST_PG; it is stopped and its folder removed at the end.
#   ./test.sh            everything
#   ./test.sh --quick    skip the format check
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

quick=0
[[ "${1:-}" == "--quick" ]] && quick=1

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[[ -d /usr/share/fonts/truetype/dejavu ]] || need+=(fonts-dejavu-core)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [[ ${#need[@]} -gt 0 ]]; then
  echo "test.sh: installing ${need[*]} ..."
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [[ ! -f tests/tools/node_modules/vnu-jar/build/dist/vnu.jar ]]; then
  # --ignore-scripts: vnu-jar's postinstall would download a Java runtime from GitHub when none is found; Debian's is used.
  echo "test.sh: installing the Nu HTML Checker (vnu-jar, tests/tools/package-lock.json) ..."
  npm ci --prefix tests/tools --ignore-scripts --no-audit --no-fund --loglevel=error
fi

dotnet build BrandPulse.sln -c Debug --nologo -v quiet
if [[ $quick -eq 0 ]]; then
  echo "test.sh: checking formatting (dotnet format --verify-no-changes) ..."
  dotnet format BrandPulse.sln --verify-no-changes --no-restore
fi
pgdir=$(mktemp -d -t brandpulse-pg.XXXXXX)
trap 'tests/tools/pg-server.sh stop "$pgdir"' EXIT
echo "test.sh: starting a throwaway PostgreSQL server in $pgdir ..."
BRANDPULSE_TEST_PG=$(tests/tools/pg-server.sh start "$pgdir")
export BRANDPULSE_TEST_PG
dotnet test BrandPulse.sln -c Debug --no-build --nologo
