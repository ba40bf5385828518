"""Dialogs; each exposes an `ask(...)` that runs it and returns a value or None."""
