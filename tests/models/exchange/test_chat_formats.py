"""Chat exports: each format's fixture read to hand-counted days, speakers, joins, leaves.

The fixtures in tests/fixtures/chats are one small group chat per format, written by hand
from each format's documentation (docs/formats/chat_exports.md). Every expected number
below was counted by hand from the fixture, not by the code under test. Times in the
comments are Asia/Shanghai (UTC+8) unless marked UTC.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.models.exchange.chat import ChatFormat, open_chat
from desktop.models.exchange.chat import json_stream as js
from desktop.models.exchange.chat.notices import Join, Leave, read_notice
from desktop.models.exchange.chat.records import ChatFileError, ChatMessage, Kind

FIXTURES = Path(__file__).parents[2] / "fixtures" / "chats"
SHANGHAI = ZoneInfo("Asia/Shanghai")
UTC = dt.UTC
JAN5, JAN6 = dt.date(2024, 1, 5), dt.date(2024, 1, 6)


def summary(messages: list[ChatMessage], zone: dt.tzinfo) -> dict[str, object]:
    """Per day: speech messages and distinct speakers; joins and leaves with their day."""
    speech: Counter[dt.date] = Counter()
    speakers: defaultdict[dt.date, set[str]] = defaultdict(set)
    joins: list[tuple[dt.date, str, str | None, bool]] = []
    leaves: list[tuple[dt.date, str, bool]] = []
    for found in messages:
        day = found.day(zone)
        if not found.is_system:
            speech[day] += 1
            assert found.sender_id is not None
            speakers[day].add(found.sender_id)
        elif found.system_text is not None:
            for notice in read_notice(found.system_text, found.platform):
                if isinstance(notice, Join):
                    joins.append((day, notice.name, notice.inviter, notice.by_owner))
                else:
                    leaves.append((day, notice.name, notice.removed))
    return {
        "speech": dict(speech),
        "speakers": {day: len(ids) for day, ids in speakers.items()},
        "joins": joins,
        "leaves": leaves,
        "kinds": Counter(found.kind for found in messages),
        "jielong": [(m.day(zone), m.sender_id) for m in messages if m.jielong_text],
    }


def read(name: str) -> tuple[ChatFormat, list[ChatMessage]]:
    chat = open_chat(FIXTURES / name)
    messages = list(chat)
    assert chat.warnings == []
    return chat.format, messages


def names_of(messages: list[ChatMessage], sender: str) -> set[str]:
    return {m.sender_name for m in messages if m.sender_id == sender}


# ---- ChatLab (JSON and JSONL hold the same chat) -----------------------------------------


@pytest.mark.parametrize(
    ("name", "expected_format"),
    [
        ("chatlab_group.json", ChatFormat.CHATLAB_JSON),
        ("chatlab_group.jsonl", ChatFormat.CHATLAB_JSONL),
    ],
)
def test_chatlab_counts_by_hand(name: str, expected_format: ChatFormat) -> None:
    found_format, messages = read(name)
    assert found_format is expected_format
    assert len(messages) == 12
    assert {(m.chat_id, m.chat_name) for m in messages} == {("20240105@chatroom", "读书会🌿")}
    shanghai = summary(messages, SHANGHAI)
    # 01-05: 09:00 Alice, 09:05 老王 image, 12:00 Alice 接龙, 23:59:59 Carol
    # 01-06: 00:00:00 王大哥 (老王 renamed), 20:00 Carol sticker, 20:01 小周 reply
    assert shanghai["speech"] == {JAN5: 4, JAN6: 3}
    assert shanghai["speakers"] == {JAN5: 3, JAN6: 3}
    assert shanghai["joins"] == [
        (JAN5, "小李", "Alice🌸", False),
        (JAN5, "小赵", "Alice🌸", False),
        (JAN6, "小周", "Alice🌸", False),  # by QR code, in curly quotes
    ]
    assert shanghai["leaves"] == [(JAN6, "小赵", True)]
    assert shanghai["jielong"] == [(JAN5, "wxid_alice")]
    kinds = shanghai["kinds"]
    assert isinstance(kinds, Counter)
    assert (kinds[Kind.SYSTEM], kinds[Kind.RECALL], kinds[Kind.TEXT]) == (4, 1, 4)
    assert names_of(messages, "wxid_bob") == {"老王", "王大哥"}
    assert [m.platform_message_id for m in messages] == [f"m{i:02}" for i in range(1, 13)]
    assert sum(m.from_owner for m in messages) == 2  # meta.ownerId wxid_alice, 2 messages


def test_chatlab_midnight_in_shanghai_is_afternoon_in_utc() -> None:
    _, messages = read("chatlab_group.json")
    utc = summary(messages, UTC)
    # 23:59:59 and 00:00:00 Shanghai are 15:59:59 and 16:00:00 UTC on 01-05: one UTC day;
    # the joins at 08:30 and 09:00 Shanghai are 00:30 and 01:00 UTC on 01-06
    assert utc["speech"] == {JAN5: 5, JAN6: 2}
    assert utc["speakers"] == {JAN5: 3, JAN6: 2}
    assert [join[0] for join in utc["joins"]] == [JAN5, JAN5, JAN6]  # type: ignore[attr-defined]
    by_id = {m.platform_message_id: m for m in messages}
    assert by_id["m06"].day(SHANGHAI) == JAN5
    assert by_id["m07"].day(SHANGHAI) == JAN6
    assert by_id["m06"].day(UTC) == by_id["m07"].day(UTC) == JAN5


# ---- WeChat: MemoTrace CSV ------------------------------------------------------------------


def test_memotrace_counts_by_hand() -> None:
    found_format, messages = read("跑步群🏃_utf8.csv")
    assert found_format is ChatFormat.MEMOTRACE_CSV
    assert len(messages) == 11
    # the name comes from the file name; TalkerId is the exporter's local number
    assert {(m.chat_id, m.chat_name) for m in messages} == {("7", "跑步群🏃")}
    shanghai = summary(messages, SHANGHAI)
    # 01-05: 09:00 阿明, 09:05 小红 image, 12:00 the owner's 接龙, 23:59:59 阿明 (2 lines)
    # 01-06: 00:00 红红 (小红 renamed) sticker, 09:10 小周 reply
    assert shanghai["speech"] == {JAN5: 4, JAN6: 2}
    assert shanghai["speakers"] == {JAN5: 3, JAN6: 2}
    assert shanghai["joins"] == [
        (JAN5, "小李", "阿明", False),  # curly quotes
        (JAN6, "小周", None, True),  # the owner's QR code
    ]
    assert shanghai["leaves"] == [(JAN6, "小李", True)]
    assert shanghai["jielong"] == [(JAN5, "wxid_owner")]
    kinds = shanghai["kinds"]
    assert isinstance(kinds, Counter)
    assert (kinds[Kind.SYSTEM], kinds[Kind.RECALL], kinds[Kind.REPLY]) == (4, 1, 1)
    assert names_of(messages, "wxid_hong") == {"小红🌹", "红红🌹"}
    assert [m.sender_id for m in messages if m.from_owner] == ["wxid_owner"]
    utc = summary(messages, UTC)
    assert utc["speech"] == {JAN5: 5, JAN6: 1}
    assert utc["speakers"] == {JAN5: 3, JAN6: 1}


# ---- WeChat: EchoTrace JSON -----------------------------------------------------------------


def test_echotrace_counts_by_hand() -> None:
    found_format, messages = read("echotrace_group.json")
    assert found_format is ChatFormat.ECHOTRACE_JSON
    assert len(messages) == 11
    assert {(m.chat_id, m.chat_name) for m in messages} == {("12345678@chatroom", "产品交流群💡")}
    shanghai = summary(messages, SHANGHAI)
    # 01-05: 09:00 Amy, 09:05 Ben image, 12:00 the owner's quote, 23:59:59 Amy (2 lines)
    # 01-06: 00:00 Benjamin (Ben renamed) sticker, 20:00 Cathy's 接龙
    assert shanghai["speech"] == {JAN5: 4, JAN6: 2}
    assert shanghai["speakers"] == {JAN5: 3, JAN6: 2}
    assert shanghai["joins"] == [
        (JAN5, "Cathy", None, True),
        (JAN6, "Dan", "Amy", False),
        (JAN6, "Eve", "Amy", False),
        (JAN6, "Fay", "Ben😀", False),
    ]
    assert shanghai["leaves"] == [(JAN6, "Eve", True)]
    assert shanghai["jielong"] == [(JAN6, "wxid_cathy")]
    kinds = shanghai["kinds"]
    assert isinstance(kinds, Counter)
    assert (kinds[Kind.SYSTEM], kinds[Kind.RECALL]) == (4, 1)
    assert names_of(messages, "wxid_ben") == {"Ben😀", "Benjamin😀"}
    utc = summary(messages, UTC)
    assert utc["speech"] == {JAN5: 5, JAN6: 1}
    assert utc["speakers"] == {JAN5: 3, JAN6: 1}


# ---- QQ's text export -----------------------------------------------------------------------


def test_qq_txt_counts_by_hand() -> None:
    found_format, messages = read("qq_group.txt")
    assert found_format is ChatFormat.QQ_TXT
    assert len(messages) == 11
    assert {(m.chat_id, m.chat_name) for m in messages} == {(None, "摄影爱好者📷")}
    # local times without a zone: the same days whatever zone the owner counts in
    for zone in (SHANGHAI, UTC):
        counted = summary(messages, zone)
        # 01-05: 老张, 小美 image, 小美's 接龙, 小美 (quoting a header line), 阿杰 (e-mail)
        # 01-06: 老张 at 12:00:00 AM, 小美美 (小美 renamed) sticker
        assert counted["speech"] == {JAN5: 5, JAN6: 2}
        assert counted["speakers"] == {JAN5: 3, JAN6: 2}
        assert counted["joins"] == [(JAN5, "小陈", None, False), (JAN6, "小李", "老张", False)]
        assert counted["leaves"] == [(JAN6, "小陈", True)]
        assert counted["jielong"] == [(JAN5, "10002")]
    assert [m.local_time for m in messages if m.sender_id == "10001"] == [
        dt.datetime(2024, 1, 5, 9, 3, 12),  # 9:03:12 AM; 【群主】 is not part of the name
        dt.datetime(2024, 1, 6, 0, 0, 0),  # 12:00:00 AM
    ]
    times = [m.local_time for m in messages if m.sender_id == "10002"]
    assert times[1:3] == [dt.datetime(2024, 1, 5, 12), dt.datetime(2024, 1, 5, 15, 4, 5)]
    assert [m.local_time for m in messages if m.sender_id == "ajie@example.com"] == [
        dt.datetime(2024, 1, 5, 23, 59, 59)
    ]
    assert names_of(messages, "10001") == {"老张"}
    assert names_of(messages, "10002") == {"小美🌺", "小美美"}
    assert Counter(m.kind for m in messages)[Kind.RECALL] == 1


# ---- what is kept, and detection ------------------------------------------------------------

ALL_FIXTURES = [
    "chatlab_group.json",
    "chatlab_group.jsonl",
    "跑步群🏃_utf8.csv",
    "echotrace_group.json",
    "qq_group.txt",
]


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_no_message_text_is_kept_but_notices_and_jielong(name: str) -> None:
    _, messages = read(name)
    for found in messages:
        assert (found.system_text is not None) == (found.kind is Kind.SYSTEM)
        assert found.jielong_text is None or "接龙" in found.jielong_text
        assert 0 <= found.key < 2**64
    speech = [m for m in messages if not m.is_system]
    assert all(m.sender_id and m.sender_name for m in speech)
    assert len({m.key for m in speech}) == len(speech)


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_format_is_told_by_content_not_extension(name: str, tmp_path: Path) -> None:
    renamed = tmp_path / "export.dat"
    shutil.copy(FIXTURES / name, renamed)
    assert open_chat(renamed).format is open_chat(FIXTURES / name).format


def test_chatlab_json_with_messages_before_meta(tmp_path: Path) -> None:
    data = json.loads((FIXTURES / "chatlab_group.json").read_text(encoding="utf-8"))
    reordered = {"chatlab": data["chatlab"], "messages": data["messages"], "meta": data["meta"]}
    path = tmp_path / "reordered.json"
    path.write_text(json.dumps(reordered, ensure_ascii=False), encoding="utf-8")
    messages = list(open_chat(path))
    assert len(messages) == 12
    assert {m.chat_name for m in messages} == {"读书会🌿"}


@pytest.mark.parametrize("chunk", [1, 7, 64])
def test_json_read_through_a_small_window(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(js, "CHUNK_CHARS", chunk)
    for name, speech in (
        ("chatlab_group.json", {JAN5: 4, JAN6: 3}),
        ("echotrace_group.json", {JAN5: 4, JAN6: 2}),
    ):
        _, messages = read(name)
        assert summary(messages, SHANGHAI)["speech"] == speech


def test_json_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    message = {"sender": "wxid_x", "accountName": "某人", "timestamp": 1704416400, "type": 0}
    path = tmp_path / "big.json"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"chatlab": {"version": "0.0.2", "exportedAt": 0}, "meta": {"name": "大群",')
        fh.write(' "platform": "wechat", "type": "group"}, "messages": [\n')
        for number in range(40_000):
            item = dict(message, content=f"消息 {number} " + "文字" * 40)
            fh.write(("," if number else "") + json.dumps(item, ensure_ascii=False) + "\n")
        fh.write("]}\n")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        count = sum(1 for _ in open_chat(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 40_000
    assert size > 8_000_000
    # the window (64 K characters, a few copies while it slides) and one message: about 1 MB
    # here, and the same for a file four times the size
    assert peak < 2_000_000


# ---- damaged and unknown files --------------------------------------------------------------


def refusal(path: Path) -> ChatFileError:
    with pytest.raises(ChatFileError) as caught:
        list(open_chat(path))
    return caught.value


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"\xef\xbb\xbf  \r\n")
    assert refusal(path).reason == "the file is empty"


def test_unknown_format_names_the_supported_ones(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("一些笔记\n2024-01-05 没有格式\n", encoding="utf-8")
    error = refusal(path)
    assert "not a chat export" in str(error)
    for name in ("ChatLab", "MemoTrace", "EchoTrace", "QQ"):
        assert name in str(error)
    other_json = tmp_path / "other.json"
    other_json.write_text('{"messages": []}', encoding="utf-8")
    assert "not a chat export" in str(refusal(other_json))


@pytest.mark.parametrize("name", ["chatlab_group.json", "echotrace_group.json"])
def test_truncated_json_is_refused_wherever_it_is_cut(name: str, tmp_path: Path) -> None:
    data = (FIXTURES / name).read_bytes()
    path = tmp_path / name
    for cut in range(120, len(data) - 2, 53):
        path.write_bytes(data[:cut])
        error = refusal(path)
        assert "cut off" in error.reason, (cut, error)
        assert error.line is not None or "inside a character" in error.reason


def test_broken_json_names_its_line(tmp_path: Path) -> None:
    text = (FIXTURES / "chatlab_group.json").read_text(encoding="utf-8")
    path = tmp_path / "broken.json"
    path.write_text(text.replace('"type": 0, "content": "早上好"', '"type": 0 "content": "早"'))
    error = refusal(path)
    assert error.line == 21  # the line of message m01
    assert "broken JSON" in error.reason


def test_jsonl_broken_line_is_skipped_with_a_warning(tmp_path: Path) -> None:
    lines = (FIXTURES / "chatlab_group.jsonl").read_text(encoding="utf-8").splitlines()
    assert '"m02"' in lines[7]
    lines[7] = lines[7][:40]  # line 8: message m02 cut in half
    lines[9] = '{"_type": "message", "sender": "wxid_bob"}'  # line 10: m04 without its fields
    path = tmp_path / "broken.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    chat = open_chat(path)
    messages = list(chat)
    assert len(messages) == 10
    assert [w.line for w in chat.warnings] == [8, 10]
    assert "not valid JSON" in chat.warnings[0].reason


def test_jsonl_cut_off_or_headless_is_refused(tmp_path: Path) -> None:
    text = (FIXTURES / "chatlab_group.jsonl").read_text(encoding="utf-8")
    path = tmp_path / "cut.jsonl"
    path.write_text(text[: len(text) - 30], encoding="utf-8")  # the export did not finish
    error = refusal(path)
    assert (error.line, "cut off" in error.reason) == (19, True)  # the last of 19 lines
    path.write_text('# comment\n{"_type": "header", "chatlab": ' + "\n" + text, encoding="utf-8")
    assert refusal(path).line == 2


def test_csv_cut_mid_row_is_refused(tmp_path: Path) -> None:
    data = (FIXTURES / "跑步群🏃_utf8.csv").read_bytes()
    path = tmp_path / "cut.csv"
    inside_quotes = data.index("晨跑打卡".encode())  # row 5 (line 5): a quoted, multi-line body
    path.write_bytes(data[:inside_quotes])
    error = refusal(path)
    assert "cut off" in error.reason
    mid_row = data.index(b"1704416700") + 4  # row 3 (line 3) cut after "1704"
    path.write_bytes(data[:mid_row])
    error = refusal(path)
    assert (error.line, "cut short" in error.reason) == (3, True)


def test_qq_date_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("消息对象:某群\n\n2024-02-30 9:00:00 AM 某人(12345)\n你好\n", encoding="utf-8")
    assert refusal(path).line == 3


# ---- system notices -------------------------------------------------------------------------

WECHAT_NOTICES = [
    ('"A"邀请"B"加入了群聊', (Join("B", "A"),)),
    ('"A"邀请"B"、"C"、"D 🌟"加入了群聊', (Join("B", "A"), Join("C", "A"), Join("D 🌟", "A"))),
    ("“A”邀请“B”、“C”加入了群聊", (Join("B", "A"), Join("C", "A"))),
    ('你邀请"B"加入了群聊', (Join("B", None, by_owner=True),)),
    ('"A"邀请你和"B"加入了群聊', (Join("B", "A"),)),
    ('"B"通过扫描"A"分享的二维码加入群聊', (Join("B", "A"),)),
    ('"B"通过扫描你分享的二维码加入群聊', (Join("B", None, by_owner=True),)),
    ('你将"B"移出了群聊', (Leave("B", removed=True),)),
    ('"A"将"B"、"C"移出了群聊', (Leave("B", removed=True), Leave("C", removed=True))),
    # not joins or leaves: system messages all the same, never speech
    ('"A"邀请你加入了群聊，群聊参与人还有：B、C', ()),
    ('"B"与群里其他人都不是朋友关系，请注意隐私安全', ()),
    ('"A"修改群名为“读书会”', ()),
    ('"A" 撤回了一条消息', ()),
    ("撤回了一条消息", ()),
    ('"A" 拍了拍 "B"', ()),
    ('"A"邀请"B"加入了群聊吗', ()),
]


@pytest.mark.parametrize(("text", "expected"), WECHAT_NOTICES)
def test_wechat_notices(text: str, expected: tuple[object, ...]) -> None:
    from desktop.models.exchange.chat.records import Platform

    assert read_notice(text, Platform.WECHAT) == expected


QQ_NOTICES = [
    ("小陈加入本群。", (Join("小陈"),)),
    ("小陈加入了本群", (Join("小陈"),)),
    ("老张邀请小李加入了本群。", (Join("小李", "老张"),)),
    ("小陈退出了本群。", (Leave("小陈", removed=False),)),
    ("小陈被管理员移出本群。", (Leave("小陈", removed=True),)),
    ("小陈被移出了本群", (Leave("小陈", removed=True),)),
    ("小陈加入了群聊", (Join("小陈"),)),
    ('"A"邀请"B"加入了群聊', (Join("B", "A"),)),  # QQ NT writes WeChat's wording
    ("老张撤回了一条消息", ()),
    ("你已经是群成员了，和大家打个招呼吧！", ()),
]


@pytest.mark.parametrize(("text", "expected"), QQ_NOTICES)
def test_qq_notices(text: str, expected: tuple[object, ...]) -> None:
    from desktop.models.exchange.chat.records import Platform

    assert read_notice(text, Platform.QQ) == expected


def test_a_qq_export_saved_as_utf16_reads_like_the_utf8_one(tmp_path: Path) -> None:
    text = (FIXTURES / "qq_group.txt").read_text(encoding="utf-8-sig")
    for name, encoding in (("le.txt", "utf-16"), ("crlf.txt", "utf-8-sig")):
        data = text.replace("\n", "\r\n") if name == "crlf.txt" else text
        (tmp_path / name).write_text(data, encoding=encoding, newline="")
    expected = [(m.key, m.sender_name, m.kind) for m in open_chat(FIXTURES / "qq_group.txt")]
    for name in ("le.txt", "crlf.txt"):
        found = [(m.key, m.sender_name, m.kind) for m in open_chat(tmp_path / name)]
        assert found == expected, name


def test_a_qq_export_with_a_broken_byte_is_read_with_a_replacement(tmp_path: Path) -> None:
    data = (FIXTURES / "qq_group.txt").read_bytes()
    at = data.index("你好".encode()) if "你好".encode() in data else len(data) // 2
    path = tmp_path / "broken.txt"
    path.write_bytes(data[:at] + b"\xff" + data[at:])
    messages = list(open_chat(path))
    assert len(messages) == len(list(open_chat(FIXTURES / "qq_group.txt")))
