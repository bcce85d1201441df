"""The command line, run through its real entry point."""
