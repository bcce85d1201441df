"""The storage seam: the SQLCipher database, the vault folder, key slots, migrations,
backups, locks, private files and the audit chain."""
