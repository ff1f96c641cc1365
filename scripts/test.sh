#!/usr/bin/env bash
# Builds everything and runs every test (the README's second Quick start command).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --workflow --preset default
