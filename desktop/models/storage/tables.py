"""The tables of a QunDesk database, in the order a person thinks of them."""

# Tables reported by `info`, in the order a person thinks of them.
TABLES = (
    "groups",
    "group_rules",
    "group_thresholds",
    "lifecycle_history",
    "goals",
    "members",
    "member_tags",
    "memberships",
    "role_history",
    "events",
    "event_exdates",
    "attendance",
    "activity_daily",
    "chat_sources",
    "chat_speakers",
    "chat_aliases",
    "chat_speaker_days",
    "chat_day_keys",
    "revenue",
    "partners",
    "partner_shares",
    "vocabulary",
    "settings",
    "rule_history",
)
