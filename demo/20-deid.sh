# De-identification and the supervision export: the notes written by
# 10-clients-notes.sh, de-identified with what the vault knows, then a
# supervision summary by pseudonym code. Sourced by the demo runner with $NV,
# a throwaway vault and NOTES_VAULT_PASSPHRASE set (set -euo pipefail in force).

echo "# any text: pattern and context layers, with --explain"
printf 'Ann rang from 07700 900456 on 3 March 2024; her sister Jane Hollis lives in Leeds.
She left school in 2009; said kevin was kind. Grace is worried about her exams.\n' \
    | $NV deid --file - --client C0001 --explain

echo "# minutes: owners of actions, named bodies and a month that is a name (round 12)"
printf 'Actions: Jade to call the Home Office; Samaritans number given.
His wife June is worried; review in June.\n' | $NV deid --file -

echo "# a supervision log: initials that speak twice are a person everywhere (round 13)"
printf 'Supervisee GR. GR'"'"'s dilemma: whether to end. GR unsure; GR said the client left on 1/7 21:00.\n' \
    | $NV deid --file -

echo "# a records system's header: the board in capitals, a short weekday, a Welsh date (round 14)"
printf 'NHS WESTERN ISLES - OLDER ADULTS CMHT\n10:00 Rebecca Lyons (CPN): bloods Fri, r/v Thurs. Ganwyd 5 Hydref 1971.\n' \
    | $NV deid --file -

echo "# a sign-out list: whole military units, two people never one tag (round 15)"
printf 'Foster, Greg   62   ex 1st Bn 8th Marines\nThornton, Evelyn   65   husband with the 5th Bomb Wing\n' \
    | $NV deid --file -

echo "# a crisis-team handover in shorthand: dash signers, ages after names, whole countries (round 16)"
printf -- '- NICHOLSON, R 58 -- Walker -- low mood, dad back from Sri Lanka\nED -- F 32 OD, seen w/ son kuba 15 at St Bede'"'"'s\n-- AK duty\n' \
    | $NV deid --file -

echo "# a pasted letter: a letterhead in capitals, a coming birthday, the clinician's note (round 17)"
printf -- 'TENANCY RELATIONS UNIT\n2nd Floor, Quarry House, Leeds LS2 7UE\n\nDear Ms Okafor, ...\n\nNote (QW, counsellor): Marguerite is 47, 48 on 3rd March; her brother was 12 at the time.\nd. brooks, lcsw\n' \
    | $NV deid --file -

echo "# a school log with dated entries: each entry's signer, a short decade, an age after a name (round 18)"
printf -- 'tues 4th - seen at break, tearful. dad worked the docks in the 80s. next wk. - qv\n\nweds 5th - Mr Abernethy 72 rang re his grandson. ok. -b.h.\n' \
    | $NV deid --file -

echo "# a college counselling log: the next birthday's age in a bracket, children's ages after their count, initials alone closing an entry, a fraction-shaped date after 'Addendum' (round 19)"
printf -- 'Student: Tayla, 17 (18 in March), Hair & Beauty L2, Westbrook Uni outreach.\nMum has children: 3 (9, 6 and 2).\nAgreed weekly check-ins.\nQD\nAddendum 3/4: rang, settled. Her bday, 19, for her sister - party.\n' \
    | $NV deid --file -

echo "# a night-shift log: signers with their role first, a bracket before a signer, a title that stays before the client's name (round 20)"
printf -- 'obs 15 min, settled (seen by duty) -tk\nRang Mrs Demo-Client re her meds.\n-rn sb\n' \
    | $NV deid --file - --client C0001

echo "# a letter to the GP: the GP's recorded title stays a title, and so does a pronoun before a birthday (round 21)"
$NV client link C0001 --person "Dr Priya Demo-Doctor" --relation gp >/dev/null
$NV client link C0001 --person "Kestrel Analytics" --relation employer >/dev/null
printf -- 'Dear Dr Priya Demo-Doctor,\nAnn saw Kestrel Analytics HR on Monday; low since her 40th birthday.\n' \
    | $NV deid --file - --client C0001

echo "# an ambulance log in capitals and a phone note: no name made of 'PER POLICE', a birth month after the age, 'tomorrow's her birthday', a plate in brackets, a scheme's provider (round 22)"
printf -- 'CONFUSED, WANDERING PER POLICE. PT SAYS PHARMACY SHUT.\nAnn rang: 41 in June, and tomorrow'"'"'s her birthday. Came in his truck (SNK 921); EAP (Lyra) paid.\n' \
    | $NV deid --file - --client C0001

echo "# a crisis-team jotting: a birthday on 'xmas eve', the town as 'hpool', and 'money's' left alone (round 23)"
cal=$($NV --json client add --name "Cal Demo-Fenwick" --dob 1971-12-24 --address "4 Moor View, Hartlepool" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
printf -- 'cal f - CRHT - xmas eve, his 55th - back in hpool since fri. money'"'"'s tight, no SI.\n' \
    | $NV deid --file - --client "$cal"

echo "# a stored note, as JSON with offsets into the original"
$NV --json deid N0001 | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["items"][0]["text"])'

echo "# a supervision summary (months, not dates; no names)"
$NV supervision export C0001 --since 2024-01-01
