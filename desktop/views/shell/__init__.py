"""The window around the tabs: menus, keys, first run, lock, backups, settings."""
