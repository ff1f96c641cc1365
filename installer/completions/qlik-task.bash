# bash completion for qlik-task                                     -*- shell-script -*-
# Options, the values some of them take, and the desktop app's saved profiles (--profile).

_qlik_task()
{
    local cur prev
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"

    case "$prev" in
        --profile)
            local IFS=$'\n'
            COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" --list-profiles 2>/dev/null)" -- "$cur"))
            return
            ;;
        --auth)
            COMPREPLY=($(compgen -W "header certificate windows jwt" -- "$cur"))
            return
            ;;
        --client-cert|--client-key|--pfx-password-file|--password-file|--jwt-file|--ca-cert|\
        --api-key-file|--oauth-client-secret-file)
            COMPREPLY=($(compgen -f -- "$cur"))
            return
            ;;
        --filter)
            COMPREPLY=($(compgen -W "task= tag= stream= app=" -- "$cur"))
            compopt -o nospace 2>/dev/null
            return
            ;;
        --server|--cloud|--virtual-proxy|--user-header|--user|--user-directory|--task|\
        --poll-interval|--timeout|--since|--pin-sha256|--unreachable-grace|--app|--variable|\
        --oauth-client-id)
            return
            ;;
    esac

    local options="--profile --server --auth --virtual-proxy --user-header --user
        --user-directory --client-cert --client-key --pfx-password-file --password-file
        --jwt-file --task --poll-interval --timeout --stop-on-timeout --stop-on-interrupt
        --no-wait --follow-chain --since --filter --fail-fast --ca-cert --pin-sha256 --insecure
        --unreachable-grace --json --quiet --help --version --list-profiles --cloud --app
        --partial --variable --api-key-file --oauth-client-id --oauth-client-secret-file"
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "watch" -- "$cur"))
    fi
}
complete -F _qlik_task qlik-task
