"""WeChat's template notices (message type 10002, `<sysmsg type="sysmsgtemplate">`), as
exporters keep them: the sentence filled in with the people of its links, read as a join,
an invitation, a QR-code join or a removal; anything else stays a system message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.models.exchange.chat import open_chat
from desktop.models.exchange.chat.notices import Join, Leave, read_notice, template_sentence
from desktop.models.exchange.chat.records import Platform
from desktop.models.exchange.chat.tally import read_tally


def member(wxid: str, nickname: str) -> str:
    return (
        f"<member><username><![CDATA[{wxid}]]></username>"
        f"<nickname><![CDATA[{nickname}]]></nickname></member>"
    )


def link(name: str, *members: str, kind: str = "link_profile") -> str:
    return (
        f'<link name="{name}" type="{kind}"><memberlist>{"".join(members)}</memberlist>'
        "<separator><![CDATA[、]]></separator></link>"
    )


def sysmsg(template: str, *links: str) -> str:
    """A template notice as WeChat sends it (and MemoTrace's StrContent keeps it)."""
    return (
        '<sysmsg type="sysmsgtemplate"><sysmsgtemplate>'
        '<content_template type="tmpl_type_profile"><plain><![CDATA[]]></plain>'
        f"<template><![CDATA[{template}]]></template>"
        f"<link_list>{''.join(links)}</link_list>"
        "</content_template></sysmsgtemplate></sysmsg>"
    )


WANG, ZHANG, LI = (
    member("wxid_wang", "老王"),
    member("wxid_zhang", "小张"),
    member("wxid_li", "小李"),
)
INVITE = '"$username$"邀请"$names$"加入了群聊'
QR = '" $adder$"通过扫描"$from$"分享的二维码加入群聊'
REVOKE = (
    '<link name="revoke" type="link_revoke" hidden="1"><title><![CDATA[撤销]]></title>'
    "<usernamelist><username><![CDATA[wxid_zhang]]></username></usernamelist></link>"
)

TEMPLATES = [
    # someone invites two people
    (
        sysmsg(INVITE, link("username", WANG), link("names", ZHANG, LI)),
        '"老王"邀请"小张"、"小李"加入了群聊',
        (Join("小张", "老王"), Join("小李", "老王")),
    ),
    # the owner invites one (with the revoke link WeChat adds)
    (
        sysmsg('你邀请"$names$"加入了群聊  $revoke$', link("names", ZHANG), REVOKE),
        '你邀请"小张"加入了群聊',
        (Join("小张", None, by_owner=True),),
    ),
    # a QR code someone shared (WeChat writes a space inside the first quote)
    (
        sysmsg(QR, link("adder", LI), link("from", WANG)),
        '" 小李"通过扫描"老王"分享的二维码加入群聊',
        (Join("小李", "老王"),),
    ),
    # the owner's QR code
    (
        sysmsg('" $adder$"通过扫描你分享的二维码加入群聊', link("adder", LI)),
        '" 小李"通过扫描你分享的二维码加入群聊',
        (Join("小李", None, by_owner=True),),
    ),
    # a removal by the owner
    (
        sysmsg('你将"$kickoutname$"移出了群聊', link("kickoutname", ZHANG)),
        '你将"小张"移出了群聊',
        (Leave("小张", removed=True),),
    ),
    # the owner being invited: no one else's join
    (
        sysmsg('"$username$"邀请你加入了群聊，群聊参与人还有：$others$', link("username", WANG),
               link("others", ZHANG, LI)),
        '"老王"邀请你加入了群聊，群聊参与人还有：小张"、"小李',
        (),
    ),
    # a member without a nickname is named by their WeChat ID
    (
        sysmsg(INVITE, link("username", WANG),
               link("names", "<member><username>wxid_new</username><nickname/></member>")),
        '"老王"邀请"wxid_new"加入了群聊',
        (Join("wxid_new", "老王"),),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("xml", "sentence", "notices"), TEMPLATES)
def test_a_template_notice_reads_as_its_sentence(
    xml: str, sentence: str, notices: tuple[object, ...]
) -> None:
    assert template_sentence(xml) == sentence
    assert read_notice(xml, Platform.WECHAT) == notices
    assert read_notice("wxid_wang:\n" + xml, Platform.WECHAT) == notices  # a sender prefix


@pytest.mark.parametrize(
    "text",
    [
        '<sysmsg type="sysmsgtemplate"><sysmsgtemplate>',  # cut off
        '<sysmsg type="revokemsg"><revokemsg>"老王" 撤回了一条消息</revokemsg></sysmsg>',
        '<sysmsg type="sysmsgtemplate"><sysmsgtemplate></sysmsgtemplate></sysmsg>',
        '<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<sysmsg type="sysmsgtemplate"><sysmsgtemplate><content_template>'
        '<template>"&b;"邀请"x"加入了群聊</template></content_template></sysmsgtemplate></sysmsg>',
        sysmsg('"$username$"邀请"$names$"加入了群聊', link("username", WANG),
               link("names", member("wxid_x", "长" * 70_000))),  # beyond the size read
    ],
)  # fmt: skip
def test_anything_else_is_no_join_and_stays_a_system_message(text: str) -> None:
    assert template_sentence(text) is None
    assert read_notice(text, Platform.WECHAT) == ()


def test_a_template_one_character_under_the_limit_is_read() -> None:
    from desktop.models.exchange.chat.notices import MAX_TEMPLATE_CHARS

    base = sysmsg('"$username$"邀请"$names$"加入了群聊', link("username", WANG), link("names", ""))
    name = "长" * (MAX_TEMPLATE_CHARS - len(base) - len(member("wxid_x", "")))
    xml = sysmsg(
        '"$username$"邀请"$names$"加入了群聊',
        link("username", WANG),
        link("names", member("wxid_x", name)),
    )
    assert len(xml) == MAX_TEMPLATE_CHARS
    assert read_notice(xml, Platform.WECHAT) == (Join(name, "老王"),)
    assert template_sentence(xml + " ") is None  # one character more is not read


def test_a_memotrace_export_counts_template_joins(tmp_path: Path) -> None:
    """Type 10002 rows of a MemoTrace CSV: the joins and their inviter, by hand."""
    rows = [
        "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,"
        "NickName,Sender",
        "1,7,1,0,0,1704416400,2,早,2024-01-05 09:00:00,,老王,wxid_wang",
        '2,7,10002,0,0,1704420000,2,"{}",2024-01-05 10:00:00,,,'.format(
            sysmsg('"$username$"邀请"$names$"加入了群聊', link("username", WANG),
                   link("names", ZHANG, LI)).replace('"', '""')
        ),
        '3,7,10002,0,0,1704510000,2,"{}",2024-01-06 11:00:00,,,'.format(
            sysmsg('你将"$kickoutname$"移出了群聊', link("kickoutname", ZHANG)).replace('"', '""')
        ),
    ]  # fmt: skip
    path = tmp_path / "群聊_读书会.csv"
    path.write_text("\ufeff" + "\n".join(rows) + "\n", encoding="utf-8")
    counts = read_tally(open_chat(path), ZoneInfo("Asia/Shanghai")).count({})
    jan5, jan6 = dt.date(2024, 1, 5), dt.date(2024, 1, 6)
    assert counts.joins == ((jan5, Join("小张", "老王")), (jan5, Join("小李", "老王")))
    assert counts.leaves == ((jan6, Leave("小张", removed=True)),)
    assert [(d.day, d.messages, d.system) for d in counts.days] == [(jan5, 1, 1), (jan6, 0, 1)]
