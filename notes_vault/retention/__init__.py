"""Retention: policy and holds, expiry and its destruction register, and the vault status."""
