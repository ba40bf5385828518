"""A large QQ .txt export read in parts on several cores (chat.parts): the same tally as one
pass, whatever the cuts, with progress, cancel, refusals and helper failures handled."""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.models.exchange.chat import open_chat, parts, qq_txt
from desktop.models.exchange.chat.qq_txt import HEADER
from desktop.models.exchange.chat.records import ChatFileError, Kind, message_key
from desktop.models.exchange.chat.tally import ChatTally, read_tally
from desktop.models.exchange.import_engine import ImportCancelledError
from tests.models.exchange.test_qq_counting import TITLE, facts

SHANGHAI = ZoneInfo("Asia/Shanghai")


def export(path: Path, messages: int, newline: str = "\n", bad_at: int | None = None) -> Path:
    """A QQ export whose later parts hold what only they can tell: a sender first seen
    there, a sender's new display name, a 接龙, a 打卡 post, a join notice, multi-line
    bodies, and at the very end a repeat of the first message (a duplicate across parts).
    `bad_at`: that message's header has a minute that does not exist."""
    lines = list(TITLE)
    start = dt.datetime(2025, 3, 1, 8)
    late = messages * 3 // 4
    for n in range(messages):
        when = start + dt.timedelta(seconds=97 * n)
        who = n % 5 if n < late else n % 6  # 书友5 speaks only late in the file
        name = f"书友{who}" if not (who == 1 and n > late) else "一号书友"  # a new name
        stamp = f"{when:%Y-%m-%d} {when.hour % 12 or 12}:{when:%M:%S} {when:%p}"
        if n == bad_at:
            stamp = f"{when:%Y-%m-%d %H}:61:00"
        body = {
            late + 1: "#接龙\n周六共读\n1. 书友1\n2. 书友2",
            late + 2: "今日打卡 第3天\n读完第二章",
            late + 3: "[拍一拍]",
        }.get(n, f"第{n}条\n第二行\n\n第四行" if n % 9 == 0 else f"第{n}条")
        lines += [f"{stamp} {name}({10000 + who})", body, ""]
        if n == late + 4:
            lines += [f"{stamp} 系统消息(10000)", "新朋友加入本群。", ""]
    first = start
    lines += [f"{first:%Y-%m-%d} 8:00:00 AM 书友0(10000)", "第0条\n第二行\n\n第四行", ""]
    path.write_bytes(newline.join(lines).encode("utf-8-sig"))
    return path


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files of a few kilobytes are read in parts (as files of megabytes are)."""
    monkeypatch.setattr(parts, "PARALLEL_BYTES", 1024)
    monkeypatch.setattr(qq_txt, "BLOCK_BYTES", 4096)  # several blocks per part


def in_parts(path: Path, count: int) -> ChatTally:
    return read_tally(open_chat(path), SHANGHAI, parts=count)


def test_a_file_below_the_size_or_on_one_core_is_read_in_one_pass(tmp_path: Path) -> None:
    chat = open_chat(export(tmp_path / "e.txt", 300))
    assert parts.spans(chat, 4) == [(0, None)]  # under PARALLEL_BYTES


def test_each_cut_is_at_a_message_header_after_a_blank_line(
    tmp_path: Path, small_parts: None
) -> None:
    for newline in ("\n", "\r\n"):
        path = export(tmp_path / "e.txt", 2000, newline)
        data = path.read_bytes()
        cut = parts.spans(open_chat(path), 4)
        assert len(cut) == 4
        assert cut[0][0] == 0 and cut[-1][1] is None
        for (start, end), (following, _) in itertools.pairwise(cut):
            assert end == following and start < end
        for start, _ in cut[1:]:
            line = data[start : data.index(b"\n", start)].decode().rstrip("\r")
            assert HEADER.match(line), line
            assert data[:start].replace(b"\r\n", b"\n").endswith(b"\n\n")
        assert parts.spans(open_chat(path), 1) == [(0, None)]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_the_tally_of_the_parts_is_the_tally_of_one_pass(
    tmp_path: Path, small_parts: None, newline: str
) -> None:
    path = export(tmp_path / "e.txt", 2000, newline)
    whole = in_parts(path, 1)
    for count in (2, 3):
        assert facts(in_parts(path, count)) == facts(whole), count
    assert whole.chat_name == in_parts(path, 3).chat_name == "读书会"
    # what only the later parts could tell is there
    counts = whole.count({})
    assert counts.duplicates == 1
    assert [(j.name, j.inviter) for _, j in counts.joins] == [("新朋友", None)]
    assert [e.text.splitlines()[0] for e in whole.extras if e.text] == ["#接龙"]
    assert list(whole.speakers[1].names) == ["书友1", "一号书友"]
    assert [s.key for s in whole.speakers] == [str(10000 + n) for n in range(6)]
    assert counts.checkins == 1


def test_a_body_across_two_blocks_keys_as_in_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line ends put before a block are not part of the body it continues: a message
    cut between two blocks keeps its key (the same export imported again adds nothing)."""
    path = export(tmp_path / "e.txt", 400)
    # some bodies are no UTF-8 (a byte of a character cut off): keyed by their bytes alike
    path.write_bytes(path.read_bytes().replace("第二行".encode(), b"\xe6" + "第二行".encode()))
    whole = facts(read_tally(open_chat(path), SHANGHAI))
    for size in (64, 257, 1000):
        monkeypatch.setattr(qq_txt, "BLOCK_BYTES", size)
        assert facts(read_tally(open_chat(path), SHANGHAI)) == whole, size


def test_a_refusal_in_a_later_part_names_its_line_in_the_whole_file(
    tmp_path: Path, small_parts: None
) -> None:
    path = export(tmp_path / "bad.txt", 2000, bad_at=1900)
    with pytest.raises(ChatFileError) as one_pass:
        in_parts(path, 1)
    with pytest.raises(ChatFileError) as three:
        in_parts(path, 3)
    assert one_pass.value.line == three.value.line
    bad_line = path.read_text(encoding="utf-8-sig").splitlines()[three.value.line - 1]
    assert ":61:00 " in bad_line
    assert parts.lines_before(path, 0) == 0
    assert parts.lines_before(path, len(path.read_bytes())) == path.read_bytes().count(b"\n")


def test_progress_counts_every_part_and_never_goes_back(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.models.exchange.chat import reading

    monkeypatch.setattr(reading, "PROGRESS_EVERY", 64)
    path = export(tmp_path / "e.txt", 2000)
    seen: list[int] = []
    tally = read_tally(
        open_chat(path), SHANGHAI, parts=3, progress=lambda done, _total: seen.append(done)
    )
    assert seen[-1] == tally.messages_read == 2002  # every message, the notice, the repeat
    assert seen == sorted(seen)
    assert any(0 < done < seen[-1] for done in seen)


def test_a_cancel_stops_the_helpers(tmp_path: Path, small_parts: None) -> None:
    path = export(tmp_path / "e.txt", 2000)
    with pytest.raises(ImportCancelledError):
        read_tally(open_chat(path), SHANGHAI, parts=3, cancelled=lambda: True)
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("missing", ["Process.start", "Value", "Pipe"])
def test_a_helper_that_cannot_start_has_its_part_read_in_place(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    """No process, no shared memory or no pipe here (a locked-down or frozen system): the
    parts are read in place, the same tally."""
    path = export(tmp_path / "e.txt", 2000)
    whole = facts(in_parts(path, 1))
    tried: list[object] = []

    def refuse(*_args: object, **_kwargs: object) -> None:
        tried.append(missing)
        raise OSError(f"no {missing} here")

    context = multiprocessing.get_context("spawn")
    if missing == "Process.start":
        monkeypatch.setattr(context.Process, "start", refuse)
    else:
        monkeypatch.setattr(type(context), missing, refuse)
    assert facts(in_parts(path, 3)) == whole
    assert len(tried) == 2
    assert multiprocessing.active_children() == []


def test_a_helper_that_dies_has_its_part_read_in_place(tmp_path: Path, small_parts: None) -> None:
    path = export(tmp_path / "e.txt", 2000)
    chat = open_chat(path)
    span = parts.spans(chat, 2)[1]
    helper = parts.Helper(replace(chat, span=span, warnings=[]), SHANGHAI)
    helper.process.kill()  # killed before it sent anything
    helper.process.join()
    waited: list[int] = []
    found = helper.result(lambda: waited.append(1))
    expected = parts.read_part(replace(chat, span=span, warnings=[]), SHANGHAI, None)
    assert found == expected and found.read > 0
    assert helper.process is None


def test_a_counted_messages_key_is_its_identity_as_every_reader_keys_it(tmp_path: Path) -> None:
    """The key of a message counted straight into the tally is `message_key` of its sender's
    number, its time as "YYYY-MM-DD HH:MM:SS", its kind and its text: what earlier imports
    stored, so importing the same export again adds nothing."""
    path = tmp_path / "keys.txt"
    lines = [*TITLE, "2025-03-01 9:05:07 PM 书友1(10001)", "第一条\n第二行", ""]
    lines += ["2025-03-01 21:06:00 【管理员】书友2(10002)", "[图片]", ""]
    lines += ["2025-03-02 上午 8:00:01 书友1(10001)", "今日打卡", ""]
    lines += ["2025-03-02 08:00:02 书友1(10001)", "[回复]好的", ""]
    lines += ["2025-03-02 08:00:03 书友3<reader@example.com>", "", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    expected = {
        message_key(None, "10001", "2025-03-01 21:05:07", Kind.TEXT, "第一条\n第二行"),
        message_key(None, "10002", "2025-03-01 21:06:00", Kind.IMAGE, "[图片]"),
        message_key(None, "10001", "2025-03-02 08:00:01", Kind.TEXT, "今日打卡"),
        message_key(None, "10001", "2025-03-02 08:00:02", Kind.REPLY, "[回复]好的"),
        message_key(None, "reader@example.com", "2025-03-02 08:00:03", Kind.OTHER, ""),
    }
    tally = read_tally(open_chat(path), SHANGHAI)
    keys = {int(key) for arrays in tally.days.values() for key in arrays[0]}
    assert keys == expected
    assert len(expected) == 5


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_pauses_cyclic_collection_and_then_leaves_it_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    import gc

    from desktop.models.exchange.chat.reading import Reading

    seen: list[bool] = []
    speaker = Reading.speaker

    def watched(self: Reading, sender_id: str, name: str) -> int:
        seen.append(gc.isenabled())
        return speaker(self, sender_id, name)

    monkeypatch.setattr(Reading, "speaker", watched)
    before = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        read_tally(open_chat(export(tmp_path / "e.txt", 50)), SHANGHAI)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if before else gc.disable)()
    assert seen and not any(seen)


def test_parts_started_early_are_the_ones_read(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`read_early` starts the helpers before the reading; `read_tally` takes them (no
    new ones) and the tally is the one-pass tally; helpers of another reading are not
    taken, and all are stopped at the end."""
    path = export(tmp_path / "e.txt", 2000)
    whole = facts(in_parts(path, 1))
    made: list[parts.Helper] = []
    helper_init = parts.Helper.__init__

    def counted(self: parts.Helper, *args: object) -> None:
        made.append(self)
        helper_init(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(parts.Helper, "__init__", counted)
    monkeypatch.setattr(parts, "cores", lambda: 2)
    with parts.read_early(path, SHANGHAI) as started:
        assert started is not None and len(made) == 1
        assert len(started.cut) == 2 and started.cut[0][0] == 0
        tally = read_tally(open_chat(path), SHANGHAI, started=started)
        assert facts(tally) == whole
        assert len(made) == 1  # the early helper read the later part
    with parts.read_early(path, SHANGHAI) as started:
        other_zone = read_tally(open_chat(path), ZoneInfo("Europe/Berlin"), started=started)
        assert len(made) == 3  # another zone: its own helper
        assert facts(other_zone) == whole  # QQ times carry no zone: the same days
    assert all(helper.process is None for helper in made)
    assert multiprocessing.active_children() == []


def test_nothing_is_started_early_for_a_small_or_unknown_file(tmp_path: Path) -> None:
    with parts.read_early(export(tmp_path / "small.txt", 20), SHANGHAI) as started:
        assert started is None
    unknown = tmp_path / "notes.txt"
    unknown.write_text("no chat here\n", encoding="utf-8")
    with parts.read_early(unknown, SHANGHAI) as started:
        assert started is None
    with parts.read_early(tmp_path / "missing.txt", SHANGHAI) as started:
        assert started is None


def test_the_work_for_later_is_done_while_helpers_read(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parts, "cores", lambda: 2)  # whatever this computer has
    path = export(tmp_path / "e.txt", 2000)
    done: list[int] = []
    read_tally(open_chat(path), SHANGHAI, parts=1, meanwhile=lambda: done.append(1))
    assert done == []  # one pass: nothing to wait for, the work comes when it is due
    with parts.read_early(path, SHANGHAI) as started:
        assert started is not None
        for helper in started.helpers:  # still reading when the first part is done
            helper.working = lambda: True  # type: ignore[method-assign]
        read_tally(open_chat(path), SHANGHAI, started=started, meanwhile=lambda: done.append(1))
    assert done == [1]


def test_a_block_of_notices_only_is_read_and_each_message_counts_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A block with no plain message (only notices, one of them saying 接龙) is read, and
    a message that is more than a count for two reasons is still one message."""
    path = tmp_path / "notices.txt"
    lines = list(TITLE)
    for n, text in enumerate(["小陈加入本群。", "小王加入本群。", "接龙已结束", "小赵加入本群。"]):
        lines += [f"2024-01-05 10:0{n}:00 系统消息(1000000)", text, ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    counted = read_tally(open_chat(path), SHANGHAI)
    assert counted.messages_read == 4
    counts = counted.count({})
    assert counts.duplicates == 0
    assert [j.name for _, j in counts.joins] == ["小陈", "小王", "小赵"]
    assert counts.days[0].system == 4 and counts.messages == 0
    from tests.models.exchange.test_qq_counting import rows_only

    rows_only(monkeypatch)
    assert facts(read_tally(open_chat(path), SHANGHAI)) == facts(counted)


@pytest.mark.parametrize("sent", ["not a part", "broken"])
def test_what_is_no_part_of_this_version_is_read_in_place(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch, sent: str
) -> None:
    """A helper started from other code (the app updated while it ran) or a pipe cut
    short: what arrives is not taken, the part is read here."""
    from multiprocessing.connection import Connection

    path = export(tmp_path / "e.txt", 2000)
    whole = facts(in_parts(path, 1))

    def received(_self: Connection) -> object:
        if sent == "broken":
            raise AttributeError("'PartResult' object has no attribute 'error'")
        return sent

    monkeypatch.setattr(Connection, "recv", received)
    assert facts(in_parts(path, 3)) == whole
