"""The command-line interface: parsing, prompting and rendering only."""
