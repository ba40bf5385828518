"""Numbered schema migrations, tracked with PRAGMA user_version."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable

from desktop.models.members.search import member_search_key, name_sort_key
from desktop.models.storage.derived import (
    dashboard_day_triggers,
    refresh_dashboard_days,
    refresh_roster_summaries,
    roster_summary_triggers,
)

Migration = Callable[[sqlite3.Connection], None]
# PRAGMA application_id marks a file as ours: "QunD" in ASCII.
APPLICATION_ID = 0x51756E44


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    `executescript` would commit the open transaction first, so statements are split with
    `sqlite3.complete_statement` and run one by one.
    """
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement: {buffer.strip()[:60]}")


def _v1_core_schema(conn: sqlite3.Connection) -> None:
    """Create every entity: groups, members, roles, events, activity, revenue, goals."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _run_script(
        conn,
        """
        CREATE TABLE groups (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (trim(name) <> ''),
            platform TEXT NOT NULL DEFAULT 'wechat',
            capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
            purposes TEXT NOT NULL DEFAULT '[]',        -- JSON list of purpose codes
            value_types TEXT NOT NULL DEFAULT '[]',     -- JSON list of value codes
            theme TEXT NOT NULL DEFAULT '',
            audience TEXT NOT NULL DEFAULT '',
            mission TEXT NOT NULL DEFAULT '',
            structure TEXT NOT NULL DEFAULT 'pyramid'
                CHECK (structure IN ('pyramid', 'ring')),
            fee_minor INTEGER NOT NULL DEFAULT 0
                CHECK (typeof(fee_minor) = 'integer' AND fee_minor >= 0),
            fee_currency TEXT NOT NULL DEFAULT 'CNY' CHECK (length(fee_currency) = 3),
            fee_period_months INTEGER CHECK (fee_period_months IS NULL OR fee_period_months > 0),
            created_on TEXT NOT NULL CHECK (date(created_on) IS created_on),
            exit_criteria TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
        );

        CREATE TABLE group_thresholds (
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (group_id, kind)
        );

        CREATE TABLE group_rules (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL CHECK (trim(text) <> ''),
            added_on TEXT NOT NULL CHECK (date(added_on) IS added_on),
            retired_on TEXT CHECK (retired_on IS NULL OR date(retired_on) IS retired_on)
        );
        CREATE INDEX group_rules_group ON group_rules(group_id, position);

        CREATE TABLE rule_history (
            id INTEGER PRIMARY KEY,
            rule_id INTEGER NOT NULL REFERENCES group_rules(id) ON DELETE CASCADE,
            changed_at TEXT NOT NULL
                CHECK (strftime('%Y-%m-%dT%H:%M:%S', changed_at) IS changed_at),
            action TEXT NOT NULL CHECK (action IN ('added', 'edited', 'moved', 'retired')),
            old_text TEXT,
            new_text TEXT
        );
        CREATE INDEX rule_history_rule ON rule_history(rule_id);

        CREATE TABLE lifecycle_history (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            stage TEXT NOT NULL CHECK (stage IN
                ('introduction', 'growth', 'maturity', 'decline', 'dissolved')),
            began_on TEXT NOT NULL CHECK (date(began_on) IS began_on),
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX lifecycle_history_group ON lifecycle_history(group_id, began_on);

        CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            metric TEXT NOT NULL,
            period TEXT NOT NULL CHECK (period IN ('week', 'month')),
            min_value INTEGER NOT NULL CHECK (min_value >= 0),
            max_value INTEGER CHECK (max_value IS NULL OR max_value >= min_value),
            effective_from TEXT NOT NULL CHECK (date(effective_from) IS effective_from),
            UNIQUE (group_id, metric, effective_from)
        );

        CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            nickname TEXT NOT NULL DEFAULT '',
            wechat_id TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            referrer_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            referrer_text TEXT NOT NULL DEFAULT '',  -- a referrer named but not yet matched
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
                CHECK (strftime('%Y-%m-%dT%H:%M:%S', created_at) IS created_at)
        );
        CREATE INDEX members_name ON members(name);
        CREATE INDEX members_wechat ON members(wechat_id) WHERE wechat_id <> '';
        CREATE INDEX members_phone ON members(phone) WHERE phone <> '';
        CREATE INDEX members_referrer ON members(referrer_id);

        CREATE TABLE member_tags (
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            tag TEXT NOT NULL CHECK (trim(tag) <> ''),
            PRIMARY KEY (member_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX member_tags_tag ON member_tags(tag);

        -- One row per period of membership: leaving closes it, re-joining opens a new one.
        CREATE TABLE memberships (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE RESTRICT,
            joined_on TEXT NOT NULL CHECK (date(joined_on) IS joined_on),
            left_on TEXT CHECK (left_on IS NULL OR (date(left_on) IS left_on
                                                    AND left_on >= joined_on)),
            paid_until TEXT CHECK (paid_until IS NULL OR date(paid_until) IS paid_until)
        );
        CREATE INDEX memberships_member ON memberships(member_id);
        CREATE INDEX memberships_group ON memberships(group_id, joined_on);
        CREATE UNIQUE INDEX memberships_one_open
            ON memberships(member_id, group_id) WHERE left_on IS NULL;

        -- Roles are dated; a change closes the current row and opens a new one.
        CREATE TABLE role_history (
            id INTEGER PRIMARY KEY,
            membership_id INTEGER NOT NULL REFERENCES memberships(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            since TEXT NOT NULL CHECK (date(since) IS since),
            until TEXT CHECK (until IS NULL OR (date(until) IS until AND until >= since))
        );
        CREATE INDEX role_history_membership ON role_history(membership_id, since);
        CREATE UNIQUE INDEX role_history_one_current
            ON role_history(membership_id) WHERE until IS NULL;

        CREATE TABLE partners (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (trim(name) <> ''),
            contact TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );

        -- A series is one row with an RRULE; occurrences are expanded when shown.
        -- An edited occurrence is its own row pointing at the series (RECURRENCE-ID).
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE RESTRICT,
            title TEXT NOT NULL CHECK (trim(title) <> ''),
            type TEXT NOT NULL DEFAULT 'other',
            online INTEGER NOT NULL DEFAULT 1 CHECK (online IN (0, 1)),
            location TEXT NOT NULL DEFAULT '',
            starts_at TEXT NOT NULL
                CHECK (strftime('%Y-%m-%dT%H:%M:%S', starts_at) IS starts_at),
            ends_at TEXT NOT NULL
                CHECK (strftime('%Y-%m-%dT%H:%M:%S', ends_at) IS ends_at
                       AND ends_at >= starts_at),
            host_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
            fee_minor INTEGER NOT NULL DEFAULT 0
                CHECK (typeof(fee_minor) = 'integer' AND fee_minor >= 0),
            cost_minor INTEGER NOT NULL DEFAULT 0
                CHECK (typeof(cost_minor) = 'integer' AND cost_minor >= 0),
            currency TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
            notes TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT '',
            depth_rating INTEGER CHECK (depth_rating IS NULL OR depth_rating BETWEEN 1 AND 5),
            rrule TEXT,
            series_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
            recurrence_start TEXT
                CHECK (strftime('%Y-%m-%dT%H:%M:%S', recurrence_start) IS recurrence_start)
        );
        CREATE INDEX events_group_start ON events(group_id, starts_at);
        CREATE INDEX events_start ON events(starts_at);
        CREATE INDEX events_series ON events(series_id);
        CREATE INDEX events_host ON events(host_id);

        CREATE TABLE event_exdates (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            occurrence_start TEXT NOT NULL
                CHECK (strftime('%Y-%m-%dT%H:%M:%S', occurrence_start) IS occurrence_start),
            PRIMARY KEY (event_id, occurrence_start)
        ) WITHOUT ROWID;

        CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            occurrence_start TEXT NOT NULL
                CHECK (strftime('%Y-%m-%dT%H:%M:%S', occurrence_start) IS occurrence_start),
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            status TEXT NOT NULL DEFAULT 'attended'
                CHECK (status IN ('signed_up', 'attended')),
            UNIQUE (event_id, occurrence_start, member_id)
        );
        CREATE INDEX attendance_member ON attendance(member_id);

        CREATE TABLE activity_daily (
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            day TEXT NOT NULL CHECK (date(day) IS day),
            messages INTEGER NOT NULL DEFAULT 0 CHECK (messages >= 0),
            active_members INTEGER NOT NULL DEFAULT 0 CHECK (active_members >= 0),
            joined INTEGER NOT NULL DEFAULT 0 CHECK (joined >= 0),
            left_count INTEGER NOT NULL DEFAULT 0 CHECK (left_count >= 0),
            PRIMARY KEY (group_id, day)
        ) WITHOUT ROWID;

        CREATE TABLE revenue (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL CHECK (date(day) IS day),
            group_id INTEGER REFERENCES groups(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL CHECK (kind IN ('income', 'expense')),
            category TEXT NOT NULL,
            amount_minor INTEGER NOT NULL
                CHECK (typeof(amount_minor) = 'integer' AND amount_minor >= 0),
            currency TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
            channel TEXT NOT NULL DEFAULT 'other',
            member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            referrer_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT '',
            -- a membership fee extends paid_until; these undo it if the entry is deleted
            renewal_membership_id INTEGER REFERENCES memberships(id) ON DELETE SET NULL,
            renewal_previous_until TEXT
        );
        CREATE INDEX revenue_group_day ON revenue(group_id, day);
        CREATE INDEX revenue_day ON revenue(day);
        CREATE INDEX revenue_member ON revenue(member_id);
        CREATE INDEX revenue_event ON revenue(event_id);
        """,
    )


def _v2_partners_vocabulary_search(conn: sqlite3.Connection) -> None:
    """Add partner shares, the owner's vocabulary, settings and member pinyin search keys."""
    _run_script(
        conn,
        """
        CREATE TABLE partner_shares (
            partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            share_bp INTEGER NOT NULL CHECK (share_bp BETWEEN 0 AND 10000),  -- basis points
            basis TEXT NOT NULL DEFAULT 'net' CHECK (basis IN ('net', 'categories')),
            categories TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (partner_id, group_id)
        ) WITHOUT ROWID;

        -- The owner's own words for domain codes (roles, purposes, categories ...).
        CREATE TABLE vocabulary (
            domain TEXT NOT NULL,
            code TEXT NOT NULL,
            label_zh TEXT NOT NULL DEFAULT '',
            label_en TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (domain, code)
        ) WITHOUT ROWID;

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        ALTER TABLE members ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
        """,
    )
    rows = conn.execute(
        """
        SELECT m.id, m.name, m.nickname, m.wechat_id, m.phone, m.notes,
               coalesce((SELECT group_concat(tag, ' ') FROM member_tags t
                         WHERE t.member_id = m.id), '')
        FROM members m
        """
    ).fetchall()
    conn.executemany(
        "UPDATE members SET search_key = ? WHERE id = ?",
        [
            (member_search_key(name, nick, wx, phone, tags, notes), mid)
            for mid, name, nick, wx, phone, notes, tags in rows
        ],
    )


def _v3_trash_and_revenue_cover(conn: sqlite3.Connection) -> None:
    """Add the 30-day trash of deleted records and covering indexes for revenue summaries."""
    _run_script(
        conn,
        """
        -- Deleted members, events and revenue entries, restorable for 30 days. `payload`
        -- is the JSON snapshot the restore functions of each kind take back.
        CREATE TABLE trash (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('member', 'event', 'revenue')),
            label TEXT NOT NULL DEFAULT '',
            deleted_at TEXT NOT NULL CHECK (datetime(deleted_at) IS deleted_at),
            payload TEXT NOT NULL CHECK (json_valid(payload))
        );
        CREATE INDEX trash_deleted_at ON trash(deleted_at);

        -- Summaries read day, currency, kind, category and amount only: with these the
        -- scans never touch the table rows. They replace the two narrower indexes.
        DROP INDEX revenue_day;
        DROP INDEX revenue_group_day;
        CREATE INDEX revenue_day_cover
            ON revenue(day, currency, kind, category, amount_minor);
        CREATE INDEX revenue_group_day_cover
            ON revenue(group_id, day, currency, kind, category, amount_minor);
        """,
    )


def _v4_roster_summary(conn: sqlite3.Connection) -> None:
    """Store each member's pinyin name key and roster summary, kept current by triggers."""
    _run_script(
        conn,
        """
        -- What the roster shows and sorts by, so its first screen reads one table:
        -- first joined day, latest paid-until, earliest paid-until of an open paid
        -- membership (expired when before today), whether any membership is open, the
        -- best open role as "rank:code", the groups text and the tags text. '' is blank.
        ALTER TABLE members ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE members ADD COLUMN roster_joined TEXT NOT NULL DEFAULT '';
        ALTER TABLE members ADD COLUMN roster_paid_until TEXT NOT NULL DEFAULT '';
        ALTER TABLE members ADD COLUMN roster_paid_due TEXT NOT NULL DEFAULT '';
        ALTER TABLE members ADD COLUMN roster_open INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE members ADD COLUMN roster_role TEXT NOT NULL DEFAULT '';
        ALTER TABLE members ADD COLUMN roster_groups TEXT NOT NULL DEFAULT '';
        ALTER TABLE members ADD COLUMN roster_tags TEXT NOT NULL DEFAULT '';
        CREATE TABLE roster_summary_paused (one INTEGER PRIMARY KEY CHECK (one = 1));
        """,
    )
    # One pass over the members for the keys, one for the summaries: each UPDATE rewrites
    # every row, which dominates at 100,000 members.
    conn.create_function("qundesk_name_key", 1, name_sort_key, deterministic=True)
    try:
        conn.execute("UPDATE members SET name_key = qundesk_name_key(name)")
    finally:
        conn.create_function("qundesk_name_key", 1, None)
    refresh_roster_summaries(conn)
    _run_script(
        conn,
        roster_summary_triggers()
        + """
        -- A member written without a key (a raw insert) still sorts, by its plain text.
        CREATE TRIGGER members_name_key AFTER INSERT ON members WHEN NEW.name_key = ''
        BEGIN UPDATE members SET name_key = lower(NEW.name) || char(1) || NEW.name
              WHERE id = NEW.id; END;
        CREATE INDEX members_name_key ON members(name_key);
        CREATE INDEX members_roster_joined ON members(roster_joined);
        CREATE INDEX members_roster_paid_until ON members(roster_paid_until);
        CREATE INDEX members_roster_role ON members(roster_role);
        CREATE INDEX members_roster_groups ON members(roster_groups COLLATE NOCASE);
        CREATE INDEX members_roster_tags ON members(roster_tags COLLATE NOCASE);
        CREATE INDEX members_roster_status ON members(roster_open, roster_paid_due);
        """,
    )


def _v5_dashboard_days(conn: sqlite3.Connection) -> None:
    """Per-day totals the dashboard reads (kept by triggers) and indexes for its lists."""
    _run_script(
        conn,
        """
        -- Joins, joins of referred members (裂变) and leaves per group and day.
        CREATE TABLE member_days (
            group_id INTEGER NOT NULL,
            day TEXT NOT NULL,
            joins INTEGER NOT NULL DEFAULT 0,
            referred INTEGER NOT NULL DEFAULT 0,
            leaves INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (group_id, day)
        ) WITHOUT ROWID;
        -- How many more (or fewer) members hold each role from a day on: the sum up to a
        -- day is the role count on that day.
        CREATE TABLE role_days (
            group_id INTEGER NOT NULL,
            day TEXT NOT NULL,
            role TEXT NOT NULL,
            change INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (group_id, day, role)
        ) WITHOUT ROWID;
        -- Check-ins (attendance marked attended) per group and day of the occurrence.
        CREATE TABLE attendance_days (
            group_id INTEGER NOT NULL,
            day TEXT NOT NULL,
            attended INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (group_id, day)
        ) WITHOUT ROWID;
        -- Income, expense and direct income per group (0: none), day and currency.
        CREATE TABLE revenue_days (
            group_key INTEGER NOT NULL,
            day TEXT NOT NULL,
            currency TEXT NOT NULL,
            income INTEGER NOT NULL DEFAULT 0,
            expense INTEGER NOT NULL DEFAULT 0,
            direct INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (group_key, day, currency)
        ) WITHOUT ROWID;

        -- The nudges' lists: paid memberships by end date, seed users and leaders by
        -- role, check-ins per event without reading the table rows.
        CREATE INDEX memberships_paid ON memberships(group_id, paid_until)
            WHERE left_on IS NULL AND paid_until IS NOT NULL;
        CREATE INDEX role_history_role ON role_history(role, until, membership_id, since);
        CREATE INDEX attendance_event_status
            ON attendance(event_id, status, occurrence_start, member_id);
        """,
    )
    refresh_dashboard_days(conn)
    _run_script(conn, dashboard_day_triggers())


# Who a database is: one row with a random id, written once and carried by every page copy
# (backups, restores), so a backup is matched to its database by id, never by file name.
# `copied_from` is set only inside backup copies: the file they were copied from. A copy
# of a database from before v6 gets the table with that path and no id (NULL); v6 then
# keeps the table and fills the id, hence IF NOT EXISTS and the upsert.
IDENTITY_TABLE = "database_identity"
IDENTITY_SCHEMA = f"""
    CREATE TABLE IF NOT EXISTS {IDENTITY_TABLE} (
        only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
        database_id TEXT,
        copied_from TEXT
    )"""


def new_database_id() -> str:
    """A fresh random identity (UUID4) for a database."""
    return str(uuid.uuid4())


def _v6_database_identity(conn: sqlite3.Connection) -> None:
    """Give the database a random identity of its own, so its backups are known as its own."""
    conn.execute(IDENTITY_SCHEMA)
    conn.execute(
        f"""INSERT INTO {IDENTITY_TABLE} (only_row, database_id) VALUES (1, ?)
            ON CONFLICT (only_row) DO UPDATE SET
                database_id = coalesce(database_id, excluded.database_id)""",
        (new_database_id(),),
    )


def _v7_chat_history(conn: sqlite3.Connection) -> None:
    """Chat history imports: where a day's figures came from, who speaks, what was counted."""
    # A speaker is one identity on a platform (a wxid, a QQ number; an export without IDs
    # gives a display name), linked to a member or not yet; their daily counts stay theirs,
    # so linking them later brings their whole history to the member. Messages already
    # counted are known by a 64-bit key each (never their text), kept per group and day as
    # a sorted blob of 8-byte integers.
    _run_script(
        conn,
        """
        ALTER TABLE activity_daily ADD COLUMN source TEXT NOT NULL DEFAULT 'typed'
            CHECK (source IN ('typed', 'chat'));
        CREATE TABLE chat_sources (
            platform TEXT NOT NULL,
            chat_key TEXT NOT NULL CHECK (chat_key <> ''),
            chat_name TEXT NOT NULL DEFAULT '',
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            PRIMARY KEY (platform, chat_key)
        ) WITHOUT ROWID;
        CREATE TABLE chat_speakers (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            speaker_key TEXT NOT NULL CHECK (speaker_key <> ''),
            display_name TEXT NOT NULL DEFAULT '',
            member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            UNIQUE (platform, speaker_key)
        );
        CREATE INDEX chat_speakers_member ON chat_speakers(member_id)
            WHERE member_id IS NOT NULL;
        CREATE TABLE chat_aliases (
            platform TEXT NOT NULL,
            display_name TEXT NOT NULL CHECK (display_name <> ''),
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            PRIMARY KEY (platform, display_name)
        ) WITHOUT ROWID;
        CREATE INDEX chat_aliases_member ON chat_aliases(member_id);
        CREATE TABLE chat_speaker_days (
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            speaker_id INTEGER NOT NULL REFERENCES chat_speakers(id) ON DELETE CASCADE,
            day TEXT NOT NULL CHECK (date(day) IS day),
            messages INTEGER NOT NULL CHECK (messages > 0),
            PRIMARY KEY (group_id, day, speaker_id)
        ) WITHOUT ROWID;
        CREATE INDEX chat_speaker_days_speaker ON chat_speaker_days(speaker_id, day);
        CREATE TABLE chat_day_keys (
            group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
            day TEXT NOT NULL CHECK (date(day) IS day),
            keys BLOB NOT NULL,
            PRIMARY KEY (group_id, day)
        ) WITHOUT ROWID;
        """,
    )


# The ledger's columns as v1 made them; v8 rebuilds the table with two more at the end.
_REVENUE_V1_COLUMNS = (
    "id, day, group_id, kind, category, amount_minor, currency, channel, member_id, "
    "event_id, referrer_id, partner_id, note, renewal_membership_id, renewal_previous_until"
)
# Built-in categories v8 adds, with the labels an owner may have given an own category
# for the same thing before: such entries move to the built-in code.
_V8_CATEGORIES = {
    "course": ("课程", "课程销售", "course", "courses", "course sales"),
    "offline_ticket": ("线下活动门票", "线下门票", "活动门票", "offline tickets"),
}


def _v8_guests(conn: sqlite3.Connection) -> None:
    """The guests a sign-up brings ("+1", "带一个朋友"): part of the head count."""
    conn.execute(
        "ALTER TABLE attendance ADD COLUMN guests INTEGER NOT NULL DEFAULT 0"
        " CHECK (typeof(guests) = 'integer' AND guests BETWEEN 0 AND 99)"
    )


# A random UID in the UUID4 form (`<uuid>@qundesk`), made by SQLite so the upgrade and
# every insert (the app, imports, trash restores of older snapshots) share one recipe.
NEW_EVENT_UID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'"
    " || substr(lower(hex(randomblob(2))), 2) || '-'"
    " || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)"
    " || '-' || lower(hex(randomblob(6))) || '@qundesk'"
)


def _v8_event_uids(conn: sqlite3.Connection) -> None:
    """Calendar identity of events: a random stored UID, SEQUENCE and LAST-MODIFIED."""
    # The UID is never derived from the row id (ids are reused after a delete, and every
    # database would make the same ones); an event without one gets a fresh one on insert.
    # `last_modified` is the UTC time of the last change a calendar shows (NULL before v8).
    _run_script(
        conn,
        f"""
        ALTER TABLE events ADD COLUMN uid TEXT CHECK (uid IS NULL OR uid <> '');
        ALTER TABLE events ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0
            CHECK (typeof(sequence) = 'integer' AND sequence >= 0);
        ALTER TABLE events ADD COLUMN last_modified TEXT
            CHECK (last_modified IS NULL
                   OR strftime('%Y-%m-%dT%H:%M:%S', last_modified) IS last_modified);
        UPDATE events SET uid = {NEW_EVENT_UID_SQL} WHERE uid IS NULL;
        CREATE UNIQUE INDEX events_uid ON events(uid);
        CREATE TRIGGER events_uid_new AFTER INSERT ON events WHEN NEW.uid IS NULL
        BEGIN
            UPDATE events SET uid = {NEW_EVENT_UID_SQL} WHERE id = NEW.id;
        END;
        """,
    )


def _v8_refunds_payments(conn: sqlite3.Connection) -> None:
    """Refunds, payment numbers, bill rules, 2 categories, partner payouts, event UIDs."""
    # A refund is stored as a negative amount of its original's kind and category, so every
    # sum of the ledger (summaries, per-day totals, goals, exports) nets it out as it is.
    # SQLite cannot change a CHECK in place: the table is copied into the new shape and
    # its indexes and triggers are made again as they were.
    _v8_guests(conn)
    _v8_event_uids(conn)
    kept = [
        str(sql)
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'revenue' "
            "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name"
        )
    ]
    _run_script(
        conn,
        f"""
        CREATE TABLE revenue_v8 (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL CHECK (date(day) IS day),
            group_id INTEGER REFERENCES groups(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL CHECK (kind IN ('income', 'expense')),
            category TEXT NOT NULL,
            amount_minor INTEGER NOT NULL CHECK (typeof(amount_minor) = 'integer'
                AND CASE WHEN refund_of IS NULL THEN amount_minor >= 0
                         ELSE amount_minor < 0 END),
            currency TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
            channel TEXT NOT NULL DEFAULT 'other',
            member_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            referrer_id INTEGER REFERENCES members(id) ON DELETE SET NULL,
            partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL,
            note TEXT NOT NULL DEFAULT '',
            -- a membership fee extends paid_until (a refund may shorten it); these undo
            -- it if the entry is deleted
            renewal_membership_id INTEGER REFERENCES memberships(id) ON DELETE SET NULL,
            renewal_previous_until TEXT,
            -- the entry this one refunds (amount negative), NULL for an ordinary entry
            refund_of INTEGER REFERENCES revenue(id) ON DELETE CASCADE,
            -- the payment's transaction number (交易单号) when imported from a bill, and
            -- the order number (商户单号) its refunds name
            payment_ref TEXT CHECK (payment_ref IS NULL OR payment_ref <> ''),
            payment_order TEXT
        );
        INSERT INTO revenue_v8 ({_REVENUE_V1_COLUMNS})
            SELECT {_REVENUE_V1_COLUMNS} FROM revenue;
        DROP TABLE revenue;
        ALTER TABLE revenue_v8 RENAME TO revenue;
        """,
    )
    for sql in kept:
        conn.execute(sql)
    _run_script(
        conn,
        """
        CREATE INDEX revenue_refund_of ON revenue(refund_of) WHERE refund_of IS NOT NULL;
        CREATE UNIQUE INDEX revenue_payment_ref ON revenue(payment_ref)
            WHERE payment_ref IS NOT NULL;
        CREATE INDEX revenue_payment_order ON revenue(payment_order)
            WHERE payment_order IS NOT NULL;
        -- What the owner said about bill lines: a line whose field contains the text goes
        -- to the group and category (either may be unset).
        CREATE TABLE payment_rules (
            id INTEGER PRIMARY KEY,
            field TEXT NOT NULL CHECK (field IN ('item', 'counterpart')),
            contains TEXT NOT NULL CHECK (contains <> ''),
            group_id INTEGER REFERENCES groups(id) ON DELETE CASCADE,
            category TEXT,
            UNIQUE (field, contains)
        );
        """,
    )
    for code, labels in _V8_CATEGORIES.items():
        marks = ", ".join("?" * len(labels))
        own = [
            str(c)
            for (c,) in conn.execute(
                "SELECT code FROM vocabulary WHERE domain = 'category' "
                f"AND code GLOB 'custom_direct_*' AND (label_zh IN ({marks}) "
                f"OR lower(label_en) IN ({marks}))",
                [*labels, *labels],
            )
        ]
        for old in own:
            conn.execute("UPDATE revenue SET category = ? WHERE category = ?", (code, old))
            conn.execute(
                "UPDATE partner_shares SET categories = replace(categories, ?, ?)",
                (f'"{old}"', f'"{code}"'),
            )
            conn.execute("DELETE FROM vocabulary WHERE domain = 'category' AND code = ?", (old,))
    _run_script(
        conn,
        """
        -- What the owner paid each partner: a statement's "paid", and its balance.
        CREATE TABLE partner_payouts (
            id INTEGER PRIMARY KEY,
            partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
            day TEXT NOT NULL CHECK (date(day) IS day),
            amount_minor INTEGER NOT NULL
                CHECK (typeof(amount_minor) = 'integer' AND amount_minor > 0),
            currency TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
            method TEXT NOT NULL DEFAULT 'bank'
                CHECK (method IN ('bank', 'wechat', 'alipay', 'cash', 'other')),
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX partner_payouts_partner ON partner_payouts(partner_id, day);

        -- A deleted payout goes to the trash too: the kind's CHECK gains 'payout'.
        CREATE TABLE trash_v8 (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('member', 'event', 'revenue', 'payout')),
            label TEXT NOT NULL DEFAULT '',
            deleted_at TEXT NOT NULL CHECK (datetime(deleted_at) IS deleted_at),
            payload TEXT NOT NULL CHECK (json_valid(payload))
        );
        INSERT INTO trash_v8 (id, kind, label, deleted_at, payload)
            SELECT id, kind, label, deleted_at, payload FROM trash;
        DROP TABLE trash;
        ALTER TABLE trash_v8 RENAME TO trash;
        CREATE INDEX trash_deleted_at ON trash(deleted_at);
        """,
    )


MIGRATIONS: tuple[Migration, ...] = (
    _v1_core_schema,
    _v2_partners_vocabulary_search,
    _v3_trash_and_revenue_cover,
    _v4_roster_summary,
    _v5_dashboard_days,
    _v6_database_identity,
    _v7_chat_history,
    _v8_refunds_payments,
)
LATEST_VERSION = len(MIGRATIONS)


def pending(version: int) -> list[tuple[int, Migration]]:
    """Migrations still to apply to a database at `version`, as (target version, step)."""
    return [(n, step) for n, step in enumerate(MIGRATIONS, start=1) if n > version]


def apply(conn: sqlite3.Connection, version: int) -> int:
    """Apply every pending migration in one transaction; return the new version.

    The connection must be in autocommit mode (isolation_level=None). On any error the
    transaction is rolled back, so the database is exactly as it was.
    """
    steps = pending(version)
    if not steps:
        return version
    conn.execute("BEGIN IMMEDIATE")
    try:
        for target, step in steps:
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return steps[-1][0]
