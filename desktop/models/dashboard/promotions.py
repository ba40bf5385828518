"""Who to promote: members whose contribution puts them above their role's peers.

Contribution over the last `WINDOW_DAYS` days (today included), in points: 1 per message
in the imported chat history, 5 per occurrence attended, 10 per occurrence hosted and 10
per member they referred who joined the group in the window. A follower is suggested as an
active member, an active member or seed user as an opinion leader (意见领袖/骨干), when
all three hold:

- they are in the top decile of their role in the group: at least the k-th highest score
  of the role, k = max(1, ⌊holders / 10⌋) (ties with the k-th are in);
- they score above the median of the role they would get (0 when nobody holds it yet);
- they have at least `MIN_POINTS` points.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass

from desktop.models.calendar.occurrences import occurrences
from desktop.models.chats.history import messages_between
from desktop.models.core.codes import Role
from desktop.models.core.common import iso
from desktop.models.groups.groups import list_group_refs
from desktop.models.storage.db import Database

WINDOW_DAYS = 90
MIN_POINTS = 20
POINTS_MESSAGE = 1
POINTS_ATTENDED = 5
POINTS_HOSTED = 10
POINTS_REFERRED = 10
# The role each role is promoted to.
NEXT_ROLE: dict[str, str] = {
    Role.FOLLOWER.value: Role.ACTIVE.value,
    Role.ACTIVE.value: Role.LEADER.value,
    Role.SEED.value: Role.LEADER.value,
}


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one member did in a group over the window, and the points it makes."""

    messages: int = 0
    attended: int = 0
    hosted: int = 0
    referred: int = 0

    @property
    def points(self) -> int:
        """The contribution in points."""
        return (
            self.messages * POINTS_MESSAGE
            + self.attended * POINTS_ATTENDED
            + self.hosted * POINTS_HOSTED
            + self.referred * POINTS_REFERRED
        )


@dataclass(frozen=True, slots=True)
class Promotion:
    """A suggestion: promote a member from `role` to `to_role` in a group."""

    group_id: int
    group_name: str
    member_id: int
    name: str
    role: str
    to_role: str
    contribution: Contribution
    peers_cut: int  # the score of the top decile of their role
    next_median: float  # the median score of the role they would get


def suggested(points: dict[int, int], roles: dict[int, str]) -> dict[int, tuple[int, float]]:
    """Members to promote by the rules above: member → (their role's cut, next median)."""
    by_role: dict[str, list[int]] = {}
    for mid, role in roles.items():
        by_role.setdefault(role, []).append(points.get(mid, 0))
    found: dict[int, tuple[int, float]] = {}
    for mid, role in roles.items():
        target = NEXT_ROLE.get(role)
        if target is None:
            continue
        peers = sorted(by_role[role], reverse=True)
        cut = peers[max(1, len(peers) // 10) - 1]
        above = by_role.get(target, [])
        median = float(statistics.median(above)) if above else 0.0
        score = points.get(mid, 0)
        if score >= MIN_POINTS and score >= cut and score > median:
            found[mid] = (cut, median)
    return found


def contributions(
    db: Database, group_id: int, first: dt.date, last: dt.date
) -> dict[int, Contribution]:
    """Messages, attendance, hosting and referrals of each member in a group over a range."""
    messages = messages_between(db, first, last, group_id)
    attended = {
        int(mid): int(n)
        for mid, n in db.conn.execute(
            """SELECT a.member_id, count(*) FROM attendance a JOIN events e ON e.id = a.event_id
               WHERE e.group_id = ? AND a.status = 'attended'
               AND a.occurrence_start BETWEEN ? AND ? GROUP BY a.member_id""",
            (group_id, iso(first) + "T00:00:00", iso(last) + "T23:59:59"),
        )
    }
    hosted = Counter(
        o.host_id for o in occurrences(db, first, last, group_id) if o.host_id is not None
    )
    referred = {
        int(mid): int(n)
        for mid, n in db.conn.execute(
            """SELECT m.referrer_id, count(*) FROM memberships s
               JOIN members m ON m.id = s.member_id
               WHERE s.group_id = ? AND s.joined_on BETWEEN ? AND ?
               AND m.referrer_id IS NOT NULL GROUP BY m.referrer_id""",
            (group_id, iso(first), iso(last)),
        )
    }
    people = set(messages) | set(attended) | set(hosted) | set(referred)
    return {
        mid: Contribution(
            messages.get(mid, 0), attended.get(mid, 0), hosted.get(mid, 0), referred.get(mid, 0)
        )
        for mid in people
    }


def promotions(db: Database, group_id: int | None, today: dt.date) -> list[Promotion]:
    """Suggestions for one group (or every group not archived), highest score first."""
    first = today - dt.timedelta(days=WINDOW_DAYS - 1)
    found: list[Promotion] = []
    for ref in list_group_refs(db, include_archived=False):
        if group_id is not None and ref.id != group_id:
            continue
        holders = {
            int(mid): (str(name), str(role))
            for mid, name, role in db.conn.execute(
                """SELECT m.id, m.name, r.role FROM memberships s
                   JOIN members m ON m.id = s.member_id
                   JOIN role_history r ON r.membership_id = s.id AND r.until IS NULL
                   WHERE s.group_id = ? AND s.left_on IS NULL""",
                (ref.id,),
            )
        }
        done = contributions(db, ref.id, first, today)
        points = {mid: c.points for mid, c in done.items()}
        roles = {mid: role for mid, (_, role) in holders.items()}
        for mid, (cut, median) in suggested(points, roles).items():
            name, role = holders[mid]
            found.append(
                Promotion(
                    ref.id, ref.name, mid, name, role, NEXT_ROLE[role], done[mid], cut, median
                )
            )
    found.sort(key=lambda p: (-p.contribution.points, p.name))
    return found
