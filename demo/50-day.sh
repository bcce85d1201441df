# A day at the terminal: clients by name, a client's history, import, the config
# file, PDF exports, holds, a readable status. Sourced by the demo runner with $NV,
# a throwaway vault and NOTES_VAULT_PASSPHRASE set (set -euo pipefail in force).

day="$(dirname "$NOTES_VAULT_DIR")/day"
mkdir -p "$day/md"
export NOTES_VAULT_CONFIG="$day/config.toml"   # never the user's own config file

echo "# a config file: defaults a therapist would otherwise type each time"
printf 'template = "soap"\npager = "cat"\n' > "$NOTES_VAULT_CONFIG"
$NV config show

echo "# import: a folder of Markdown notes with front matter (a dry run first)"
cat > "$day/md/2024-03-01.md" <<'NOTE'
---
client: Grace Demo-Okafor
date: 2024-03-01
dob: 1979-11-02
---
First session: referred by her GP for low mood after redundancy.
NOTE
cat > "$day/md/2024-03-08.md" <<'NOTE'
---
client: grace demo-okafor
date: 08/03/2024
kind: process
---
Process note: I noticed I wanted to rescue her.
NOTE
$NV import --markdown "$day/md" --dry-run
$NV import --markdown "$day/md"
echo "# ... and CSV, where a bad row is named by its line and nothing is imported"
printf 'client,date,text\nGrace Demo-Okafor,2024-03-15,Third session.\nGrace Demo-Okafor,2999-01-01,Dated in the future.\n' > "$day/notes.csv"
if $NV import --csv "$day/notes.csv"; then
    echo "demo: a future date should be refused" >&2; exit 1
else
    echo "(refused: exit $?; the source file is untouched)"
fi

echo "# clients by name: accents and case do not matter; a shared name lists the ids"
$NV client find "grace"
$NV client find "okafur"                       # fuzzy: a typo still finds her
printf 'Session: sleep better; job interview on Friday.\n' | $NV note add grace
if $NV note add demo --file /dev/null 2>/dev/null; then
    echo "demo: an ambiguous name should be refused" >&2; exit 1
else
    echo "(\"demo\" matches several clients: exit $?, ids listed, nothing added)"
fi

echo "# a client's history on one screen (and as JSON)"
$NV hold add grace --reason "complaint under review"
$NV hold list
$NV client history grace
$NV --json client history grace | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["kinds"], d["retention"]["state"])'

echo "# PDF exports: rendered in memory, written 0600; --out - is standard output"
$NV export grace --format pdf --out "$day/grace.pdf"
$NV supervision export grace --format pdf --out - | head -c 8; echo
ls -l "$day/grace.pdf"

echo "# global options after the command; help shows choices and variables"
$NV client list --json --vault "$NOTES_VAULT_DIR" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)), "clients")'
$NV note add --help | grep -E "kind|template" | head -3
$NV status
unset NOTES_VAULT_CONFIG
