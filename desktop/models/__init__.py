"""QunDesk's data layer: SQLite, domain rules and spreadsheets — no Qt in here."""

# The features register their kinds of deleted records with the trash here, the one place
# every use of the data layer passes through first, so no entry point can forget them.
from desktop.models.calendar import trash_kinds as _event_kinds  # noqa: F401
from desktop.models.members import trash_kinds as _member_kinds  # noqa: F401
from desktop.models.revenue import trash_kinds as _revenue_kinds  # noqa: F401
