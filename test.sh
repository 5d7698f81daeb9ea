#!/usr/bin/env bash
# Runs the whole BrandPulse test suite and the format check, installing first what a fresh machine lacks
# (Debian's Chromium for the browser tests, the DejaVu fonts the charts are drawn with).
#   ./test.sh            everything
#   ./test.sh --quick    skip the format check
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

quick=0
[[ "${1:-}" == "--quick" ]] && quick=1

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[[ -d /usr/share/fonts/truetype/dejavu ]] || need+=(fonts-dejavu-core)
if [[ ${#need[@]} -gt 0 ]]; then
  echo "test.sh: installing ${need[*]} ..."
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

dotnet build BrandPulse.sln -c Debug --nologo -v quiet
if [[ $quick -eq 0 ]]; then
  echo "test.sh: checking formatting (dotnet format --verify-no-changes) ..."
  dotnet format BrandPulse.sln --verify-no-changes --no-restore
fi
dotnet test BrandPulse.sln -c Debug --no-build --nologo
