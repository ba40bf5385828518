"""The database's own settings (key → text), and the owner's time zone.

The owner's time zone is one setting for everything that meets another zone: it turns a
chat export's Unix times into the owner's days, and it is the zone calendar files write
the event times in (their stored wall-clock times are the owner's). An IANA name
("Asia/Shanghai") counts a group in China by Beijing time even on a laptop abroad. Empty
means this computer's zone for chat days; a calendar file must name its zone, so there
it means Asia/Shanghai, the zone of the communities QunDesk is made for.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.storage.db import Database

# The key keeps its first name (the chat import introduced it) so saved choices stay.
CHAT_ZONE_KEY = "chat_time_zone"
DEFAULT_CALENDAR_ZONE = "Asia/Shanghai"


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


def owner_zone_name(db: Database) -> str:
    """The owner's time zone as calendar files write it: the setting, else Asia/Shanghai."""
    name = chat_zone_name(db)
    try:
        return name if zone_named(name) is not None else DEFAULT_CALENDAR_ZONE
    except ValidationError:  # a name this computer's zone database does not know
        return DEFAULT_CALENDAR_ZONE
