"""`qundesk import payments FILE [--group NAME] [--expenses]`: a WeChat Pay or Alipay bill."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.models.core.messages import msg
from desktop.models.core.money import grouped_text
from desktop.models.core.text_safety import terminal_safe

if TYPE_CHECKING:
    from desktop.models.exchange.payments.payment_import import PaymentImportResult, PaymentPlan

# Imported lines listed one by one before "… and N more".
LINES_SHOWN = 50


def add_parser(kinds: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """The `import payments` sub-command."""
    bill = kinds.add_parser(
        "payments",
        parents=[parent],
        help="a WeChat Pay (.xlsx/.csv) or Alipay (.csv) bill export",
        description="Import the completed income lines of a WeChat Pay or Alipay bill as "
        "ledger entries (and its expenses with --expenses); refunds are recorded against "
        "the payment they give back. Saved bill rules choose group and category; payers "
        "are matched to members by name or nickname. Lines imported before are skipped.",
    )
    bill.add_argument("file", type=Path, metavar="FILE", help="the bill export")
    bill.add_argument(
        "--group",
        metavar="NAME",
        help="the existing group the lines belong to (unless a rule says)",
    )
    bill.add_argument(
        "--expenses", action="store_true", help="import the bill's completed expenses too"
    )


def run_import_payments(args: argparse.Namespace, path: Path) -> int:
    """Read and plan the bill, then import it in one transaction after a backup; print what
    was imported and what was skipped, with the reasons."""
    from desktop.models.core.errors import QunDeskError
    from desktop.models.exchange.member_import import group_by_name
    from desktop.models.exchange.payments import payment_import
    from desktop.models.exchange.payments.bills import read_bill
    from desktop.models.storage import backups, files
    from desktop.models.storage.created_files import CreatedFiles
    from desktop.models.storage.db import Database

    bill = read_bill(args.file)  # before making anything: a bad file leaves nothing behind
    created = CreatedFiles.before(path)
    files.private_folder(path.parent)
    database = Database.open(path, lock=True)
    done = False
    try:
        group_id = group_by_name(database, args.group) if args.group else None
        plan = payment_import.plan_payment_import(
            database, bill, group_id=group_id, expenses=args.expenses
        )
        if database.counts()["revenue"]:
            backups.backup_before(database, backups.REASON_IMPORT)
        try:
            result = payment_import.apply_payment_import(database, plan)
        except QunDeskError as exc:
            raise QunDeskError(
                msg("{file}: nothing imported: {reason}", file=args.file.name, reason=str(exc))
            ) from None
        _print(plan, result)
        done = True
    finally:
        database.close()
        if not done:
            created.remove()
    return 0


def _print(plan: PaymentPlan, result: PaymentImportResult) -> None:
    bill = plan.bill
    source = msg("WeChat Pay bill") if bill.source == "wechat" else msg("Alipay bill")
    lines = [
        msg(
            "{file}: {source}, {count} lines",
            file=bill.path.name,
            source=source,
            count=len(bill.lines),
        ),
        msg(
            "imported: {total} ({income} income, {expenses} expenses, {refunds} refunds)",
            total=result.imported,
            income=result.income,
            expenses=result.expenses,
            refunds=result.refunds,
        ),
    ]
    shown = [p for p in plan.lines if p.include and p.state == "new"]
    for p in shown[:LINES_SHOWN]:
        sign = "−" if p.kind != "income" else "+"
        lines.append(
            f"  {sign} {p.line.day.isoformat()} {grouped_text(p.line.amount_minor)} "
            f"{p.line.counterpart} {p.line.item}".rstrip()
        )
    if len(shown) > LINES_SHOWN:
        lines.append("  " + msg("… and {count} more", count=len(shown) - LINES_SHOWN))
    reasons = Counter(reason for _, reason in result.skipped)
    reasons.update(msg("unreadable") for _ in plan.bill.problems)
    lines.append(msg("skipped: {count}", count=sum(reasons.values())))
    lines += [f"  {count} × {reason}" for reason, count in reasons.most_common()]
    lines += [f"  {problem}" for problem in bill.problems]
    for line in lines:
        print(terminal_safe(line))
