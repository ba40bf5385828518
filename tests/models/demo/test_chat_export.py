"""The demo chat export: a ChatLab JSONL file the importer reads whole, the same every time."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from desktop.models.demo.chat_export import DAYS, write_demo_chat
from desktop.models.exchange.chat_import import plan_chat_import
from desktop.models.storage.db import Database

TODAY = dt.date(2026, 11, 23)


def test_the_export_is_deterministic_and_reads_back(demo_db: Database, tmp_path: Path) -> None:
    first = write_demo_chat(demo_db, 1, tmp_path / "a.jsonl", today=TODAY, seed=3)
    second = write_demo_chat(demo_db, 1, tmp_path / "b.jsonl", today=TODAY, seed=3)
    assert first.path.read_bytes() == second.path.read_bytes()
    other = write_demo_chat(demo_db, 1, tmp_path / "c.jsonl", today=TODAY, seed=4)
    assert other.path.read_bytes() != first.path.read_bytes()
    assert (first.first_day, first.last_day) == (TODAY - dt.timedelta(days=DAYS - 1), TODAY)
    lines = first.path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    records = [json.loads(line) for line in lines[1:]]
    assert records[0]["_type"] == "header"
    messages = [r for r in records if r["_type"] == "message"]
    assert len(messages) == first.messages
    texts = [str(m["content"]) for m in messages if m["type"] in (80, 81) or m["content"]]
    assert any("邀请" in t and t.endswith("加入了群聊") for t in texts)
    assert any("通过扫描" in t and t.endswith("分享的二维码加入群聊") for t in texts)
    assert any(t.startswith("你将") and t.endswith("移出了群聊") for t in texts)
    assert any(t.endswith("撤回了一条消息") for t in texts)
    assert any(t.startswith("#接龙") for t in texts)
    # every sender of the group's members is one of its demo members
    assert set(first.members.values()) <= {
        mid
        for (mid,) in demo_db.conn.execute("SELECT member_id FROM memberships WHERE group_id = 1")
    }
    plan = plan_chat_import(demo_db, first.path, group_id=1, zone="Asia/Shanghai")
    assert plan.format == "chatlab-jsonl" and plan.warnings == ()
    assert (plan.first_day, plan.last_day) == (first.first_day, TODAY)
    assert len(plan.joins) == 4 and all(j.inviter_name for j in plan.joins)
    assert [leave.removed for leave in plan.leaves] == [True]
    assert len(plan.signups) == 1 and plan.signups[0].occurrence is not None
    # the senders known by name are matched; the others are strangers and newcomers
    assert plan.speakers > 50
