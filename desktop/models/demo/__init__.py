"""The demo database: five realistic groups built deterministically."""
