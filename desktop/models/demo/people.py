"""The demo's people: members, memberships with their roles and fees, from one seeded generator."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import random
import string

from dateutil.relativedelta import relativedelta

from desktop.models.core.codes import EXPENSE_CATEGORIES, Category, Channel, EntryKind, Role
from desktop.models.demo.data import (
    CHANNEL_CUM,
    CHANNELS,
    CORE,
    EARLY_BIRD_FEE,
    EMAIL_CUM,
    EMAIL_DOMAINS,
    EMOJI,
    ENGLISH,
    FOLLOWER_PATH,
    GIVEN_ONE,
    GIVEN_TWO,
    GROUPS,
    JOINS_CUM,
    NOTES,
    PHONE_PREFIXES,
    PHRASES,
    REFERRER_TEXTS,
    SEED_PATH,
    STAFF_ROLES,
    SURNAME_CUM,
    SURNAMES,
    TAG_COUNT_CUM,
    TAG_CUM,
    TAG_NAMES,
    WINDOW_DAYS,
    WXID_CHARS,
)
from desktop.models.demo.records import (
    Event,
    Membership,
    Row,
    iso_day,
    iso_day_or_none,
    rand_choice,
    rand_int,
    rand_pick,
    rand_range,
)
from desktop.models.members.search import member_search_key, name_sort_key, pinyin_readings


class PeopleBuilder:
    """The demo's members, memberships, roles and fees, from one seeded random generator."""

    def __init__(self, members: int, seed: int, today: dt.date) -> None:
        self.n = members
        self.rng = random.Random(seed)
        self.today = today
        self.today_o = today.toordinal()
        self.window_start = today - dt.timedelta(days=WINDOW_DAYS)
        self.created = [
            today - dt.timedelta(days=g.age_days + self.rng.randint(-20, 20)) for g in GROUPS
        ]
        self.created_o = [day.toordinal() for day in self.created]
        self.member_day = [self.today_o] * (members + 1)  # index = member id
        self.referrer: list[int | None] = [None] * (members + 1)
        self.memberships: list[Membership] = []
        self.by_group: list[list[Membership]] = [[] for _ in GROUPS]
        # Per group, sorted by joining day, with the days alongside for bisect.
        self.joined_days: list[list[int]] = []
        self.engaged: list[list[Membership]] = []
        self.engaged_days: list[list[int]] = []
        self.events: list[Event] = []
        self.exdates: list[Row] = []
        self.attendance: list[Row] = []
        self.revenue: list[Row] = []
        self.event_days: list[set[int]] = [set() for _ in GROUPS]  # ordinals of past events

    # ------------------------------------------------------------ helpers
    def _between(self, first: int, last: int) -> int:
        """A uniformly random day ordinal in [first, last]."""
        return first if last <= first else rand_int(self.rng, first, last)

    def _entry(
        self,
        day: int,
        group: int | None,
        category: Category,
        amount: int,
        note: str,
        *,
        member: int | None = None,
        event: int | None = None,
        referrer: int | None = None,
        partner: int | None = None,
        currency: str = "CNY",
        channel: Channel | None = None,
        renewal: tuple[int, str | None] | None = None,
    ) -> None:
        """Record a revenue entry on a day ordinal; income or expense follows the category."""
        kind = EntryKind.EXPENSE if category in EXPENSE_CATEGORIES else EntryKind.INCOME
        self.revenue.append(
            (
                iso_day(min(day, self.today_o)),
                None if group is None else group + 1,
                kind.value,
                category.value,
                amount,
                currency,
                channel.value if channel else rand_pick(self.rng, CHANNELS, CHANNEL_CUM),
                member,
                event,
                referrer,
                partner,
                note,
                renewal[0] if renewal else None,
                renewal[1] if renewal else None,
            )
        )

    # ------------------------------------------------------------ members
    def build_members(self) -> tuple[list[Row], list[Row]]:
        """Member rows (search keys included) and their tags; fixes each member's first day."""
        rng, n = self.rng, self.n
        start = min(self.created_o)
        first_random = len(CORE) + 1
        # Random members arrive ever faster (u**0.7 skews late) and in id order, so a
        # referrer, always a lower id, was also there first.
        span = self.today_o - start - 1
        offsets = sorted(int(span * rng.random() ** 0.7) for _ in range(first_random, n + 1))
        surnames = rng.choices(SURNAMES, cum_weights=SURNAME_CUM, k=n)
        used_wx: set[str] = set()
        used_phone: set[str] = set()
        referred: list[int] = []
        members: list[Row] = []
        tags: list[Row] = []
        for mid in range(1, n + 1):
            ref: int | None = None
            ref_text = ""
            if mid < first_random:
                name, nick, wx, phone, mtags, notes = CORE[mid - 1]
                day = start
                email = f"{wx.strip('_')}@163.com" if mid % 3 == 0 else ""
            else:
                day = start + 1 + offsets[mid - first_random]
                given = (
                    rand_choice(rng, GIVEN_TWO)
                    if rng.random() < 0.75
                    else rand_choice(rng, GIVEN_ONE)
                )
                name = surnames[mid - 1] + given
                nick = self._nickname(name) if rng.random() < 0.55 else ""
                wx = self._wechat_id(name, used_wx) if rng.random() < 0.65 else ""
                phone = self._phone(used_phone) if rng.random() < 0.82 else ""
                email = self._email(name) if rng.random() < 0.25 else ""
                mtags = self._tags()
                notes = rand_choice(rng, NOTES) if rng.random() < 0.18 else ""
                if rng.random() < 0.3:
                    # Referred people go on to refer others (裂变), so chains grow deep.
                    if referred and rng.random() < 0.6:
                        ref = rand_choice(rng, referred)
                    else:
                        ref = rand_int(rng, 1, mid - 1)
                    referred.append(mid)
                elif rng.random() < 0.04:
                    ref_text = rand_choice(rng, REFERRER_TEXTS)
            self.member_day[mid] = day
            self.referrer[mid] = ref
            clock = rand_range(rng, 7 * 3600, 23 * 3600)
            created_at = (
                f"{iso_day(day)}T{clock // 3600:02d}:{clock // 60 % 60:02d}:{clock % 60:02d}"
            )
            tag_list = sorted(mtags)  # the order SQLite's group_concat reads them back in
            key = member_search_key(name, nick, wx, phone, " ".join(tag_list), notes)
            members.append(
                (
                    mid,
                    name,
                    nick,
                    wx,
                    phone,
                    email,
                    ref,
                    ref_text,
                    notes,
                    created_at,
                    key,
                    name_sort_key(name),
                )
            )
            tags.extend((mid, tag) for tag in tag_list)
        return members, tags

    def _nickname(self, name: str) -> str:
        """A WeChat-style nickname: 小雪, 阿杰, 🌸小雪, Amy, 面包控, 王姐, 雪雪."""
        rng = self.rng
        last = name[-1]
        style = rand_range(rng, 0, 6)
        if style == 0:
            return rand_choice(rng, ("小", "阿")) + last
        if style == 1:
            return rand_choice(rng, EMOJI) + "小" + last
        if style == 2:
            return rand_choice(rng, ENGLISH)
        if style == 3:
            return rand_choice(rng, PHRASES)
        if style == 4:
            return name[0] + rand_choice(rng, ("姐", "哥", "老师"))
        return last + last

    def _wechat_id(self, name: str, used: set[str]) -> str:
        """A unique WeChat id: wxid_ and 14 characters, or one made from the name's pinyin."""
        rng = self.rng
        readings = pinyin_readings(name)  # cached; the search key needs it anyway
        if rng.random() < 0.45 or not readings:
            wx = "wxid_" + "".join(rng.choices(WXID_CHARS, k=14))
        elif rng.random() < 0.5:
            wx = f"{readings[0]}{rand_int(rng, 1970, 2006)}"
        else:
            wx = f"{readings[0]}_{rand_int(rng, 1, 999)}"
        while wx in used:
            wx += rand_choice(rng, string.digits)
        used.add(wx)
        return wx

    def _phone(self, used: set[str]) -> str:
        """A unique mainland mobile number: 11 digits starting 13-19."""
        while True:
            phone = rand_choice(self.rng, PHONE_PREFIXES) + f"{rand_range(self.rng, 0, 10**8):08d}"
            if phone not in used:
                used.add(phone)
                return phone

    def _email(self, name: str) -> str:
        """An address at a common provider; QQ mail addresses are usually the QQ number."""
        rng = self.rng
        domain = rand_pick(rng, EMAIL_DOMAINS, EMAIL_CUM)
        readings = pinyin_readings(name)
        if domain == "qq.com" or not readings:
            return f"{rand_int(rng, 10000, 3999999999)}@qq.com"
        return f"{readings[0]}{rand_int(rng, 1, 99)}@{domain}"

    def _tags(self) -> tuple[str, ...]:
        """Zero to three distinct tags."""
        count = bisect.bisect(TAG_COUNT_CUM, self.rng.random() * 100)
        chosen: list[str] = []
        while len(chosen) < count:
            tag = rand_pick(self.rng, TAG_NAMES, TAG_CUM)
            if tag not in chosen:
                chosen.append(tag)
        return tuple(chosen)

    # ------------------------------------------------------------ memberships and roles
    def build_memberships(self) -> list[Row]:
        """Memberships (some left, some re-joined) and the role history rows of each."""
        rng = self.rng
        roles: list[Row] = []
        staff: dict[int, dict[int, tuple[tuple[Role, int], ...]]] = {}
        for gi, spec in enumerate(GROUPS):
            for mid, path in spec.staff:
                if mid <= self.n:
                    staff.setdefault(mid, {})[gi] = path
        first_group = [0] * (self.n + 1)
        group_cum = tuple(itertools.accumulate(int(g.join_weight * 100) for g in GROUPS))
        indexes = range(len(GROUPS))
        for mid in range(1, self.n + 1):
            paths = staff.get(mid, {})
            groups = list(paths)
            if not groups:
                ref = self.referrer[mid]
                if ref is not None and rng.random() < 0.7:
                    groups.append(first_group[ref])  # invited into the referrer's group
                wanted = bisect.bisect(JOINS_CUM, rng.random() * 100) + 1
                while len(groups) < wanted:
                    gi = rand_pick(rng, indexes, group_cum)
                    if gi not in groups:
                        groups.append(gi)
            first_group[mid] = groups[0]
            for position, gi in enumerate(groups):
                self._join(mid, gi, position, paths.get(gi), roles)
        for pool in self.by_group:
            pool.sort(key=lambda m: (m.joined, m.id))
            engaged = [m for m in pool if m.engaged]
            self.joined_days.append([m.joined for m in pool])
            self.engaged.append(engaged)
            self.engaged_days.append([m.joined for m in engaged])
        return roles

    def _join(
        self,
        mid: int,
        gi: int,
        position: int,
        staff_path: tuple[tuple[Role, int], ...] | None,
        roles: list[Row],
    ) -> None:
        """One member's membership(s) in one group, with their roles."""
        rng, today = self.rng, self.today_o
        created = self.created_o[gi]
        if staff_path is not None:
            late = 0 if staff_path[0][0] in (Role.OWNER, Role.FOUNDER) else rng.randint(0, 20)
            joined = created + late
        elif self.member_day[mid] < created:
            # Existing members flock in right after a new group opens.
            joined = created + int(rng.expovariate(1 / 30))
        else:
            # The first group is where they came in; others follow some weeks later.
            extra = int(rng.expovariate(1 / 60)) if position else 0
            joined = self.member_day[mid] + extra
        membership = self._membership(mid, gi, min(joined, today))
        if staff_path is not None:
            self._roles(membership, staff_path, roles)
            return
        if membership.joined < today and rng.random() < GROUPS[gi].leave_rate:
            membership.left = self._between(membership.joined + 1, today)
        self._roles(membership, self._random_path(membership), roles)
        left = membership.left
        if left is not None and today - left > 7 and rng.random() < 0.3:
            # Strict entry, lenient exit: some come back later, as a new membership.
            again = self._membership(mid, gi, self._between(left + 7, today))
            self._roles(again, FOLLOWER_PATH, roles)

    def _membership(self, mid: int, gi: int, joined: int) -> Membership:
        """A new membership period."""
        membership = Membership(len(self.memberships) + 1, mid, gi, joined)
        self.memberships.append(membership)
        self.by_group[gi].append(membership)
        return membership

    def _random_path(self, membership: Membership) -> tuple[tuple[Role, int], ...]:
        """Role changes of an ordinary member: about 1% end as leader and 10% as active."""
        rng = self.rng
        early = membership.joined - self.created_o[membership.group] < 60
        first = Role.SEED if early and rng.random() < 0.6 else Role.FOLLOWER
        draw = rng.random()
        if draw >= 0.11:
            return SEED_PATH if first is Role.SEED else FOLLOWER_PATH
        steps = [first, Role.ACTIVE, Role.LEADER] if draw < 0.01 else [first, Role.ACTIVE]
        span = (membership.left or self.today_o) - membership.joined
        if span < 2 * len(steps):
            return ((first, 0),)  # too short a stay to have changed role
        offsets = [0, *sorted(rng.sample(range(1, span), len(steps) - 1))]
        return tuple(zip(steps, offsets, strict=True))

    def _roles(
        self, membership: Membership, path: tuple[tuple[Role, int], ...], roles: list[Row]
    ) -> None:
        """Role rows for a path: each closes when the next opens, the last one on leaving."""
        end = membership.left
        membership.engaged = len(path) > 1 or path[0][0] in (Role.OWNER, Role.FOUNDER)
        if len(path) == 1:  # most members never change role
            roles.append(
                (membership.id, path[0][0].value, iso_day(membership.joined), iso_day_or_none(end))
            )
            return
        last = self.today_o if end is None else end
        since = [min(membership.joined + offset, last) for _, offset in path]
        until = [*since[1:], end]
        for (role, _), opened, closed in zip(path, since, until, strict=True):
            roles.append((membership.id, role.value, iso_day(opened), iso_day_or_none(closed)))

    def build_fees(self) -> None:
        """Yearly fees of paid groups: early birds pay less, most renew, some lapse."""
        rng, today = self.rng, self.today_o
        for gi, spec in enumerate(GROUPS):
            if not spec.fee_minor or not spec.fee_period_months:
                continue
            period = relativedelta(months=spec.fee_period_months)
            # The people who run the group don't pay to be in it.
            free = {mid for mid, path in spec.staff if path[-1][0] in STAFF_ROLES}
            for m in self.by_group[gi]:
                if m.member_id in free:
                    continue
                pay, until, previous = m.joined, m.joined, None
                while True:
                    until = (dt.date.fromordinal(until) + period).toordinal()
                    early = previous is None and m.joined - self.created_o[gi] < 30
                    note = "VIP年费（早鸟价）" if early else "VIP续费" if previous else "VIP年费"
                    self._entry(
                        pay,
                        gi,
                        Category.MEMBERSHIP,
                        EARLY_BIRD_FEE if early else spec.fee_minor,
                        note,
                        member=m.member_id,
                        renewal=(m.id, iso_day_or_none(previous)),
                    )
                    # Renewals come a few days before expiry, if at all.
                    pay, previous = until - rand_int(rng, 0, 14), until
                    if pay > today or (m.left and pay >= m.left) or rng.random() > 0.8:
                        break
                m.paid_until = until

    def membership_rows(self) -> list[Row]:
        """Membership rows in id order."""
        return [
            (
                m.id,
                m.member_id,
                m.group + 1,
                iso_day(m.joined),
                iso_day_or_none(m.left),
                iso_day_or_none(m.paid_until),
            )
            for m in self.memberships
        ]

    def capacity(self, gi: int) -> int | None:
        """The group's capacity, raised in round steps when a big demo roster outgrows it."""
        base = GROUPS[gi].capacity
        size = sum(1 for m in self.by_group[gi] if m.left is None)
        if base is None or size <= base:
            return base
        return math.ceil(size * 1.2 / 500) * 500
