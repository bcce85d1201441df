# Hardening (issue 16): free text kept off the command line, a correction that keeps its
# restriction, one withholding rule for a couple, joint disclosures after expiry, the
# audit anchor, backups placed in the vault's history, restore --force keeping the
# replaced vault, and a bounded passcommand. Sourced by the demo runner with $NV, a
# throwaway vault and NOTES_VAULT_PASSPHRASE set (set -euo pipefail in force).

hid() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
hdemo="$(mktemp -d "$workdir/hardening.XXXXXX")"

echo "# a couple sharing a surname; only one has a release consent"
kim=$($NV --json client add --name "Kim Hardwick" --started 2010-01-01 | hid)
lee=$($NV --json client add --name "Lee Hardwick" --started 2010-01-01 | hid)
$NV client link "$kim" --client "$lee" --relation partner
$NV consent add "$kim" --purpose release >/dev/null

echo "# sensitive text by file and standard input, never as an argument"
printf 'that Lee Hardwick was at risk at Hardwick Joinery\n' > "$hdemo/summary.txt"
first=$(printf 'risk to both partners\n' | $NV disclose "$kim" "$lee" --to "Adult Social Care" \
    --kind social-services --basis safeguarding-adult --summary-file "$hdemo/summary.txt" \
    --rationale-file - --consent not-sought --consent-reason "urgent" --decided-by "me" \
    --restricted-until 2027-01-01 --authority "Police" --restriction-reason "live inquiry")
echo "$first"
echo "# a correction of the restricted entry is restricted too"
fixed=$(printf 'that Lee Hardwick was at risk at Hardwick Joinery (corrected)\n' \
    | $NV --json disclose "$kim" "$lee" --to "Adult Social Care" --basis safeguarding-adult \
    --summary-file - --rationale "risk" --consent not-sought --consent-reason "urgent" \
    --decided-by "me" --corrects "$first" | hid)
$NV --json disclosure show "$fixed" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["id"], "restricted until", d["restricted_until"])'
echo "# report and export apply the same rule: Lee withheld, Kim's own business kept"
$NV disclosure lift "$fixed"
$NV disclosure report "$kim"

echo "# Lee's retention ends; the joint disclosure stays for Kim, without Lee"
$NV client close "$lee" --ended 2012-01-01
$NV audit head
$NV backup "$hdemo/before-expiry.nvb" 2>&1
$NV expire --yes 2>&1
$NV --json disclosure show "$fixed" | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"])'
anchor=$($NV --json audit head | python3 -c 'import json,sys; print(json.load(sys.stdin)["anchor"])')
$NV audit verify --anchor "$anchor"
echo "# the backup made before the expiry: in the vault's history, still holding Lee"
$NV verify "$hdemo/before-expiry.nvb" 2>&1

echo "# restore --force keeps the vault it replaces, encrypted, beside it"
$NV --json restore "$hdemo/before-expiry.nvb" --force --yes
rm -f "$NOTES_VAULT_DIR"-replaced-*.backup
$NV expire --yes --quiet 2>/dev/null || true

echo "# a passcommand that hangs is stopped after NOTES_VAULT_PASSCOMMAND_TIMEOUT (exit 3)"
if NOTES_VAULT_PASSCOMMAND="sleep 30" NOTES_VAULT_PASSCOMMAND_TIMEOUT=1 $NV status; then
    echo "demo: a hanging passcommand should fail" >&2; exit 1
else
    echo "(exit $?)"
fi
rm -rf "$hdemo"
