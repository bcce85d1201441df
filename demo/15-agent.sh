# Unlock once per sitting: `unlock` hands the vault's key to a per-user agent
# (a 0600 socket in memory-backed runtime storage), later commands need no
# secret, `status` says until when, `lock` ends it. Sourced by the demo runner
# with $NV, a throwaway vault and NOTES_VAULT_PASSPHRASE set.

if [[ ! -d /dev/shm ]]; then
    echo "(no /dev/shm here: the agent needs memory-backed storage; skipped)"
else
    (
        XDG_RUNTIME_DIR="$(mktemp -d /dev/shm/nv-demo.XXXXXX)"
        export XDG_RUNTIME_DIR
        trap '$NV lock >/dev/null 2>&1 || true; rm -rf "$XDG_RUNTIME_DIR"' EXIT
        echo "# one unlock (the passphrase comes from the environment here; a prompt at a terminal)"
        $NV unlock --timeout 10m
        unset NOTES_VAULT_PASSPHRASE
        echo "# no secret in the environment now: the agent serves the key"
        $NV note list
        $NV status | grep "Unlock agent"
        $NV --json status | python3 -c 'import json,sys; print(json.load(sys.stdin)["agent"])'
        echo "# --no-agent ignores it (and here there is no other secret: exit 3)"
        if $NV --no-agent note list 2>/dev/null; then
            echo "demo: --no-agent should not have used the agent" >&2; exit 1
        else
            echo "(exit $?)"
        fi
        echo "# lock: the key is wiped and the socket removed; the next command has no key"
        $NV lock
        if $NV note list 2>/dev/null; then
            echo "demo: a locked vault should need a secret" >&2; exit 1
        else
            echo "(exit $?)"
        fi
        echo "# drafts of notes that failed to save after editing (none here)"
        $NV note recover-draft --list
    )
fi
