#!/usr/bin/env bash
# The full reliability fault loops (README "Reliability"): the same tests ./test.sh runs, with full iteration counts.
#   scripts/reliability.sh            100 kill -9 iterations per loop, a 1 GiB import, every slow case
#   scripts/reliability.sh 30         30 iterations per loop
#   BRANDPULSE_FAULT_SEED=7 scripts/reliability.sh   other random kill moments (the seed is printed)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export BRANDPULSE_FAULT_ITERATIONS="${1:-100}"
export BRANDPULSE_FAULT_SEED="${BRANDPULSE_FAULT_SEED:-$RANDOM}"
export BRANDPULSE_BIG_INPUT_MB="${BRANDPULSE_BIG_INPUT_MB:-1024}"
echo "reliability.sh: $BRANDPULSE_FAULT_ITERATIONS iterations, seed $BRANDPULSE_FAULT_SEED, ${BRANDPULSE_BIG_INPUT_MB} MiB input"

dotnet build tests/BrandPulse.Reliability.Tests -c Debug --nologo -v quiet
dotnet test tests/BrandPulse.Reliability.Tests -c Debug --no-build --nologo --logger "console;verbosity=normal"
