"""The storage seam: database, key slots, vault folder, backups, audit chain."""
