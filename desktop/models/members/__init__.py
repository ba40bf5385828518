"""Members: records, memberships and roles, contacts, search keys, the roster."""
