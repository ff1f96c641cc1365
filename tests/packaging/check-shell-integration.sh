#!/usr/bin/env bash
# The man page and the bash, zsh and fish completions of qlik-task know every option its --help
# lists, and the bash completion completes options, sign-in methods and saved profiles.
# Usage: check-shell-integration.sh QLIK_TASK COMPLETIONS_DIR MAN_PAGE
set -euo pipefail
qlik_task=$1
completions=$2
man_page=$3
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

options=$(LANGUAGE=en "$qlik_task" --help | grep -oE '^  (-[a-zA-Z], )?--[a-z0-9-]+' | grep -oE -- '--[a-z0-9-]+' | sort -u)
[ -n "$options" ] || fail "no option found in qlik-task --help"
for option in $options; do
    grep -qE -- "(^|[ \"])${option}( |\\||\\)|\"|\$)" "$completions/qlik-task.bash" ||
        fail "the bash completion does not know $option"
    grep -qE -- "${option}(\\[|\\})" "$completions/_qlik-task" ||
        fail "the zsh completion does not know $option"
    grep -qE -- "-l ${option#--}( |\$)" "$completions/qlik-task.fish" ||
        fail "the fish completion does not know $option"
    grep -qF -- "${option//-/\\-}" "$man_page" || fail "the man page does not tell of $option"
done
for section in NAME SYNOPSIS DESCRIPTION OPTIONS; do
    grep -q "^\.SH $section" "$man_page" || fail "the man page has no $section section"
done
grep -q 'Exit codes' "$man_page" || fail "the man page does not list the exit codes"

# Completing in bash, with a saved profile of the desktop app.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/QlikTaskRunner"
cat > "$home/QlikTaskRunner/qlik-task-runner.conf" <<'INI'
[profiles]
1\name=Production West
1\signIn=header
1\url=https://qlik.acme.com
1\prefix=opcon
1\header=opcon-usr
1\user=ACME\\svc_reload
size=1
version=1
INI
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _qlik_task
    printf '%s\n' "${COMPREPLY[@]}"
}
# shellcheck disable=SC1091
source "$completions/qlik-task.bash"
export XDG_CONFIG_HOME="$home"
[ "$(complete_words "$qlik_task" --pro)" = "--profile" ] || fail "--pro does not complete to --profile"
[ "$(complete_words "$qlik_task" --profile '')" = "Production West" ] ||
    fail "--profile does not complete the saved profile: $(complete_words "$qlik_task" --profile '')"
[ "$(complete_words "$qlik_task" --auth w)" = "windows" ] || fail "--auth w does not complete to windows"
[ "$(complete_words "$qlik_task" wa)" = "watch" ] || fail "wa does not complete to watch"

# The other shells read their scripts, where they are installed.
if command -v zsh > /dev/null; then
    zsh -n "$completions/_qlik-task" || fail "zsh cannot read its completion"
fi
if command -v fish > /dev/null; then
    fish -n "$completions/qlik-task.fish" || fail "fish cannot read its completion"
    # fish runs qlik-task by name for the profiles: this build's, first on the PATH.
    fish_complete() {
        PATH="$(dirname "$(realpath "$qlik_task")"):$PATH" fish --no-config -c \
            "source '$completions/qlik-task.fish'; complete -C '$1'" | cut -f1
    }
    [ "$(fish_complete 'qlik-task --au')" = "--auth" ] || fail "fish does not complete --au"
    fish_complete 'qlik-task --profile ' | grep -qx 'Production West' ||
        fail "fish does not complete the saved profile"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "man page and completions know all $(echo "$options" | wc -l) options"
