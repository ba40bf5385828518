"""QunDesk's data layer: SQLite, domain rules and spreadsheets — no Qt in here."""
