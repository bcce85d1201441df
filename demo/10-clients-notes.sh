# Clients, notes and search: add and link clients, write notes from standard
# input (the editor opens instead when run at a terminal), list, show, sign,
# amend, search. Sourced by the demo runner with $NV, a throwaway vault and
# NOTES_VAULT_PASSPHRASE set (set -euo pipefail in force).

id_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }

echo "# two clients seen as a couple, and a linked person"
ann=$($NV --json client add --name "Ann Demo-Client" --alias Annie --dob 1985-06-01 | id_of)
bob=$($NV --json client add --name "Bob Demo-Client" --phone "07700 900123" | id_of)
$NV client link "$ann" --client "$bob" --relation partner
$NV client link "$ann" --person "Carol Demo-Mother" --relation parent
echo "# list views show ids and pseudonym codes only"
$NV client list

echo "# notes from standard input (no editor without a terminal)"
first=$(printf 'Subjective:\nSleep poor; arguing about money.\n\nPlan:\nSleep diary.\n' \
    | $NV note add "$ann" --template soap --date 2024-05-01)
joint=$(printf "Joint session: they don't agree on the move.\n" \
    | $NV note add "$ann" "$bob" --kind session --date 2024-05-08)
printf 'Process note: felt protective of Ann.\n' | $NV note add "$ann" --kind process >/dev/null
echo "# note list: ids, dates, kinds, client ids, never text"
$NV note list "$ann"
$NV --json note list --since 2024-05-05 --until 2024-05-31

echo "# show, sign, and amend a signed note"
$NV note show "$first"
$NV note sign "$first"
if printf 'too late\n' | $NV note edit "$first"; then
    echo "demo: editing a signed note should be refused" >&2; exit 1
else
    echo "(editing a signed note is refused: exit $?)"
fi
printf 'Addendum: the sleep diary was started a week later.\n' | $NV note amend "$first"
$NV note show "$first"

echo "# search: words, \"phrases\", prefix*, OR, -exclusions"
$NV search "sleep"
$NV search '"sleep diary" OR agree*' --client "$ann"
$NV --json search "don't -money"
