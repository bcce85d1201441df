"""Crash, concurrency, full-disk, tamper, fuzz and leak tests."""
