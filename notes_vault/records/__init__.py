"""The records a therapist keeps: clients, notes, consents, disclosures, requests, search."""
