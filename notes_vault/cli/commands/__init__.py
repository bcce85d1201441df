"""One module per command group; each loads only when one of its commands runs."""
