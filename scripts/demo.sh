#!/usr/bin/env bash
# Builds the project and opens the desktop app on its demo profile, which runs the bundled
# Qlik Repository Service simulator (the README's first Quick start command).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target qlik-task-runner qrs-sim qlik-task
exec build/bin/qlik-task-runner --demo "$@"
