"""The de-identification engine."""
