"""Texts for the chat: templates the owner edits per language, filled from the data."""
