#!/usr/bin/env bash
# The .deb that CPack makes of this build holds the programs, their man pages, the completions,
# the desktop entry, icon and metainfo, and passes lintian with no error and no warning.
# Usage: check-debian-package.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" > "$out/cpack.log" ||
    { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
failures=0
for file in usr/bin/qlik-task usr/bin/qlik-task-runner usr/bin/qrs-sim \
    usr/share/man/man1/qlik-task.1.gz usr/share/man/man1/qrs-sim.1.gz \
    usr/share/man/man1/qlik-task-runner.1.gz \
    usr/share/bash-completion/completions/qlik-task usr/share/zsh/vendor-completions/_qlik-task \
    usr/share/fish/vendor_completions.d/qlik-task.fish \
    usr/share/applications/io.github.qlik_task_runner.QlikTaskRunner.desktop \
    usr/share/metainfo/io.github.qlik_task_runner.QlikTaskRunner.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/qlik-task-runner.svg \
    usr/share/doc/qlik-task-runner/copyright usr/share/doc/qlik-task-runner/changelog.gz; do
    grep -q " ./$file\$" <<< "$contents" || { echo "FAIL: the package lacks /$file"; failures=$((failures + 1)); }
done
# lintian says it is not meant to run as root; the check is the same.
lintian --fail-on error,warning --tag-display-limit 0 "$deb" 2> >(grep -v 'root privileges' >&2) ||
    { echo "FAIL: lintian"; failures=$((failures + 1)); }
[ "$failures" -eq 0 ] && echo "$(basename "$deb"): complete and lintian-clean"
exit "$failures"
