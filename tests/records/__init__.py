"""Clients, notes, consents, disclosures, requests and search."""
