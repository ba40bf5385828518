"""The rest of the demo on top of its people: events, attendance, money, activity, goals, groups."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from desktop.models.core.codes import (
    AttendanceStatus,
    Category,
    Channel,
    EntryKind,
    EventType,
    Metric,
    Period,
)
from desktop.models.demo.data import (
    CHANNEL_CUM,
    CHANNELS,
    DAY,
    FUTURE_DAYS,
    GROUPS,
    ONE_OFFS,
    OUTCOMES,
    PARTNERS,
    QUANTITY_CUM,
    SERIES,
    WINDOW_DAYS,
    OneOffSpec,
    SeriesSpec,
)
from desktop.models.demo.people import PeopleBuilder
from desktop.models.demo.records import (
    Event,
    Level,
    Row,
    at_time,
    hour_minute,
    iso_day,
    iso_moment,
    rand_choice,
    rand_int,
    rand_pick,
    rand_range,
)


class DemoBuilder(PeopleBuilder):
    """Builds every table's rows in memory from one seeded random generator."""

    # ------------------------------------------------------------ events and attendance
    def build_events(self) -> None:
        """Series (one row each), one moved and one skipped occurrence, and one-offs."""
        rng = self.rng
        until = (self.today - dt.timedelta(days=60)).strftime("%Y%m%dT235959")
        for spec in SERIES:
            day = self.window_start + dt.timedelta(days=spec.begin)
            rule = spec.rrule.format(until=until)
            # RFC 5545 wants DTSTART to be an occurrence, so start on the first real one.
            start = next(iter(rrulestr(rule, dtstart=at_time(day, *hour_minute(spec.at)))))
            host = spec.host if spec.host <= self.n else (1 if self.n else None)
            self._add_event(spec.group, spec.title, spec.type, start, spec, host, rrule=rule)
        lecture = next(e for e in self.events if e.type is EventType.LECTURE and e.group == 1)
        occurrences = self._occurrences(lecture)
        skipped = next(o for o in occurrences if o.date() >= self.today - 100 * DAY)
        moved = next(o for o in occurrences if o.date() >= self.today - 45 * DAY)
        self.exdates.append((lecture.id, iso_moment(skipped)))
        self.events.append(
            Event(
                len(self.events) + 1,
                lecture.group,
                "共读直播（本周改到周四）",
                lecture.type,
                moved + DAY,
                lecture.minutes,
                lecture.online,
                lecture.location,
                lecture.host,
                lecture.capacity,
                0,
                0,
                lecture.cost_category,
                lecture.attend_rate,
                "讲师周三出差，顺延一天",
                series_id=lecture.id,
                recurrence_start=iso_moment(moved),
            )
        )
        for one in ONE_OFFS:
            hosts = [mid for mid, _ in GROUPS[one.group].staff if mid <= self.n]
            for number in range(1, one.times + 1):
                day = self.today + dt.timedelta(days=rng.randint(1 - WINDOW_DAYS, FUTURE_DAYS))
                start = at_time(day, hour_minute(one.at)[0], rng.choice((0, 30)))
                title = one.title if one.times == 1 else f"{one.title}（第{number}期）"
                host = rng.choice(hosts[1:] or hosts) if hosts else None  # hosts[0] is the owner
                self._add_event(one.group, title, one.type, start, one, host)

    def _add_event(
        self,
        gi: int,
        title: str,
        kind: EventType,
        start: dt.datetime,
        spec: SeriesSpec | OneOffSpec,
        host: int | None,
        *,
        rrule: str | None = None,
    ) -> None:
        """Plan an event row from its spec."""
        self.events.append(
            Event(
                len(self.events) + 1,
                gi,
                title,
                kind,
                start,
                spec.minutes,
                spec.online,
                spec.location,
                host,
                spec.capacity,
                spec.fee,
                spec.cost,
                spec.cost_category,
                spec.attend_rate,
                spec.notes if isinstance(spec, SeriesSpec) else "",
                rrule=rrule,
            )
        )

    def _occurrences(self, event: Event) -> list[dt.datetime]:
        """Starts of an event up to the calendar's end (a series is expanded by dateutil)."""
        if event.rrule is None:
            return [event.start]
        horizon = at_time(self.today + dt.timedelta(days=FUTURE_DAYS), 23, 59)
        rule = rrulestr(event.rrule, dtstart=event.start)
        return list(rule.between(event.start, horizon, inc=True))

    def build_attendance(self) -> None:
        """Check-ins of past occurrences, sign-ups for coming one-offs, tickets and costs."""
        today = self.today
        skip = {(row[0], row[1]) for row in self.exdates}
        skip |= {(e.series_id, e.recurrence_start) for e in self.events if e.series_id}
        for event in self.events:
            if event.attend_rate <= 0 or event.series_id is not None:
                continue  # content posts, and the moved lecture nobody recorded
            occurrences = self._occurrences(event)
            cohort: list[int] | None = None
            came = 0
            for index, start in enumerate(occurrences):
                start_iso = iso_moment(start)
                past = start.date() < today
                if (event.id, start_iso) in skip or (event.rrule and not past):
                    continue
                day = start.date().toordinal()
                if event.type is EventType.CHECKIN:
                    # A challenge keeps one cohort, which thins out day by day.
                    if cohort is None:
                        cohort = self._attendees(event, day)
                    keep = 0.9 - 0.4 * index / max(len(occurrences) - 1, 1)
                    people = [mid for mid in cohort if self.rng.random() < keep]
                else:
                    people = self._attendees(event, day)
                came = self._check_in(event, day, start_iso, people, past=past)
                if past:
                    self.event_days[event.group].add(day)
                    if event.cost:
                        self._entry(
                            day,
                            event.group,
                            event.cost_category,
                            event.cost,
                            event.title,
                            event=event.id,
                            channel=Channel.BANK,
                        )
            if event.rrule is None and event.start.date() < today:
                self._review(event, came)

    def _attendees(self, event: Event, day: int) -> list[int]:
        """Distinct members of the group on that day; engaged members come more often."""
        rng = self.rng
        gi = event.group
        pool, engaged = self.by_group[gi], self.engaged[gi]
        # A welcome ritual is for the people who joined in the month before it.
        since = day - 31 if event.type is EventType.WELCOME else 0
        low = bisect.bisect_left(self.joined_days[gi], since)
        high = bisect.bisect_right(self.joined_days[gi], day)
        elow = bisect.bisect_left(self.engaged_days[gi], since)
        ehigh = bisect.bisect_right(self.engaged_days[gi], day)
        if high <= low:
            return []
        wanted = round((high - low) * event.attend_rate * rng.uniform(0.7, 1.3))
        wanted = max(1, min(wanted, event.capacity or 300, high - low))
        chosen: list[int] = []
        seen: set[int] = set()
        for _ in range(wanted * 3):
            if len(chosen) >= wanted:
                break
            if ehigh > elow and rng.random() < 0.5:
                m = engaged[rand_range(rng, elow, ehigh)]
            else:
                m = pool[rand_range(rng, low, high)]
            if (m.left is None or m.left >= day) and m.member_id not in seen:
                seen.add(m.member_id)
                chosen.append(m.member_id)
        return chosen

    def _check_in(
        self, event: Event, day: int, start_iso: str, people: list[int], *, past: bool
    ) -> int:
        """Attendance rows, plus tickets, auction lots and pledges; returns how many came."""
        rng = self.rng
        came_count = 0
        # Online tickets are bought one by one in advance; offline ones are paid at the door.
        tickets = event.fee if event.online else 0
        for mid in people:
            came = past and rng.random() < 0.88
            came_count += came
            status = AttendanceStatus.ATTENDED if came else AttendanceStatus.SIGNED_UP
            self.attendance.append((event.id, start_iso, mid, status.value))
            if tickets:
                paid_on = day - rand_int(rng, 0, 7)
                self._entry(
                    paid_on, event.group, Category.TICKET, tickets, event.title,
                    member=mid, event=event.id,
                )  # fmt: skip
            if not came:
                continue
            if event.type is EventType.AUCTION and rng.random() < 0.3:
                lot = rng.randint(20, 300) * 100
                self._entry(
                    day, event.group, Category.AUCTION, lot, f"拍品：{event.title}",
                    member=mid, event=event.id,
                )  # fmt: skip
            elif event.type is EventType.CROWDFUNDING:
                pledge = rng.choice((50000, 100000, 200000))
                self._entry(
                    day, event.group, Category.CROWDFUNDING, pledge, event.title,
                    member=mid, event=event.id,
                )  # fmt: skip
        if event.fee and not event.online and came_count:
            takings = event.fee * came_count
            note = f"{event.title} 现场收款{came_count}人"
            self._entry(day, event.group, Category.OFFLINE_TICKET, takings, note, event=event.id)
        return came_count

    def _review(self, event: Event, came: int) -> None:
        """A past one-off gets a short review and a depth rating (depth over head-count)."""
        event.outcome = f"到场{came}人；{self.rng.choice(OUTCOMES[event.type])}"
        event.depth = self.rng.randint(3 if event.type is EventType.SALON else 2, 5)

    def event_rows(self) -> list[Row]:
        """Event rows in id order (a series before the occurrence edited from it)."""
        return [
            (
                e.id,
                e.group + 1,
                e.title,
                e.type.value,
                int(e.online),
                e.location,
                iso_moment(e.start),
                iso_moment(e.start + dt.timedelta(minutes=e.minutes)),
                e.host,
                e.capacity,
                e.fee,
                e.cost,
                "CNY",
                e.notes,
                e.outcome,
                e.depth,
                e.rrule,
                e.series_id,
                e.recurrence_start,
            )
            for e in self.events
        ]

    # ------------------------------------------------------------ money
    def build_revenue(self) -> None:
        """Monthly costs, commissions, sponsorship and deals, then sales up to ≈2 per member."""
        rng, today = self.rng, self.today
        months = [(today - relativedelta(months=k)).toordinal() for k in range(12, 0, -1)]
        for month in months:
            self._entry(month, None, Category.TOOLS, 9900, "企业微信/小鹅通 月费")
            self._entry(
                month, None, Category.TOOLS, 1599, "Zoom Pro", currency="USD",
                channel=Channel.OTHER,
            )  # fmt: skip
            for gi in (0, 3):
                ads = rng.randint(5, 30) * 10000
                self._entry(month + 3, gi, Category.ADS, ads, "朋友圈广告投放")
            commission = rng.randint(30, 200) * 100
            self._entry(
                month + 5, 1, Category.REFERRAL, commission, "知识星球推广佣金",
                channel=Channel.OTHER,
            )  # fmt: skip
            clients = self.by_group[2]
            for _ in range(2):
                client = rng.choice(clients).member_id if clients else None
                fee = rng.randint(5, 30) * 10000
                day = self._between(month, month + 27)
                self._entry(day, 2, Category.CONSULTING, fee, "一对一创业咨询", member=client)
            for gi in (0, 3, 4):
                days = self.joined_days[gi]
                joins = bisect.bisect_left(days, month + 30) - bisect.bisect_left(days, month)
                if joins:
                    gifts = joins * 800
                    self._entry(month + 28, gi, Category.GIFTS, gifts, f"新人欢迎礼包×{joins}")
        for quarter in range(8):
            day = (today - relativedelta(months=3 * quarter + 1)).toordinal()
            if day >= self.created_o[0]:
                self._entry(
                    day, 0, Category.SPONSORSHIP, 800000, "麦香源季度赞助", partner=2,
                    channel=Channel.BANK,
                )  # fmt: skip
            if quarter < 4:
                share = rng.randint(15, 40) * 10000
                self._entry(
                    day, 4, Category.PARTNER_DEAL, share, "联合活动分成", partner=1,
                    channel=Channel.BANK,
                )  # fmt: skip
        for note in ("平台流量扶持奖励", "公众号广告分成"):
            day = self._between(months[0], self.today_o)
            amount = rng.randint(50, 300) * 100
            self._entry(day, 1, Category.OTHER_INCOME, amount, note, channel=Channel.OTHER)
        for _ in range(6):
            day = self._between(months[0], self.today_o)
            amount = rng.randint(20, 200) * 100
            self._entry(day, None, Category.OTHER_EXPENSE, amount, "快递费和物料")
        self._sales(max(self.n // 2, 2 * self.n - len(self.revenue)))
        self.revenue.sort(key=lambda row: str(row[0]))  # ids follow the days, as if kept daily

    def _sales(self, count: int) -> None:
        """Product sales to group members; a referred buyer sometimes credits the referrer."""
        rng, today = self.rng, self.today_o
        groups = [gi for gi, g in enumerate(GROUPS) if g.products and self.by_group[gi]]
        if not groups:
            return
        group_cum = tuple(itertools.accumulate(int(GROUPS[gi].sales_weight * 100) for gi in groups))
        oldest = today - 2 * WINDOW_DAYS
        income, product = EntryKind.INCOME.value, Category.PRODUCT.value
        for _ in range(count):
            gi = rand_pick(rng, groups, group_cum)
            m = rand_choice(rng, self.by_group[gi])
            end = m.left or today
            day = iso_day(self._between(min(max(m.joined, oldest), end), end))
            channel = rand_pick(rng, CHANNELS, CHANNEL_CUM)
            if gi == 1 and rng.random() < 0.01:
                note, amount, currency, credit = "海外读者·电子书", 999, "USD", None
            else:
                name, price = rand_choice(rng, GROUPS[gi].products)
                quantity = bisect.bisect(QUANTITY_CUM, rng.random() * 100) + 1
                note = name if quantity == 1 else f"{name}×{quantity}"
                amount, currency = price * quantity, "CNY"
                ref = self.referrer[m.member_id]
                credit = ref if ref is not None and rng.random() < 0.35 else None
            self.revenue.append(
                (day, gi + 1, income, product, amount, currency, channel, m.member_id, None,
                 credit, None, note, None, None)
            )  # fmt: skip

    # ------------------------------------------------------------ activity and goals
    def build_activity(self) -> tuple[list[Row], list[Level]]:
        """One row per group per day, with weekly rhythm, level and trend; and the averages."""
        rng = self.rng
        base = self.today_o - WINDOW_DAYS + 1
        rows: list[Row] = []
        levels: list[Level] = []
        for gi, spec in enumerate(GROUPS):
            # Day-by-day open count from +1 on joining and -1 the day after leaving.
            delta = [0] * (WINDOW_DAYS + 1)
            joined = [0] * WINDOW_DAYS
            left = [0] * WINDOW_DAYS
            for m in self.by_group[gi]:
                j = m.joined - base
                delta[max(j, 0)] += 1
                if j >= 0:
                    joined[j] += 1
                if m.left is not None:
                    k = m.left - base
                    delta[max(k + 1, 0)] -= 1
                    if k >= 0:
                        left[k] += 1
            size, messages, speakers = 0, 0, 0
            for offset in range(WINDOW_DAYS):
                size += delta[offset]
                day = base + offset
                trend = 1 + (spec.trend - 1) * offset / (WINDOW_DAYS - 1)
                weekday = (day - 1) % 7  # day ordinal 1 was a Monday
                mood = spec.weekday[weekday] * trend * max(rng.gauss(1, 0.15), 0.2)
                # Adding a uniform draw before int() rounds at random, so even a
                # ten-member group has some days with talk rather than all zeros.
                active = min(size, int(size * spec.active_rate * mood + rng.random()))
                bump = 1.4 if day in self.event_days[gi] else 1.0
                said = int(
                    active * spec.msgs_per_active * bump * rng.uniform(0.8, 1.2) + rng.random()
                )
                rows.append((gi + 1, iso_day(day), said, active, joined[offset], left[offset]))
                if offset >= WINDOW_DAYS - 90:
                    messages += said
                    speakers += active
            levels.append(Level(messages / 90, speakers / 90, sum(joined) / 12, size))
        return rows, levels

    def build_goals(self, levels: list[Level]) -> list[Row]:
        """Goal bands per metric, set around the demo's own levels so charts straddle them."""
        half_year = (self.today - dt.timedelta(days=182)).isoformat()
        changed_on = (self.today - dt.timedelta(days=180)).isoformat()
        # Judged like goals.actual_value: revenue is CNY income minus expenses, and
        # attendance counts the people who actually came.
        net = [0] * len(GROUPS)
        for day, group, kind, _, amount, currency, *_ in self.revenue:
            if group and currency == "CNY" and str(day) >= half_year:
                sign = 1 if kind == EntryKind.INCOME else -1
                net[int(group) - 1] += sign * int(amount or 0)
        group_of = {e.id: e.group for e in self.events}
        checkins = [0] * len(GROUPS)
        for row in self.attendance:
            if row[3] == AttendanceStatus.ATTENDED:
                checkins[group_of[int(row[0] or 0)]] += 1
        # Events held per month: the daily tips group runs ~30 posts plus lectures.
        held: tuple[tuple[int, int | None], ...] = ((8, None), (32, 40), (2, None), (5, 8), (1, 3))
        rows: list[Row] = []
        for gi, spec in enumerate(GROUPS):
            level, since = levels[gi], self.created[gi].isoformat()
            monthly = net[gi] / 6
            msgs = level.messages
            # (metric, period, min, max or None, effective from)
            goals: list[tuple[Metric, Period, float, float | None, str]] = [
                (Metric.ACTIVE_MEMBERS, Period.WEEK, level.active * 0.8, None, since),
                (Metric.NEW_MEMBERS, Period.MONTH, level.joined_per_month * 0.8, None, since),
                (Metric.MEMBERS_TOTAL, Period.MONTH, level.size * 0.9, self.capacity(gi), since),
                (Metric.EVENTS_HELD, Period.MONTH, *held[gi], since),
                (Metric.ATTENDANCE, Period.MONTH, checkins[gi] / 12 * 0.7, None, since),
            ]
            if spec.msgs_per_active < 2:
                # A quiet tips group: chatter is off-goal too; the band was widened mid-year.
                goals.append(
                    (Metric.MESSAGES_PER_DAY, Period.WEEK, msgs * 0.4, msgs * 1.2 + 1, since)
                )
                goals.append(
                    (Metric.MESSAGES_PER_DAY, Period.WEEK, msgs * 0.5, msgs * 1.6 + 2, changed_on)
                )
            else:
                goals.append((Metric.MESSAGES_PER_DAY, Period.WEEK, msgs * 0.7, None, since))
            if gi == 0:
                # The sales group raised its revenue target half-way through the year.
                goals.append((Metric.REVENUE, Period.MONTH, monthly * 0.6, None, since))
                goals.append((Metric.REVENUE, Period.MONTH, monthly * 0.9, None, changed_on))
            elif monthly > 0:
                goals.append((Metric.REVENUE, Period.MONTH, monthly * 0.7, None, since))
            for metric, period, low, high, start in goals:
                # Revenue is in fen like every amount; its targets are whole yuan.
                floor = max(int(low) // 100 * 100 if metric is Metric.REVENUE else int(low), 0)
                ceiling = None if high is None else max(int(high), floor)
                rows.append((gi + 1, metric.value, period.value, floor, ceiling, start))
        return rows

    # ------------------------------------------------------------ groups and partners
    def group_rows(self) -> dict[str, list[Row]]:
        """Groups with thresholds, rules and rule history, lifecycle, partners and shares."""
        rng, today = self.rng, self.today
        out: dict[str, list[Row]] = {
            table: []
            for table in (
                "groups",
                "group_thresholds",
                "group_rules",
                "rule_history",
                "lifecycle_history",
                "partners",
                "partner_shares",
                "partner_payouts",
            )
        }
        for gi, spec in enumerate(GROUPS):
            created = self.created[gi]
            out["groups"].append(
                (
                    gi + 1,
                    spec.name,
                    spec.platform.value,
                    self.capacity(gi),
                    json.dumps([p.value for p in spec.purposes]),
                    json.dumps([v.value for v in spec.value_types]),
                    spec.theme,
                    spec.audience,
                    spec.mission,
                    spec.structure.value,
                    spec.fee_minor,
                    "CNY",
                    spec.fee_period_months,
                    created.isoformat(),
                    spec.exit_criteria,
                    spec.notes,
                )
            )
            out["group_thresholds"].extend((gi + 1, k.value, text) for k, text in spec.thresholds)
            in_force = 0
            for index, (text, edited, retired) in enumerate(spec.rules):
                rule_id = len(out["group_rules"]) + 1
                # Rules in force are numbered 1..n; a retired one keeps the number it had.
                position = in_force + 1
                in_force += not retired
                added = created + dt.timedelta(days=0 if index < 3 else rng.randint(10, 90))
                history: list[tuple[dt.date, str, str | None, str | None]] = [
                    (added, "added", None, text)
                ]
                if edited:
                    history.append((created + rng.randint(100, 380) * DAY, "edited", text, edited))
                retired_on = created + rng.randint(200, 380) * DAY if retired else None
                if retired_on:
                    history.append((retired_on, "retired", edited or text, None))
                out["group_rules"].append(
                    (
                        rule_id,
                        gi + 1,
                        position,
                        edited or text,
                        added.isoformat(),
                        retired_on.isoformat() if retired_on else None,
                    )
                )
                out["rule_history"].extend(
                    (
                        rule_id,
                        iso_moment(at_time(on, rng.randint(9, 22), rng.randint(0, 59))),
                        act,
                        old,
                        new,
                    )
                    for on, act, old, new in history
                )
            for stage, offset, note in spec.lifecycle:
                began = today + offset * DAY if offset < 0 else created + offset * DAY
                out["lifecycle_history"].append((gi + 1, stage.value, began.isoformat(), note))
        for pid, (name, contact, notes) in enumerate(PARTNERS, start=1):
            out["partners"].append((pid, name, contact, notes))
        out["partner_shares"] += [
            (1, 5, 3000, "net", "[]"),  # the co-organiser splits the salon's net
            (1, 3, 2000, "net", "[]"),
            (2, 1, 1000, "categories", json.dumps([Category.PRODUCT, Category.SPONSORSHIP])),
            # The accountant gets no share but must see every group's books.
            *((3, gi + 1, 0, "net", "[]") for gi in range(len(GROUPS))),
        ]
        # The co-organiser is paid on the 5th for the month before: the last two months.
        last_month = today.replace(day=1) - DAY
        before = last_month.replace(day=1) - DAY
        for day, amount, method in ((before, 150000, "wechat"), (last_month, 120000, "bank")):
            out["partner_payouts"].append(
                (1, day.replace(day=5).isoformat(), amount, "CNY", method, "上月分成")
            )
        return out
