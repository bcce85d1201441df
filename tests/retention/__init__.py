"""Retention policy, holds and expiry."""
