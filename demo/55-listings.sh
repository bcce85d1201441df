# Listings that stream: every list writes rows as the database yields them, in
# fixed-width columns; on a terminal the last 50 rows go through $PAGER (less),
# --all/--limit N change that, --no-pager turns the pager off; --json is one
# array written item by item and --jsonl one object a line. Sourced by the demo
# runner with $NV, a throwaway vault and NOTES_VAULT_PASSPHRASE set.

echo "# 60 short notes for one client, from standard input"
lister=$($NV --json client add --name "Lena Demo-Lister" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for day in $(seq -w 1 28) $(seq -w 1 28) 01 02 03 04; do
    printf 'Brief check-in.\n' | $NV note add "$lister" --date "2024-02-$day" >/dev/null
done
echo "# the last 3 of this client's notes (a pipe, so no pager and no default limit)"
$NV note list "$lister" --limit 3
echo "# every row, counted: no limit without a terminal"
$NV note list "$lister" | tail -n +2 | wc -l
echo "# JSON Lines: one object a line, ready for jq or grep"
$NV --jsonl note list "$lister" --limit 2
echo "# the same rows as one JSON array, written item by item"
$NV --json note list "$lister" --limit 1
echo "# the audit log and the client list stream the same way"
$NV audit list --limit 3
$NV client list --limit 2
