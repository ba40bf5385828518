"""The fields of a member list import: what a column can be, the header words that name
each, and what each is called in the UI language."""

from __future__ import annotations

from enum import StrEnum

from desktop.models.core.messages import msg
from desktop.models.exchange.import_engine import FieldSchema, FieldSpec


class Field(StrEnum):
    """What a spreadsheet column can be imported as."""

    NAME = "name"
    NICKNAME = "nickname"
    WECHAT_ID = "wechat_id"
    PHONE = "phone"
    EMAIL = "email"
    JOINED = "joined"
    GROUP = "group"
    ROLE = "role"
    REFERRER = "referrer"
    TAGS = "tags"
    NOTES = "notes"
    PAID_UNTIL = "paid_until"


def field_label(code: str) -> str:
    """What a member field is called in the UI language (a problem's column when the
    file has none for it)."""
    labels = {
        "name": msg("Name"),
        "nickname": msg("Nickname"),
        "wechat_id": msg("WeChat ID"),
        "phone": msg("Phone"),
        "email": msg("Email"),
        "joined": msg("Joined on"),
        "group": msg("Group"),
        "role": msg("Role"),
        "referrer": msg("Referred by"),
        "tags": msg("Tags"),
        "notes": msg("Notes"),
        "paid_until": msg("Paid until"),
    }
    return labels.get(code, code)


_HEADER_ALIASES: dict[Field, tuple[str, ...]] = {
    Field.NAME: ("姓名", "名字", "真实姓名", "成员姓名", "会员姓名", "客户姓名", "学员姓名",
                 "name", "fullname", "realname", "membername"),
    Field.NICKNAME: ("昵称", "微信昵称", "群昵称", "网名", "nickname", "nick", "displayname"),
    Field.WECHAT_ID: ("微信号", "微信", "微信id", "微信账号", "wechat", "wechatid", "weixin",
                      "wxid", "wx"),
    Field.PHONE: ("手机", "手机号", "手机号码", "电话", "电话号码", "联系电话", "联系方式",
                  "phone", "mobile", "tel", "telephone", "cell", "phonenumber", "mobilephone"),
    Field.EMAIL: ("邮箱", "电子邮箱", "电子邮件", "邮件", "邮箱地址", "email", "mail",
                  "emailaddress"),
    Field.JOINED: ("入群时间", "加入时间", "入群日期", "加入日期", "进群时间", "进群日期",
                   "入会时间", "入会日期", "joined", "joinedon", "joindate", "datejoined",
                   "joinedat"),
    Field.GROUP: ("所在群", "群名", "群名称", "群", "社群", "群组", "所属群", "所属社群", "group",
                  "groupname", "groups"),
    Field.ROLE: ("角色", "身份", "群身份", "群角色", "成员角色", "role"),
    Field.REFERRER: ("邀请人", "推荐人", "介绍人", "引荐人", "referrer", "referredby",
                     "invitedby", "inviter"),
    Field.TAGS: ("标签", "tags", "tag", "labels"),
    Field.NOTES: ("备注", "说明", "notes", "note", "remark", "remarks", "comment", "comments"),
    Field.PAID_UNTIL: ("到期时间", "到期日", "到期日期", "会员到期", "付费到期", "有效期至",
                       "paiduntil", "expires", "expiry", "expirydate", "paidthrough"),
}  # fmt: skip
# A row needs one of these: a member known only by nickname or WeChat ID is normal.
WHO_FIELDS = (Field.NAME.value, Field.NICKNAME.value, Field.WECHAT_ID.value)
MEMBER_FIELDS = FieldSchema(
    tuple(FieldSpec(f.value, _HEADER_ALIASES[f]) for f in Field),
    missing=lambda _keys: no_who_column(),
    duplicate=lambda code, used: msg(
        "{count} columns ({columns}) are all mapped to {field}.",
        count=len(used),
        columns=", ".join(used),
        field=field_label(code),
    ),
    target="members",
)


def no_who_column() -> str:
    """The problem of a mapping without a column that tells who each row is."""
    return msg(
        "No column holds the members' names, nicknames or WeChat IDs (such as 姓名, 昵称 "
        "or 微信号); map one."
    )
