# Consents, disclosures, restricted entries, requests and the subject access
# export. Sourced by the demo runner with $NV, a throwaway vault and
# NOTES_VAULT_PASSPHRASE set (set -euo pipefail in force).

id_of() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
# Inside the runner's throwaway folder, removed with it: a trap here would replace the
# runner's own and leave the whole demo vault behind.
demo_dir="$(mktemp -d "$workdir/disclosures.XXXXXX")"

echo "# a couple: Dee has given a release consent, Eli has not"
dee=$($NV --json client add --name "Dee Harrowgate" --phone "07700 900321" | id_of)
eli=$($NV --json client add --name "Eli Quorrin" --email eli@example.org | id_of)
$NV client link "$dee" --client "$eli" --relation partner
printf 'Joint session. Eli Quorrin (eli@example.org) felt unheard.\n' \
    | $NV note add "$dee" "$eli" --date 2025-01-15 >/dev/null

echo "# consents: add, list, withdraw (kept, marked withdrawn)"
$NV consent add "$dee" --purpose release --written --scope "letters to her GP" --date 2025-01-02
sup=$($NV --json consent add "$dee" --purpose supervision --verbal --date 2025-01-02 | id_of)
$NV consent withdraw "$sup" --date 2025-03-01
$NV consent list "$dee"

echo "# a disclosure with consent, and a restricted one made without it"
$NV disclose "$dee" --to "Dr Patel" --org "Larch Surgery" --kind gp --basis consent \
    --summary "a summary of her care" --purpose "continuity of care" --date 2025-02-01
secret=$($NV --json disclose "$dee" --to "DC Marsh" --kind police --basis serious-crime \
    --summary "dates of attendance" --consent not-sought --consent-reason "tipping off" \
    --rationale "production order served" --decided-by "the therapist" \
    --restricted-until 2025-06-01 --authority "Thames Police" --restriction-reason "live inquiry" \
    --date 2025-02-10 | id_of)
echo "# without consent the rationale is required: refused with exit 7"
if $NV disclose "$dee" --to "Press" --basis other --basis-other "curiosity" --summary "x"; then
    echo "demo: a disclosure without rationale should be refused" >&2; exit 1
fi
echo "# the register hides restricted entries unless asked; the client's report leaves no trace"
$NV disclosure list "$dee"
$NV disclosure list "$dee" --include-restricted
$NV disclosure report "$dee"
echo "# status reminds of the review date that has come"
$NV --json status | python3 -c 'import json,sys; print(json.load(sys.stdin)["attention"]["restriction_reviews"])'
$NV disclosure lift "$secret"
$NV disclosure report "$dee"

echo "# requests: declined by default without consent; a grant without consent needs a reason"
$NV request add --from "A Journalist" --asked "is Eli a client?" --client "$eli" --reason "no consent"
$NV request add --from "DC Marsh" --asked "attendance dates" --client "$dee" --decision granted \
    --reason "production order" --disclosure "$secret"
$NV request list

echo "# subject access export: 0600, the partner's identifiers withheld"
$NV export "$dee" --out "$demo_dir/dee.md"
cat "$demo_dir/dee.md"
$NV export "$dee" --out "$demo_dir/dee.html" --format html
ls -l "$demo_dir"
$NV audit verify
