#!/bin/sh
# Runs a test with a real Secret Service of its own: a private D-Bus session bus and an unlocked
# gnome-keyring in a throw-away home. Without dbus-run-session or gnome-keyring-daemon the test
# runs as it is and skips what needs the service (QTR_SECRET_SERVICE stays unset).
set -eu
if ! command -v dbus-run-session > /dev/null || ! command -v gnome-keyring-daemon > /dev/null; then
    exec "$@"
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- sh -c '
    printf "%s" test-keyring | gnome-keyring-daemon --unlock --components=secrets --daemonize \
        > /dev/null || exit 1
    QTR_SECRET_SERVICE=gnome-keyring "$@"' sh "$@"
