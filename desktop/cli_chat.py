"""`qundesk import chat FILE… [--group NAME] [--dry-run]`: chat history from exports."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.models.core.errors import QunDeskError
from desktop.models.core.messages import msg
from desktop.models.core.text_safety import terminal_safe

if TYPE_CHECKING:  # the importer loads numpy: only when the command runs
    from desktop.models.exchange.chat.parts import Started
    from desktop.models.exchange.chat_import import ChatImportPlan, ChatImportResult
    from desktop.models.storage.db import Database

# Names listed per line before "… and N more".
NAMES_SHOWN = 10


def add_parser(kinds: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """The `import chat` sub-command."""
    chat = kinds.add_parser(
        "chat",
        parents=[parent],
        help="chat history exports: ChatLab JSON/JSONL, MemoTrace CSV, EchoTrace JSON, QQ .txt",
        description="Count each day's messages, speakers, joins and leaves of a group from "
        "chat exports (the format is told from the content). Message text is never stored. "
        "Importing the same messages again adds nothing. Senders are matched to members by "
        "platform ID, remembered names, name and pinyin; unknown senders stay unlinked.",
    )
    chat.add_argument("files", type=Path, nargs="+", metavar="FILE", help="the chat exports")
    chat.add_argument(
        "--group",
        metavar="NAME",
        help="the existing group the chats belong to (default: the group remembered for "
        "the chat, or the one named like it)",
    )
    chat.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; write nothing"
    )


def _plan(
    database: Database, path: Path, group_id: int | None, zone: str, started: Started | None
) -> ChatImportPlan:
    from desktop.models.exchange import chat_import
    from desktop.models.exchange.chat.records import ChatFileError

    try:
        plan = chat_import.plan_chat_import(
            database, path, group_id=group_id, zone=zone, started=started
        )
    except ChatFileError as exc:
        where = (
            msg("{name}: line {line}", name=path, line=exc.line)
            if exc.line is not None
            else str(path)
        )
        raise QunDeskError(f"{where}: {exc.reason}") from None
    if plan.group_id is None:
        raise QunDeskError(
            msg(
                "{path}: no group is known for the chat “{chat}”; name one with --group",
                path=path,
                chat=plan.chat_name,
            )
        )
    return plan


def run_import_chat(args: argparse.Namespace, path: Path) -> int:
    """Plan every file (refusing the first that cannot be read), then import them all in
    one transaction after a backup, unless --dry-run; print what each adds.

    The first file's later parts start being read (on the other cores) right after the
    database is open, while the importer loads (`chat.parts.read_early`)."""
    from desktop.models.exchange.chat.parts import read_early
    from desktop.models.storage.created_files import CreatedFiles
    from desktop.models.storage.db import Database
    from desktop.models.storage.settings import chat_zone_name, zone_named

    created = CreatedFiles.before(path)
    database = Database.open(path, lock=True)
    done = False
    try:
        zone = chat_zone_name(database)
        with read_early(args.files[0], zone_named(zone)) as started:
            from desktop.models.exchange.member_import import group_by_name

            group_id = group_by_name(database, args.group) if args.group else None
            plans = [
                _plan(database, file, group_id, zone, started if n == 0 else None)
                for n, file in enumerate(args.files)
            ]
        from desktop.models.exchange import chat_import
        from desktop.models.storage import backups

        if args.dry_run:
            for plan in plans:
                _print(database, plan, None)
            print(msg("Dry run: nothing was written."))
            done = True
            return 0
        if database.counts()["groups"]:
            backups.backup_before(database, backups.REASON_IMPORT)
        with database.transaction():
            for number, first in enumerate(plans):
                # each file against what the ones before it wrote (exports may overlap)
                plan = (
                    first
                    if number == 0
                    else chat_import.replan(
                        database, first.tally, first.path, group_id=first.group_id, zone=zone
                    )
                )
                plans[number] = plan
                # matched senders linked, the others left unlinked unless a notice of
                # this chat named them (then they are the member it added)
                result = chat_import.apply_chat_import(database, plan)
                _print(database, plan, result)
        done = True
    finally:
        database.close()
        if not done:
            created.remove()
    return 0


def _names(names: Sequence[str]) -> str:
    shown = "、".join(names[:NAMES_SHOWN])
    more = ""
    if len(names) > NAMES_SHOWN:
        more = msg(" … and {count} more", count=len(names) - NAMES_SHOWN)
    return (shown + more) or msg("none")


def _print(database: Database, plan: ChatImportPlan, result: ChatImportResult | None) -> None:
    from desktop.models.exchange.chat_import import GroupGuess
    from desktop.models.groups.queries import group_name

    assert plan.group_id is not None
    group = group_name(database, plan.group_id)
    how = {
        GroupGuess.GIVEN: msg("given"),
        GroupGuess.REMEMBERED: msg("remembered for this chat"),
        GroupGuess.NAME: msg("named like the chat"),
    }.get(plan.guess, "")
    span = (
        msg("{first} … {last}", first=plan.first_day, last=plan.last_day)
        if plan.first_day
        else msg("no messages")
    )
    joins = [
        j.name
        + (msg(" (invited by {name})", name=j.inviter_name) if j.inviter_name else "")
        + (msg(" (invited by you)") if j.by_owner else "")
        for j in plan.joins
    ]
    signups = sum(len(s.member_ids) for s in plan.signups if s.occurrence is not None)
    lines = [
        msg(
            "{file}: {format}, chat “{chat}” → group “{group}” ({how})",
            file=plan.path.name,
            format=plan.format,
            chat=plan.chat_name,
            group=group,
            how=how,
        ),
        msg(
            "  days: {span}; time zone: {zone}",
            span=span,
            zone=plan.zone or msg("this computer"),
        ),
        msg(
            "  messages: {new} new ({old} already imported)",
            new=plan.messages,
            old=plan.counts.duplicates,
        ),
        msg("  speakers: {count}", count=plan.speakers),
        msg("  joins: {count}: {names}", count=len(plan.joins), names=_names(joins)),
        msg(
            "  leaves: {count}: {names}",
            count=len(plan.leaves),
            names=_names([x.name for x in plan.leaves]),
        ),
        msg(
            "  sign-ups: {signups} from {lists} 接龙 lists; check-ins: {checkins}",
            signups=signups,
            lists=len(plan.signups),
            checkins=len(plan.checkins),
        ),
    ]
    unmatched = [s.name for s in plan.unmatched] if result is None else list(result.unlinked)
    lines.append(
        msg("  unmatched senders: {count}: {names}", count=len(unmatched), names=_names(unmatched))
    )
    if plan.conflicts:
        lines.append(
            msg("  days typed before, now from the chat: {count}", count=len(plan.conflicts))
        )
    lines += [msg("  warning: {text}", text=w) for w in plan.warnings[:NAMES_SHOWN]]
    if result is not None:
        lines.append(
            msg(
                "  imported: {days} days, {added} members added, {joins} joins, "
                "{referrals} referrers, {leaves} leaves, {signups} sign-ups, "
                "{checkins} check-ins",
                days=result.days,
                added=result.members_added,
                joins=result.joins,
                referrals=result.referrals,
                leaves=result.leaves,
                signups=result.signups,
                checkins=result.checkins,
            )
        )
    for line in lines:
        print(terminal_safe(line))
