"""What leaves the vault: subject access exports, supervision summaries, partner redaction."""
