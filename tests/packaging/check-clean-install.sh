#!/usr/bin/env bash
# Installs a .deb of this project into a fresh Debian 12 (debootstrap, minbase) with apt, as a
# user would, and checks that the three programs start there, that the desktop entry's program
# and icon are found, that the man pages and completions are in place, and that Qt's own
# translations came along with the German catalogue.
#
# Usage (as root, with debootstrap and a Debian mirror reachable):
#   tests/packaging/check-clean-install.sh build/qlik-task-runner_*.deb [ROOT]
# ROOT is made by debootstrap when it holds no system yet (a few minutes), else reused. Not a
# ctest: it needs root, mounts and the network.
set -euo pipefail

deb=$(realpath "$1")
root=${2:-$(mktemp -d)/bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

fail() { echo "FAIL: $*" >&2; exit 1; }
# says() PATTERN COMMAND...: the command's output (all of it read: no SIGPIPE) matches.
says() { local pattern=$1 out; shift; out=$("$@" 2>&1) || true; grep -q -- "$pattern" <<<"$out"; }
step() { echo "== $*"; }

if [ ! -f "$root/etc/debian_version" ]; then
    step "debootstrap bookworm into $root"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
fi

mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
trap 'umount "$root/dev" "$root/proc" 2>/dev/null || true' EXIT
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

step "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" \
    >/dev/null

step "the three programs start"
says '^qlik-task ' in_root qlik-task --version || fail "qlik-task --version"
says '--scenario' in_root qrs-sim --help || fail "qrs-sim --help"
says '^qlik-task-runner ' in_root env QT_QPA_PLATFORM=offscreen qlik-task-runner --version \
    || fail "qlik-task-runner --version"
# The app for real: its screenshot tour starts the bundled simulator, runs tasks and saves PNGs.
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp timeout 120 \
    qlik-task-runner --settings /tmp/tour/settings.ini --screenshot /tmp/tour/shots \
    >/dev/null 2>&1 || fail "the app's tour did not finish"
ls "$root/tmp/tour/shots/"*.png >/dev/null 2>&1 || fail "the app's tour saved no screenshot"
# qlik-task against the installed simulator, end to end.
in_root sh -c 'qrs-sim --port 18443 --scenario /usr/share/qrs-sim/scenarios/demo.json \
        >/tmp/sim.log 2>&1 & sim=$!;
    for i in $(seq 100); do grep -q listening /tmp/sim.log && break; sleep 0.1; done;
    qlik-task --server http://127.0.0.1:18443 --user demo --task "Reload Sales Dashboard" \
        --poll-interval 1 --timeout 60 >/tmp/run.log 2>&1; code=$?; kill $sim; exit $code' \
    || { cat "$root/tmp/run.log"; fail "qlik-task against the installed qrs-sim"; }

step "the desktop entry's program and icon are found"
desktop="$root/usr/share/applications/io.github.qlik_task_runner.QlikTaskRunner.desktop"
[ -f "$desktop" ] || fail "no desktop entry"
exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
in_root sh -c "command -v $exec_program" >/dev/null || fail "Exec=$exec_program is not on PATH"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "Icon=$icon not in hicolor"
[ -f "$root/usr/share/metainfo/io.github.qlik_task_runner.QlikTaskRunner.metainfo.xml" ] \
    || fail "no metainfo"

step "man pages, completions and translations"
for page in qlik-task qrs-sim qlik-task-runner; do
    [ -f "$root/usr/share/man/man1/$page.1.gz" ] || fail "no man page $page(1)"
done
[ -f "$root/usr/share/bash-completion/completions/qlik-task" ] || fail "no bash completion"
[ -f "$root/usr/share/zsh/vendor-completions/_qlik-task" ] || fail "no zsh completion"
[ -f "$root/usr/share/fish/vendor_completions.d/qlik-task.fish" ] || fail "no fish completion"
german=(in_root env LANGUAGE=de LANG=de_DE.UTF-8 qlik-task --no-such-option)
says 'Unbekannte Option' "${german[@]}" || fail "Qt's German catalogue is not used"
says 'Weitere Informationen' "${german[@]}" || fail "the German catalogue is not used"

echo "PASS: $(basename "$deb") installs and runs on a fresh Debian 12"
