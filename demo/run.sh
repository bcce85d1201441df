#!/usr/bin/env bash
# A tour of notes-vault on a throwaway vault, run by `make demo`.
#
# Runs end to end without a terminal (the passphrase comes from the
# environment), uses the project's .venv, cleans up after itself and exits
# non-zero on the first failure. Each capability has its own section below;
# add new ones at the end, in the same shape (section "..."; then commands).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
nv="$here/.venv/bin/notes-vault"
[[ -x "$nv" ]] || { echo "demo: $nv not found; run \`make install\` first" >&2; exit 1; }

workdir="$(mktemp -d "${TMPDIR:-/tmp}/notes-vault-demo.XXXXXX")"
trap 'rm -rf "$workdir"' EXIT

# Nothing of the user's own set-up may leak in, and nothing may prompt.
unset NOTES_VAULT_KEYFILE NOTES_VAULT_PASSCOMMAND NOTES_VAULT_PASSPHRASE_FILE \
      NOTES_VAULT_NEW_PASSPHRASE NOTES_VAULT_RECOVERY_KEY
export NOTES_VAULT_DIR="$workdir/vault"
export NOTES_VAULT_PASSPHRASE="demo passphrase, never use this one"
exec </dev/null

section() { printf '\n=== %s\n' "$*"; }
run() { printf '$ notes-vault %s\n' "$*"; "$nv" "$@"; }
# `expect_exit CODE ARGS...`: the command must fail with exactly that code.
expect_exit() {
    local want="$1"; shift
    printf '$ notes-vault %s   # expect exit %s\n' "$*" "$want"
    local got=0
    "$nv" "$@" || got=$?
    if [[ "$got" != "$want" ]]; then
        echo "demo: expected exit $want, got $got" >&2
        exit 1
    fi
}

# --- Vault: create, inspect ------------------------------------------------------
section "Vault: init (cheap Argon2id parameters for the demo, hence the warning)"
run init --kdf-memory 16 --kdf-iterations 1 --kdf-parallelism 1
ls -la "$NOTES_VAULT_DIR"

section "Vault: status"
run status

section "Vault: a wrong passphrase is exit 3"
NOTES_VAULT_PASSPHRASE="not it" expect_exit 3 status

# --- Key files: unattended unlock ------------------------------------------------
section "Key files: add one, then unlock with it alone"
run keyfile add "$workdir/cron.key"
ls -l "$workdir/cron.key"
NOTES_VAULT_PASSPHRASE="" run --keyfile "$workdir/cron.key" status

section "Key files: one readable by others is refused (exit 3)"
chmod 640 "$workdir/cron.key"
NOTES_VAULT_PASSPHRASE="" expect_exit 3 --keyfile "$workdir/cron.key" status
chmod 600 "$workdir/cron.key"

# --- Audit log ---------------------------------------------------------------------
section "Audit: verify the hash chain, then list the events"
run audit verify
run audit list

# --- Each capability's own tour: demo/NN-name.sh, in order --------------------------
NV="$nv"
export NV
for fragment in "$here"/demo/[0-9]*.sh; do
    section "$(basename "$fragment" .sh)"
    # shellcheck source=/dev/null
    source "$fragment"
done

section "Done: the demo vault is removed on exit"
