"""Texts for the chat: the preview with its copy button, and the template editor."""
