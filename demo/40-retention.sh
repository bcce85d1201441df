# Retention: status, a legal hold, expire (dry run, then for real), the
# destruction register, backup and verify. Sourced by the demo runner with
# $NV, a throwaway vault and NOTES_VAULT_PASSPHRASE set (set -euo pipefail).

ended_long_ago=$($NV --json client add --name "Dana Retention-Demo" --dob 1980-04-01 --started 2012-01-10 | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
held=$($NV --json client add --name "Eli Hold-Demo" --started 2013-02-01 | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
child=$($NV --json client add --name "Fay Child-Demo" --dob 2004-02-29 --started 2016-03-01 | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
$NV client close "$ended_long_ago" --ended 2015-06-30
$NV client close "$held" --ended 2016-01-31
$NV client close "$child" --ended 2019-09-01
if $NV note --help >/dev/null 2>&1 && $NV note add --help >/dev/null 2>&1; then
    printf 'Dana described the move; sleep improving.\n' | $NV note add "$ended_long_ago"
fi

echo "# retention status (codes and due dates, soonest first)"
$NV retention status
echo "# a legal hold on $held"
$NV hold add "$held" --reason "complaint under investigation"
$NV retention status
echo "# what would go today"
$NV expire --dry-run
echo "# destroy it (as cron would: --yes)"
$NV expire --yes
$NV destruction list
echo "# backup and verify"
backup_file="$(mktemp -d "$workdir/backup.XXXXXX")/vault.nvb"
$NV backup "$backup_file"
$NV verify "$backup_file"
$NV verify
