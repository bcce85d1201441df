"""Subject access and supervision exports."""
