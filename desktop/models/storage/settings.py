"""The database's own settings (key → text), and the ones chat imports read.

The chat time zone turns a chat export's Unix times into the owner's days: empty means
this computer's zone; an IANA name ("Asia/Shanghai") counts a group in China by Beijing
time even on a laptop abroad.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.storage.db import Database

CHAT_ZONE_KEY = "chat_time_zone"


def get_setting(db: Database, key: str, default: str = "") -> str:
    """A setting's text, or `default` when it was never set."""
    found = db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if found is None or found[0] is None else str(found[0])


def set_setting(db: Database, key: str, value: str) -> None:
    """Store a setting (one transaction)."""
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def zone_named(name: str) -> dt.tzinfo | None:
    """The zone of an IANA name (None for "": this computer's); ValidationError if unknown."""
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            "zone", msg('"{name}" is not a time zone (e.g. Asia/Shanghai).', name=name)
        ) from None


def chat_zone_name(db: Database) -> str:
    """The chat time zone's IANA name ("" = this computer's)."""
    return get_setting(db, CHAT_ZONE_KEY)


def set_chat_zone(db: Database, name: str) -> None:
    """Set the chat time zone by IANA name ("" = this computer's); checked first."""
    zone_named(name.strip())
    set_setting(db, CHAT_ZONE_KEY, name.strip())
