"""The scale database and roster workbook the benchmarks run on, built once and cached."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.models.core.codes import Category, Channel, EntryKind, EventType
from desktop.models.demo.demo import generate_demo
from desktop.models.storage import migrations
from desktop.models.storage.db import Database

# Bump when what `build_database` or `write_roster` produce changes: old caches are ignored.
GENERATOR_VERSION = 2
REVENUE_PER_MEMBER = 2  # 200,000 entries at 100,000 members
ACTIVITY_YEARS = 5
DAILY_SERIES_GROUPS = 5
ROSTER_HEADERS = (
    "姓名", "昵称", "微信号", "手机号", "邮箱", "所在群", "角色", "入群时间", "邀请人", "标签",
    "备注",
)  # fmt: skip
ROLE_WORDS = {
    "founder": "灵魂人物",
    "owner": "群主",
    "admin": "管理员",
    "leader": "领导者",
    "spokesperson": "代言人",
    "active": "活跃分子",
    "seed": "种子用户",
    "follower": "追随者",
}
_DAILY_TITLES = ("早安打卡", "每日一图", "今日话题", "晚安电台", "每日优选")
_SALE_NOTES = ("会员周边", "线上课程", "读书会门票", "烘焙材料包", "咨询小时包")


@dataclass(frozen=True)
class ScaleData:
    """Where the cached scale database and roster workbook are, and what they hold."""

    folder: Path
    database: Path
    roster: Path
    members: int
    today: dt.date
    counts: dict[str, int]


def default_work_dir() -> Path:
    """~/.cache/qundesk-bench (or $XDG_CACHE_HOME/qundesk-bench)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "qundesk-bench"


def cache_key(members: int, seed: int) -> str:
    """Folder name for one set of parameters at this schema and generator version.

    The schema is named by its version and a hash of the migrations' code, so a cache
    made while an unreleased version was still changing is not taken for the final one."""
    code = hashlib.sha256(Path(migrations.__file__).read_bytes()).hexdigest()[:8]
    return f"m{members}-s{seed}-schema{migrations.LATEST_VERSION}-{code}-gen{GENERATOR_VERSION}"


def ensure_scale_data(
    work: Path, members: int, seed: int = 0, log: Callable[[str], None] = print
) -> ScaleData:
    """The cached scale data for these parameters, built first if missing."""
    folder = work / cache_key(members, seed)
    meta_path = folder / "meta.json"
    if not meta_path.is_file():
        building = folder.with_name(folder.name + ".building")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        today = dt.date.today()
        log(f"building the scale database ({members:,} members) in {folder} …")
        counts = build_database(building / "scale.sqlite", members, seed, today)
        log("writing the roster workbook …")
        write_roster(building / "scale.sqlite", building / "roster.xlsx")
        meta = {"members": members, "seed": seed, "today": today.isoformat(), "counts": counts}
        (building / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        building.rename(folder)
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return ScaleData(
        folder=folder,
        database=folder / "scale.sqlite",
        roster=folder / "roster.xlsx",
        members=int(meta["members"]),
        today=dt.date.fromisoformat(meta["today"]),
        counts={k: int(v) for k, v in meta["counts"].items()},
    )


def build_database(path: Path, members: int, seed: int, today: dt.date) -> dict[str, int]:
    """`qundesk demo --members N`, then revenue, activity and daily content to scale."""
    database = Database.open(path)
    try:
        generate_demo(database, members=members, seed=seed, today=today)
        rng = random.Random(seed + 1)
        with database.transaction() as conn:
            _top_up_revenue(conn, rng, today, REVENUE_PER_MEMBER * members)
            _extend_activity(conn, rng, today)
            _add_daily_series(conn, today)
        database.conn.execute("ANALYZE")
        counts = database.counts()
    finally:
        database.close()
    return counts


def _top_up_revenue(
    conn: sqlite3.Connection, rng: random.Random, today: dt.date, target: int
) -> None:
    """Add product sales over the last five years until the ledger holds `target` entries."""
    have = conn.execute("SELECT count(*) FROM revenue").fetchone()[0]
    missing = target - have
    if missing <= 0:
        return
    buyers = conn.execute(
        "SELECT member_id, group_id FROM memberships WHERE left_on IS NULL"
    ).fetchall() or [(None, 1)]
    span = ACTIVITY_YEARS * 365
    rows = []
    for _ in range(missing):
        member, group = rng.choice(buyers)
        day = today - dt.timedelta(days=rng.randrange(span))
        note = rng.choice(_SALE_NOTES)
        amount = rng.randint(1, 60) * 990
        rows.append(
            (day.isoformat(), group, EntryKind.INCOME.value, Category.PRODUCT.value, amount,
             "CNY", Channel.WECHAT_PAY.value, member, note)
        )  # fmt: skip
    conn.executemany(
        "INSERT INTO revenue (day, group_id, kind, category, amount_minor, currency, channel,"
        " member_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _extend_activity(conn: sqlite3.Connection, rng: random.Random, today: dt.date) -> None:
    """Daily metrics for every group back to five years ago, quieter the further back."""
    first = today - dt.timedelta(days=ACTIVITY_YEARS * 365)
    rows = []
    for group_id, messages, active in conn.execute(
        "SELECT g.id, coalesce(avg(a.messages), 20), coalesce(avg(a.active_members), 5)"
        " FROM groups g LEFT JOIN activity_daily a ON a.group_id = g.id GROUP BY g.id"
    ).fetchall():
        days = (today - first).days + 1
        for offset in range(days):
            day = first + dt.timedelta(days=offset)
            growth = 0.3 + 0.7 * offset / days
            mood = max(rng.gauss(1, 0.2), 0.1) * (0.7 if day.weekday() >= 5 else 1.0)
            said = int(messages * growth * mood + rng.random())
            speakers = min(said, int(active * growth * mood + rng.random()))
            rows.append(
                (group_id, day.isoformat(), said, speakers, rng.randint(0, 6), rng.randint(0, 3))
            )
    # The demo's own last year stays as it was; only the days before it are added.
    conn.executemany(
        "INSERT OR IGNORE INTO activity_daily"
        " (group_id, day, messages, active_members, joined, left_count)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def _add_daily_series(conn: sqlite3.Connection, today: dt.date) -> None:
    """One daily content series in each of the first five groups, running for five years."""
    start = dt.datetime.combine(today - dt.timedelta(days=ACTIVITY_YEARS * 365), dt.time(8))
    groups = [g for (g,) in conn.execute("SELECT id FROM groups ORDER BY id LIMIT ?", (5,))]
    for n, group_id in enumerate(groups[:DAILY_SERIES_GROUPS]):
        begins = start + dt.timedelta(minutes=30 * n)
        conn.execute(
            "INSERT INTO events (group_id, title, type, online, starts_at, ends_at, rrule)"
            " VALUES (?, ?, ?, 1, ?, ?, 'FREQ=DAILY')",
            (
                group_id,
                _DAILY_TITLES[n % len(_DAILY_TITLES)],
                EventType.CONTENT.value,
                begins.isoformat(timespec="seconds"),
                (begins + dt.timedelta(minutes=15)).isoformat(timespec="seconds"),
            ),
        )


def roster_rows(database_path: Path) -> list[tuple[object, ...]]:
    """One row per member as an owner's spreadsheet would have it (first group joined)."""
    conn = sqlite3.connect(f"{database_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            """
            SELECT m.name, m.nickname, m.wechat_id, m.phone, m.email, g.name,
                   (SELECT r.role FROM role_history r WHERE r.membership_id = s.id
                    ORDER BY r.since DESC LIMIT 1),
                   s.joined_on, coalesce(ref.name, m.referrer_text),
                   coalesce((SELECT group_concat(tag, '、') FROM member_tags t
                             WHERE t.member_id = m.id), ''),
                   m.notes
            FROM members m
            LEFT JOIN memberships s ON s.id = (SELECT min(id) FROM memberships
                                               WHERE member_id = m.id)
            LEFT JOIN groups g ON g.id = s.group_id
            LEFT JOIN members ref ON ref.id = m.referrer_id
            ORDER BY m.id
            """
        ).fetchall()
    finally:
        conn.close()
    out: list[tuple[object, ...]] = []
    for name, nick, wx, phone, email, group, role, joined, referrer, tags, notes in rows:
        out.append(
            (
                name, nick, wx, phone, email, group or "", ROLE_WORDS.get(role or "", ""),
                dt.date.fromisoformat(joined) if joined else None, referrer or "", tags, notes,
            )
        )  # fmt: skip
    return out


def write_roster(database_path: Path, target: Path) -> None:
    """The scale database's members as a Chinese roster .xlsx (one sheet, header row)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("成员名单")
    sheet.append(list(ROSTER_HEADERS))
    for row in roster_rows(database_path):
        sheet.append(list(row))
    workbook.save(target)
