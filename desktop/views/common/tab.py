"""What the main window knows of a tab: the database, the scope, and data changes."""

from __future__ import annotations

from typing import Protocol

from desktop.models.core.scope import Scope
from desktop.models.storage.db import Database
from desktop.views.common.undo import Change


class Tab(Protocol):
    """A page of the main window; it is handed the database and scope when shown."""

    def set_database(self, database: Database) -> None:
        """Show another database (the undo steps of the old one are gone)."""

    def set_scope(self, scope: Scope) -> None:
        """Show the toolbar's group and date range."""

    def reload(self) -> None:
        """Re-read what it shows from the same database."""

    def stale_after(self, change: Change) -> bool:
        """Whether an edit made elsewhere changed what it shows (it then reloads when shown)."""
