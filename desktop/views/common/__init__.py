"""Widgets and helpers shared by every tab: labels, formats, dates, saving, undo."""
