#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo the package installs pass their validators with
# no error and no warning.
# Usage: check-desktop-files.sh RESOURCES_DIR
set -euo pipefail
resources=$1
id=io.github.qlik_task_runner.QlikTaskRunner
failures=0

desktop=$(desktop-file-validate "$resources/$id.desktop" 2>&1) || failures=$((failures + 1))
if [ -n "$desktop" ]; then
    echo "desktop-file-validate: $desktop"
    failures=$((failures + 1))
fi
# --no-net: the screenshots' addresses are not fetched (no network in CI).
if ! metainfo=$(appstreamcli validate --no-net "$resources/$id.metainfo.xml" 2>&1); then
    echo "appstreamcli: $metainfo"
    failures=$((failures + 1))
elif echo "$metainfo" | grep -qE '^[EW]:'; then
    echo "appstreamcli: $metainfo"
    failures=$((failures + 1))
fi
[ "$failures" -eq 0 ] && echo "desktop entry and metainfo are valid"
exit "$failures"
