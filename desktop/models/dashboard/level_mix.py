"""A group's level mix (leadership, active middle, followers) checked against its structure.

The method knows two structures. A pyramid (金字塔型) has one strong soul figure and few
leaders: the rule of thumb is about 1% leading and 10% active, and more leaders than that
makes it top-heavy. A ring (环形) rests on several peer opinion leaders (几位势均力敌的意见
领袖) who each bring their own circle: a group of 30–60 with 3–6 such leaders has about 10%
leading, and as each circle keeps its own regulars busy, about 30% active. A ring is never
top-heavy for having many leaders; it is off when it has too few peer leaders to be a ring,
or when one leader carries most of what the leaders host. Each group may set its own
target, kept in the database's settings (JSON keyed by group id); without one, the
structure's default applies.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Protocol

from desktop.models.core.codes import Role, Structure
from desktop.models.core.errors import ValidationError
from desktop.models.core.messages import msg
from desktop.models.groups.groups import get_group
from desktop.models.storage.db import Database
from desktop.models.storage.settings import get_setting, set_setting

# Level tiers of the level mix: the few who lead, the active middle, and the rest.
LEADER_ROLES = (Role.FOUNDER, Role.OWNER, Role.ADMIN, Role.LEADER, Role.SPOKESPERSON)
MIDDLE_ROLES = (Role.ACTIVE, Role.SEED)
# A ring's peer leaders: the soul figures and opinion leaders who carry its content (the
# owner and admins run the group, they are not what makes it a ring).
RING_PEER_ROLES = (Role.FOUNDER, Role.LEADER)
# Default targets by structure (basis points of everyone: leadership, active middle).
DEFAULT_TARGETS: dict[str, tuple[int, int]] = {
    Structure.PYRAMID.value: (100, 1000),
    Structure.RING.value: (1000, 3000),
}
DEFAULT_LEADERS_BP, DEFAULT_ACTIVE_BP = DEFAULT_TARGETS[Structure.PYRAMID.value]
# The `settings` key of the per-group targets: JSON {"group id": [leaders_bp, active_bp]}.
LEVEL_MIX_KEY = "dashboard/level_mix_targets"
# The one target the owner set for every group before targets were per group
# ("leaders_bp,active_bp"): still the target of pyramid groups without their own.
LEGACY_LEVEL_MIX_KEY = "dashboard/level_mix_target"
# A pyramid's leadership above this multiple of its target share makes it top-heavy.
TOP_HEAVY_FACTOR = 3
# A ring needs at least this many peer leaders ("几位": a few; two are a duo).
RING_MIN_LEADERS = 3
# One leader "holds most activity" in a ring when they hosted more than half of what the
# leaders hosted in the range, judged once the leaders hosted at least this many.
RING_MIN_HOSTED = 4


class LevelFlag(StrEnum):
    """What is off in a group's level mix."""

    TOP_HEAVY = "top_heavy"  # pyramid: more leaders than the active middle, or far above target
    NO_ACTIVE_MIDDLE = "no_active_middle"  # the active middle is under half its target
    FEW_PEER_LEADERS = "few_peer_leaders"  # ring: fewer peer leaders than a ring needs
    ONE_LEADER_DOMINATES = "one_leader_dominates"  # ring: one leader hosts most


class Counted(Protocol):
    """A role and how many hold it (a `dashboard.RoleCount`)."""

    @property
    def role(self) -> str:
        """The role code."""
        ...

    @property
    def count(self) -> int:
        """How many hold it."""
        ...


@dataclass(frozen=True, slots=True)
class LevelMix:
    """Leadership, active middle and followers against the target shares (basis points)."""

    leaders: int
    active: int
    followers: int
    target_leaders_bp: int
    target_active_bp: int
    flags: tuple[str, ...]
    structure: str = Structure.PYRAMID.value
    peer_leaders: int = 0  # founders and opinion leaders (what a ring rests on)

    @property
    def total(self) -> int:
        """Everyone counted."""
        return self.leaders + self.active + self.followers

    def share(self, count: int) -> Fraction:
        """A tier's count as a share of everyone (0 for an empty group)."""
        return Fraction(count, self.total) if self.total else Fraction(0)


def level_mix(
    pyramid: Sequence[Counted],
    target_leaders_bp: int = DEFAULT_LEADERS_BP,
    target_active_bp: int = DEFAULT_ACTIVE_BP,
    structure: str = Structure.PYRAMID.value,
    hosted: Sequence[int] = (),
) -> LevelMix:
    """Leadership / active middle / followers from a role pyramid, flagged for the structure.

    Any: no active middle when the active share is under half its target. A pyramid is
    top-heavy with more leaders than active members, or a leader share over three times
    its target. A ring has too few peer leaders under `RING_MIN_LEADERS` founders and
    opinion leaders, and one leader dominates when the most one of them hosted is more
    than half of `hosted` (occurrences each leader hosted), once they hosted
    `RING_MIN_HOSTED` or more. Any other `structure` ("": groups of both summed) gets
    the active-middle check only.
    """
    check_targets(target_leaders_bp, target_active_bp)
    counts: dict[str, int] = {}
    for row in pyramid:
        counts[row.role] = counts.get(row.role, 0) + row.count
    leaders = sum(counts.get(role, 0) for role in LEADER_ROLES)
    active = sum(counts.get(role, 0) for role in MIDDLE_ROLES)
    peers = sum(counts.get(role, 0) for role in RING_PEER_ROLES)
    followers = sum(counts.values()) - leaders - active
    total = leaders + active + followers
    flags: list[str] = []
    if total:
        ring = structure == Structure.RING
        # compared in whole numbers: share_bp = count * 10000 / total
        too_many = leaders > active or (
            leaders * 10_000 > TOP_HEAVY_FACTOR * target_leaders_bp * total
        )
        if structure == Structure.PYRAMID and too_many:
            flags.append(LevelFlag.TOP_HEAVY.value)
        if ring and peers < RING_MIN_LEADERS:
            flags.append(LevelFlag.FEW_PEER_LEADERS.value)
        if ring and sum(hosted) >= RING_MIN_HOSTED and 2 * max(hosted) > sum(hosted):
            flags.append(LevelFlag.ONE_LEADER_DOMINATES.value)
        if active * 10_000 * 2 < target_active_bp * total:
            flags.append(LevelFlag.NO_ACTIVE_MIDDLE.value)
    return LevelMix(
        leaders,
        active,
        followers,
        target_leaders_bp,
        target_active_bp,
        tuple(flags),
        structure,
        peers,
    )


def check_targets(leaders_bp: int, active_bp: int) -> None:
    """Refuse shares outside 0–100% or adding up to more than everyone."""
    if not (0 <= leaders_bp <= 10_000 and 0 <= active_bp <= 10_000):
        raise ValidationError("target", msg("Target shares must be between 0% and 100%."))
    if leaders_bp + active_bp > 10_000:
        raise ValidationError(
            "target", msg("Leaders and active members cannot exceed 100% together.")
        )


def _stored(db: Database) -> dict[str, tuple[int, int]]:
    try:
        found = json.loads(get_setting(db, LEVEL_MIX_KEY) or "{}")
    except ValueError:
        return {}
    kept: dict[str, tuple[int, int]] = {}
    if isinstance(found, dict):
        for key, value in found.items():
            try:
                leaders, active = (int(part) for part in value)
                check_targets(leaders, active)
            except (TypeError, ValueError, ValidationError):  # not ours to read
                continue
            kept[str(key)] = (leaders, active)
    return kept


def _legacy(db: Database) -> tuple[int, int] | None:
    try:
        leaders, active = (int(part) for part in get_setting(db, LEGACY_LEVEL_MIX_KEY).split(","))
        check_targets(leaders, active)
    except (TypeError, ValueError, ValidationError):
        return None
    return leaders, active


def default_targets(db: Database, structure: str) -> tuple[int, int]:
    """A structure's default target: a ring's, or a pyramid's (the owner's former one-for-
    all target if they set one, else 1% / 10%)."""
    if structure == Structure.RING:
        return DEFAULT_TARGETS[Structure.RING.value]
    return _legacy(db) or DEFAULT_TARGETS[Structure.PYRAMID.value]


def own_targets(db: Database, group_id: int) -> tuple[int, int] | None:
    """The target the owner set for one group (basis points), None when it has none."""
    return _stored(db).get(str(group_id))


def level_mix_targets(db: Database, group_id: int | None) -> tuple[int, int]:
    """The target shares of leadership and active middle of a group, in basis points: its
    own, else its structure's default; for all groups (None) a pyramid's."""
    if group_id is None:
        return default_targets(db, Structure.PYRAMID.value)
    found = own_targets(db, group_id)
    return found or default_targets(db, group_structure(db, group_id))


def group_structure(db: Database, group_id: int) -> str:
    """Pyramid or ring: the group's structure code."""
    return get_group(db, group_id).structure


def save_level_mix_targets(db: Database, group_id: int, targets: tuple[int, int] | None) -> None:
    """Keep a group's own target (basis points), or drop it (None: the default applies)."""
    if targets is not None:
        check_targets(*targets)
    get_group(db, group_id)  # refuses a group that does not exist
    stored = _stored(db)
    if targets is None:
        stored.pop(str(group_id), None)
    else:
        stored[str(group_id)] = targets
    set_setting(db, LEVEL_MIX_KEY, json.dumps({k: list(v) for k, v in sorted(stored.items())}))
