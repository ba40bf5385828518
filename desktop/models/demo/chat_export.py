"""A realistic ChatLab JSONL export of one demo group's WeChat chat, deterministic from a seed.

Senders are the group's demo members (wxid-like IDs, their nicknames as display names, a
few renamed along the way) and a few people the database does not know; about 90 days end
at the given today with a weekday/weekend rhythm and evening peaks. Among the messages:
joins by invitation and by QR code (WeChat's wording), a removal, a 接龙 list for the
group's next event, a few recalls. Only what the importer reads is realistic; the texts
are filler, since an import never keeps them.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop.models.calendar.occurrences import occurrences
from desktop.models.core.codes import EventType
from desktop.models.groups.queries import group_name
from desktop.models.members.queries import current_members
from desktop.models.storage.db import Database

ZONE = "Asia/Shanghai"  # the days the export's timestamps fall on
DAYS = 90
# Messages a day on Monday … Sunday (before the noise): busy weekdays, quiet weekends.
WEEKLY = (102, 90, 93, 87, 78, 42, 36)
# How likely a message is in each hour of the day: lunch and the evening are busiest.
HOURLY = (1, 0, 0, 0, 0, 0, 1, 3, 6, 7, 6, 6, 9, 7, 5, 5, 5, 6, 7, 9, 12, 13, 10, 4)
STRANGERS = ("Tony老师", "路人甲", "小鹿🦌")
NEWCOMERS = ("周一鸣", "吴佳佳", "郑小雨", "冯晓")
FILLER = ("早上好", "收到", "👍", "哈哈哈", "同意", "谢谢分享", "明天见", "有道理", "+1")
# ChatLab message types used: text, image, sticker, link; system and recall notices.
TEXT, IMAGE, STICKER, LINK, SYSTEM, RECALL = 0, 1, 5, 7, 80, 81
Stamp = Callable[[dt.date, int, int], int]  # a day, hour and minute as Unix seconds
_TYPES = (TEXT,) * 14 + (IMAGE,) * 3 + (STICKER,) * 2 + (LINK,)


@dataclass(frozen=True, slots=True)
class DemoChat:
    """What the written export holds."""

    path: Path
    messages: int
    senders: int
    first_day: dt.date
    last_day: dt.date
    members: dict[str, int]  # platform ID → the demo member behind it (for the preview)


@dataclass(slots=True)
class _Sender:
    wxid: str
    name: str
    member_id: int | None
    weight: float
    first: dt.date  # speaks from this day …
    last: dt.date  # … to this one
    renamed: str = ""  # the display name from halfway on


def write_demo_chat(
    db: Database, group_id: int, path: Path, *, today: dt.date, seed: int = 7
) -> DemoChat:
    """Write the export of a demo group's last `DAYS` days (ending today) to `path`."""
    rng = random.Random(seed)
    zone = ZoneInfo(ZONE)
    first_day = today - dt.timedelta(days=DAYS - 1)
    senders = _senders(db, group_id, rng, first_day, today)
    records: list[tuple[int, dict[str, object]]] = []

    def stamp(day: dt.date, hour: int, minute: int) -> int:
        return int(dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).timestamp())

    def say(when: int, who: _Sender, kind: int, content: str | None) -> None:
        halfway = stamp(first_day + dt.timedelta(days=DAYS // 2), 0, 0)
        name = who.renamed if who.renamed and when >= halfway else who.name
        records.append(
            (when, {"sender": who.wxid, "accountName": name, "type": kind, "content": content})
        )

    def notice(when: int, content: str) -> None:
        records.append(
            (when, {"sender": "system", "accountName": "系统", "type": SYSTEM, "content": content})
        )

    owner = senders[0]
    for n in range(DAYS):
        day = first_day + dt.timedelta(days=n)
        talking = [s for s in senders if s.first <= day <= s.last and s.weight > 0]
        if not talking:
            continue
        count = max(0, round(WEEKLY[day.weekday()] * rng.uniform(0.6, 1.4)))
        weights = [s.weight for s in talking]
        last_hour = 23 if day < today else 9  # today: up to the morning
        for _ in range(count):
            hour = rng.choices(range(last_hour + 1), HOURLY[: last_hour + 1])[0]
            who = rng.choices(talking, weights)[0]
            kind = rng.choice(_TYPES)
            say(stamp(day, hour, rng.randrange(60)), who, kind, _content(rng, kind))
    # Newcomers: invited by a member or joined by a QR code a member shared.
    hosts = [s for s in senders[1:12] if s.weight > 0] or [owner]
    for n, newcomer in enumerate(s for s in senders if s.wxid.startswith("wxid_new")):
        host = hosts[n % len(hosts)]
        when = stamp(newcomer.first, 20, 5 + n)
        if n % 2 == 0:
            notice(when, f'"{host.name}"邀请"{newcomer.name}"加入了群聊')
        else:
            notice(when, f'"{newcomer.name}"通过扫描"{host.name}"分享的二维码加入群聊')
    # A stranger posts an advert and is removed the same evening.
    spammer = next(s for s in senders if s.name == STRANGERS[1])
    ad_day = today - dt.timedelta(days=40)
    say(stamp(ad_day, 21, 0), spammer, LINK, "限时优惠，点击领取")
    notice(stamp(ad_day, 21, 30), f'你将"{spammer.name}"移出了群聊')
    # A few recalls.
    for n in range(4):
        who = rng.choice(hosts)
        day = first_day + dt.timedelta(days=rng.randrange(DAYS - 1))
        records.append(
            (
                stamp(day, 12, 30 + n),
                {
                    "sender": who.wxid,
                    "accountName": who.name,
                    "type": RECALL,
                    "content": f'"{who.name}" 撤回了一条消息',
                },
            )
        )
    _jielong(db, group_id, today, senders, records, stamp, rng)
    records.sort(key=lambda r: r[0])
    _write(path, group_name(db, group_id), senders, records, today, stamp)
    members = {s.wxid: s.member_id for s in senders if s.member_id is not None}
    return DemoChat(path, len(records), len(senders), first_day, today, members)


def _senders(
    db: Database, group_id: int, rng: random.Random, first: dt.date, today: dt.date
) -> list[_Sender]:
    """The group's members (a fifth never speak, some fade out, a few are renamed), the
    strangers and the newcomers, the owner first."""
    found = []
    for n, (member_id, name, nickname) in enumerate(current_members(db, group_id)):
        wxid = f"wxid_{rng.getrandbits(40):010x}{member_id % 10}"
        weight = 0.0 if rng.random() < 0.2 else rng.paretovariate(1.2)
        last = today
        if weight and rng.random() < 0.15:  # went quiet a while ago
            last = today - dt.timedelta(days=rng.randrange(15, 70))
        sender = _Sender(wxid, nickname or name, member_id, weight, first, last)
        if n % 9 == 4 and weight:
            sender.renamed = (nickname or name) + rng.choice(("🌿", "🍀", "·在路上", "(请假中)"))
        found.append(sender)
    if found:
        found[0].weight = max(found[0].weight, 3.0)  # the owner talks
    for name in STRANGERS:
        wxid = f"wxid_{rng.getrandbits(40):010x}x"
        found.append(_Sender(wxid, name, None, 0.3, first, today))
    for n, name in enumerate(NEWCOMERS):
        joined = today - dt.timedelta(days=50 - 12 * n)
        # the last newcomer never says a word
        weight = 0.0 if n == len(NEWCOMERS) - 1 else 0.6
        wxid = f"wxid_new{n}{rng.getrandbits(32):08x}"
        found.append(_Sender(wxid, name, None, weight, joined, today))
    return found


def _content(rng: random.Random, kind: int) -> str | None:
    if kind == TEXT:
        return rng.choice(FILLER)
    if kind == LINK:
        return "[链接] 本周读书笔记"
    return None


def _jielong(
    db: Database,
    group_id: int,
    today: dt.date,
    senders: list[_Sender],
    records: list[tuple[int, dict[str, object]]],
    stamp: Stamp,
    rng: random.Random,
) -> None:
    """A 接龙 list, posted yesterday evening, for the group's next event in two weeks."""
    coming = [
        o
        for o in occurrences(
            db, today + dt.timedelta(days=1), today + dt.timedelta(days=14), group_id
        )
        if o.type != EventType.CONTENT
    ]
    if not coming:
        return
    occ = coming[0]
    talkers = [s for s in senders if s.weight > 0 and not s.wxid.startswith("wxid_new")]
    names = [s.name for s in rng.sample(talkers, min(6, len(talkers)))]
    day = occ.start.date()
    lines = "\n".join(f"{n}. {name}" for n, name in enumerate(names, start=1))
    text = f"#接龙\n{occ.title} {day.month}月{day.day}日\n\n{lines}"
    poster = senders[0]
    records.append(
        (
            stamp(today - dt.timedelta(days=1), 20, 45),
            {"sender": poster.wxid, "accountName": poster.name, "type": TEXT, "content": text},
        )
    )


def _write(
    path: Path,
    chat_name: str,
    senders: list[_Sender],
    records: list[tuple[int, dict[str, object]]],
    today: dt.date,
    stamp: Stamp,
) -> None:
    """The JSONL file: a comment, the header, one line per member, one per message."""
    exported = stamp(today, 10, 0)
    header = {
        "_type": "header",
        "chatlab": {"version": "0.0.2", "exportedAt": exported, "generator": "QunDesk demo"},
        "meta": {"name": chat_name, "platform": "wechat", "type": "group",
                 "groupId": "demo4821@chatroom", "ownerId": senders[0].wxid},
    }  # fmt: skip
    with path.open("w", encoding="utf-8") as out:
        out.write("# QunDesk demo chat, ChatLab JSONL\n")
        out.write(json.dumps(header, ensure_ascii=False) + "\n")
        for sender in senders:
            member = {"_type": "member", "platformId": sender.wxid,
                      "accountName": sender.renamed or sender.name}  # fmt: skip
            out.write(json.dumps(member, ensure_ascii=False) + "\n")
        for n, (when, fields) in enumerate(records):
            line = {"_type": "message", "platformMessageId": f"demo{n:06d}", **fields}
            line["timestamp"] = when
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
