"""The database file: opening, migrations, backups, the lock, files, trash."""
