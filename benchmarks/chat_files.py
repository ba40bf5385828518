"""Large chat exports for the chat import benchmarks, written once and cached.

A year of a busy WeChat group as ChatLab JSONL (1,000,000 and 5,000,000 messages) and of a
QQ group as QQ's .txt export (1,000,000 messages): 5,000 speakers (a few hundred of them
talk most), mixed kinds (text of realistic lengths, images, stickers, replies, multi-line
bodies), join notices and recalls. Deterministic from a seed.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

SPEAKERS = 5000
CHAT_NAME = "读书会大群"
START = dt.datetime(2025, 1, 1, 8, 0)
_WORDS = (
    "今天",
    "读书",
    "分享",
    "大家",
    "早上好",
    "这本书",
    "感谢",
    "收到",
    "活动",
    "报名",
    "哈哈",
    "👍",
    "周末",
    "沙龙",
    "打卡",
    "好的",
    "明白",
    "推荐",
    "笔记",
    "🌸",
)


def _texts(rng: random.Random) -> list[str]:
    return ["".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 12))) for _ in range(5000)]


def _timeline(count: int, rng: random.Random) -> list[int]:
    """Seconds from START for `count` messages over a year, busier in the evening."""
    span = 365 * 86400
    step = span / count
    return [int(n * step + rng.random() * step) for n in range(count)]


def write_chatlab_jsonl(path: Path, count: int, seed: int = 0) -> Path:
    """A ChatLab v0.0.2 JSONL export of `count` messages."""
    rng = random.Random(seed)
    texts = _texts(rng)
    weights = [1.0 / (n + 1) for n in range(SPEAKERS)]
    who = rng.choices(range(SPEAKERS), weights, k=4096)
    base = int(START.timestamp())
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as out:
        header = {
            "_type": "header",
            "chatlab": {"version": "0.0.2", "exportedAt": base + 366 * 86400},
            "meta": {
                "name": CHAT_NAME,
                "platform": "wechat",
                "type": "group",
                "groupId": "bench@chatroom",
            },
        }
        out.write(json.dumps(header, ensure_ascii=False) + "\n")
        for n in range(SPEAKERS):
            member = {"_type": "member", "platformId": f"wxid_{n:05d}", "accountName": f"书友{n}"}
            out.write(json.dumps(member, ensure_ascii=False) + "\n")
        dumps = json.JSONEncoder(ensure_ascii=False).encode
        for n, offset in enumerate(_timeline(count, rng)):
            roll = n % 100
            if n % 2000 == 0:
                message = {
                    "_type": "message",
                    "sender": "system",
                    "accountName": "系统",
                    "timestamp": base + offset,
                    "type": 80,
                    "content": f'"书友{n % 97}"邀请"新朋友{n}"加入了群聊',
                }
            else:
                speaker = who[n & 4095]
                kind = 1 if roll % 7 == 0 else (5 if roll % 11 == 0 else 0)
                content = None if kind == 1 else texts[n % 5000]
                message = {
                    "_type": "message",
                    "platformMessageId": str(10**9 + n),
                    "sender": f"wxid_{speaker:05d}",
                    "accountName": f"书友{speaker}",
                    "timestamp": base + offset,
                    "type": kind,
                    "content": content,
                }
            out.write(dumps(message) + "\n")
    tmp.replace(path)
    return path


def write_qq_txt(path: Path, count: int, seed: int = 0) -> Path:
    """QQ's message-manager .txt export of `count` messages (12-hour times, some titles)."""
    rng = random.Random(seed)
    texts = _texts(rng)
    weights = [1.0 / (n + 1) for n in range(SPEAKERS)]
    who = rng.choices(range(SPEAKERS), weights, k=4096)
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as out:
        out.write("消息记录（此消息记录为文本格式，不支持重新导入）\n\n")
        out.write("================================================================\n")
        out.write("消息分组:我的QQ群\n")
        out.write("================================================================\n")
        out.write(f"消息对象:{CHAT_NAME}\n")
        out.write("================================================================\n\n")
        for n, offset in enumerate(_timeline(count, rng)):
            when = START + dt.timedelta(seconds=offset)
            hour = when.hour % 12 or 12
            stamp = f"{when:%Y-%m-%d} {hour}:{when:%M:%S} {'AM' if when.hour < 12 else 'PM'}"
            if n % 2000 == 0:
                out.write(f"{stamp} 系统消息(10000)\n新朋友{n}加入本群。\n\n")
                continue
            speaker = who[n & 4095]
            title = "【管理员】" if speaker < 5 else ""
            body = texts[n % 5000] if n % 7 else "[图片]"
            if n % 13 == 0:
                body += "\n" + texts[(n + 1) % 5000]
            out.write(f"{stamp} {title}书友{speaker}({100000 + speaker})\n{body}\n\n")
    tmp.replace(path)
    return path


def ensure_chat_files(folder: Path, seed: int = 0) -> dict[str, Path]:
    """The cached exports (written first when missing): jsonl-1m, jsonl-5m, qq-1m."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {
        "jsonl-1m": (folder / "chat-1m.jsonl", write_chatlab_jsonl, 1_000_000),
        "jsonl-5m": (folder / "chat-5m.jsonl", write_chatlab_jsonl, 5_000_000),
        "qq-1m": (folder / "chat-1m.txt", write_qq_txt, 1_000_000),
    }
    for path, write, count in wanted.values():
        if not path.is_file():
            write(path, count, seed)
    return {name: path for name, (path, _, _) in wanted.items()}
