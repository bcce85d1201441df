"""Migration 4: consents, disclosures (append-only), restriction lifts, third-party requests."""

from __future__ import annotations

DESCRIPTION = "consents, disclosures, restriction lifts, requests"

# Every row that is about a client is reached through a `client_num` column
# (consents, disclosure_clients, requests), so retention can destroy a client's
# rows by that column alone; lifts hang off their disclosure and go with it
# (ON DELETE CASCADE).
#
# consents: one row per decision the client made about one purpose.
#   decision 'given' or 'refused'; given_on is the date of that decision;
#   withdrawn_on is set (once) when a given consent is withdrawn. Rows are
#   never deleted before the client's retention ends.
#
# disclosures: append-only. No column is ever updated: a correction is a new
#   row whose `corrects` names the old one (a plain number, not a foreign key,
#   so that no cascade ever rewrites a disclosure row), and the end of a
#   restriction is a row of disclosure_lifts. The triggers below refuse any
#   UPDATE; DELETE is left to retention's destruction (notes_vault.retention.expire),
#   and a row deleted or edited by any other means is found by `audit verify`,
#   which checks each row against the keyed digest stored in its audit event
#   (see notes_vault.records.disclosures.check_records).
#   restricted_until / authority / restriction_reason: all three or none; a
#   restricted entry is one the client must not be told of until it is lifted;
#   restricted_until is the review date `status` reminds of.
#
# requests: enquiries from third parties; client_num may be NULL (an enquiry
#   that names no client on record); disclosure_num links a granted request
#   to the disclosure it led to.
SQL = """
CREATE TABLE consents (
    num INTEGER PRIMARY KEY AUTOINCREMENT,
    client_num INTEGER NOT NULL REFERENCES clients(num),
    purpose TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('given', 'refused')),
    scope TEXT,
    written INTEGER NOT NULL CHECK (written IN (0, 1)),
    given_on TEXT NOT NULL,
    withdrawn_on TEXT,
    created TEXT NOT NULL
);
CREATE INDEX consents_client ON consents(client_num, purpose);
CREATE TABLE disclosures (
    num INTEGER PRIMARY KEY AUTOINCREMENT,
    disclosed_on TEXT NOT NULL,
    recipient TEXT NOT NULL,
    org TEXT,
    address TEXT,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    purpose TEXT,
    basis TEXT NOT NULL,
    basis_other TEXT,
    consent TEXT NOT NULL CHECK (consent IN ('given', 'refused', 'not-sought')),
    consent_reason TEXT,
    client_informed INTEGER NOT NULL CHECK (client_informed IN (0, 1)),
    restricted_until TEXT,
    authority TEXT,
    restriction_reason TEXT,
    decided_by TEXT,
    rationale TEXT,
    corrects INTEGER,
    created TEXT NOT NULL,
    CHECK ((restricted_until IS NULL) = (authority IS NULL)
           AND (authority IS NULL) = (restriction_reason IS NULL))
);
CREATE INDEX disclosures_date ON disclosures(disclosed_on);
CREATE INDEX disclosures_review ON disclosures(restricted_until)
    WHERE restricted_until IS NOT NULL;
CREATE TABLE disclosure_clients (
    client_num INTEGER NOT NULL REFERENCES clients(num),
    disclosure_num INTEGER NOT NULL REFERENCES disclosures(num) ON DELETE CASCADE,
    PRIMARY KEY (client_num, disclosure_num)
) WITHOUT ROWID;
CREATE INDEX disclosure_clients_disclosure ON disclosure_clients(disclosure_num);
CREATE TABLE disclosure_lifts (
    disclosure_num INTEGER PRIMARY KEY REFERENCES disclosures(num) ON DELETE CASCADE,
    lifted_on TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE requests (
    num INTEGER PRIMARY KEY AUTOINCREMENT,
    client_num INTEGER REFERENCES clients(num),
    received_on TEXT NOT NULL,
    requester TEXT NOT NULL,
    asked TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('declined', 'granted', 'pending')),
    reason TEXT NOT NULL,
    without_consent INTEGER NOT NULL CHECK (without_consent IN (0, 1)),
    disclosure_num INTEGER REFERENCES disclosures(num) ON DELETE SET NULL,
    created TEXT NOT NULL
);
CREATE INDEX requests_client ON requests(client_num);
CREATE TRIGGER disclosures_append_only BEFORE UPDATE ON disclosures BEGIN
    SELECT RAISE(ABORT, 'disclosures are append-only');
END;
CREATE TRIGGER disclosure_clients_append_only BEFORE UPDATE ON disclosure_clients BEGIN
    SELECT RAISE(ABORT, 'disclosures are append-only');
END;
CREATE TRIGGER disclosure_lifts_append_only BEFORE UPDATE ON disclosure_lifts BEGIN
    SELECT RAISE(ABORT, 'disclosures are append-only');
END;
"""
