"""Command line entry point: parse arguments, then run a CLI command or open the window."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import desktop
from desktop import console, paths
from desktop.cli_chat import add_parser as add_chat_parser
from desktop.cli_payments import add_parser as add_payments_parser
from desktop.models.core import messages
from desktop.models.core.messages import msg

COMMANDS = ("demo", "info", "import", "export")
# What Explorer's "Open with", Finder and file managers may hand over as a bare path: the
# app's own extension and SQLite's usual ones (as the Open database dialog lists them).
DATABASE_SUFFIXES = (".qundesk", ".sqlite", ".db")
# Options before the command that take a value (the value is no bare path).
_VALUE_OPTIONS = ("--db", "--data-dir", "--smoke-export")


class BareDatabaseError(Exception):
    """A bare path given as the database names no file."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(bare_database_message(path))


def bare_database_message(path: str) -> str:
    """Why a bare path is refused, in the UI language (once one is installed)."""
    return msg("no database at {path} (to make a new one there: qundesk --db {path})", path=path)


def with_bare_database(argv: Sequence[str]) -> list[str]:
    """`argv` with a bare database path (`qundesk club.sqlite`) turned into `--db club.sqlite`.

    Explorer's "Open with", a double-click on a `.qundesk` file and file managers start the
    app with the file's path alone. The first positional argument is taken for a database
    when it is no command name and is an existing file or ends like a database; a database
    path that names no file raises BareDatabaseError (a new one is made with --db only).
    Anything else is left for the parser to judge.
    """
    args = list(argv)
    at = _first_positional(args)
    if at is None or args[at] in COMMANDS:
        return args
    if any(arg == "--db" or arg.startswith("--db=") for arg in args[:at]):
        return args  # a database named twice: the parser says so
    bare = args[at]
    path = Path(bare)
    if path.is_file():
        return [*args[:at], "--db", bare, *args[at + 1 :]]
    if path.suffix.lower() in DATABASE_SUFFIXES:
        raise BareDatabaseError(bare)
    return args


def _first_positional(args: list[str]) -> int | None:
    at = 0
    while at < len(args) and args[at] != "--":
        if args[at] in _VALUE_OPTIONS:
            at += 2
        elif args[at].startswith("-"):
            at += 1
        else:
            return at
    return None


def _add_db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        default=default,
        help="database file (default: qundesk.sqlite in the user data folder; the window "
        "reopens the last one)",
    )


class _ShowVersion(argparse.Action):
    """`--version`: the version is read only when asked for (reading it loads
    importlib.metadata and the email package, about 20 ms of every start otherwise)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        sys.stdout.write(f"QunDesk {desktop.__version__}\n")  # as argparse's own does
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The `qundesk` argument parser; `--db` is accepted before or after the command."""
    parser = argparse.ArgumentParser(
        prog="qundesk",
        description="QunDesk (群台): groups, members, activities, revenue and goals, offline.",
        epilog="`qundesk FILE` opens an existing database file, as `qundesk --db FILE` does "
        "(how Explorer, Finder and file managers open one with QunDesk).",
    )
    parser.add_argument("--version", action=_ShowVersion, nargs=0, help="show the version")
    _add_db_option(parser, None)
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="keep the database, settings and logs in DIR instead of the user folders",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="check the app works: open the window, visit every tab, export a workbook, "
        "exit 0 (non-zero and a logged traceback on any failure)",
    )
    parser.add_argument(
        "--smoke-export",
        metavar="OUT",
        type=Path,
        help="with --smoke: write the exported workbook to OUT (default: a temporary file)",
    )
    # Sub-commands take --db too, with SUPPRESS so they don't erase one given before them.
    db_after = argparse.ArgumentParser(add_help=False)
    _add_db_option(db_after, argparse.SUPPRESS)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo", parents=[db_after], help="fill an empty database with a realistic Chinese demo"
    )
    demo.add_argument("--members", type=int, default=300, metavar="N", help="members (300)")
    demo.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (0)")
    commands.add_parser(
        "info", parents=[db_after], help="print the schema version and the rows in each table"
    )
    importing = commands.add_parser(
        "import",
        parents=[db_after],
        help="import members from a spreadsheet, or chat history from chat exports",
    )
    kinds = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    members = kinds.add_parser(
        "members",
        parents=[db_after],
        help="members from an .xlsx or .csv file (UTF-8 or GBK), one row each",
        description="Import members from an .xlsx or .csv file. The header row is found "
        "even below a title; columns are mapped from their Chinese or English headers. "
        "With any invalid row nothing is imported unless --skip-invalid is given.",
    )
    members.add_argument("file", type=Path, metavar="FILE", help="the .xlsx or .csv file")
    members.add_argument(
        "--group",
        metavar="NAME",
        help="put every row in this existing group (otherwise the file's group column is "
        "used and groups it names are created)",
    )
    members.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows and skip the others (listed on stderr)",
    )
    members.add_argument(
        "--sheet", metavar="NAME", help="the worksheet to read (default: the first with data)"
    )
    members.add_argument(
        "--role-map",
        metavar="值=角色",
        action="append",
        default=[],
        help="import the file's role value 值 as role 角色 (a code such as leader, or a "
        "role's name such as 意见领袖/骨干); repeat for several. Values mapped once are "
        "remembered for the next import",
    )
    members.add_argument(
        "--delimiter",
        choices=("comma", "tab", "semicolon"),
        type=str.lower,
        help="what separates a CSV file's columns (default: found from its first rows)",
    )
    add_chat_parser(kinds, db_after)
    add_payments_parser(kinds, db_after)
    _add_export_parser(commands, db_after)
    return parser


def _add_export_parser(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    db_after: argparse.ArgumentParser,
) -> None:
    export = commands.add_parser(
        "export",
        parents=[db_after],
        help="export an Excel workbook for partners (.xlsx)",
        description="Write a workbook with a summary, groups, members, roles, events, "
        "attendance, activity, revenue and goals. The file is written whole or not at all.",
    )
    export.add_argument("out", type=Path, metavar="OUT.xlsx", help="the workbook to write")
    export.add_argument(
        "--group",
        metavar="NAME",
        action="append",
        default=[],
        help="export this group (repeat for several; default: all groups)",
    )
    export.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day")
    export.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day")
    export.add_argument(
        "--mask-contacts",
        action="store_true",
        help="hide phone numbers, WeChat IDs and e-mail addresses (also inside notes)",
    )
    export.add_argument(
        "--partner",
        metavar="NAME",
        help="only this partner's groups, with their statement sheet",
    )
    partner = export.add_argument_group(
        "a partner's workbook",
        "With --partner the workbook holds the statement (owed, paid, balance), the entries "
        "the share is taken of and figures by month; no member's name unless added.",
    )
    partner.add_argument(
        "--include-members",
        action="store_true",
        help="add the members of the partner's groups and each entry's payer (names masked)",
    )
    partner.add_argument(
        "--include-nicknames",
        action="store_true",
        help="with --include-members: add their nicknames (masked)",
    )
    partner.add_argument(
        "--include-notes",
        action="store_true",
        help="add the members' notes and the entries' notes",
    )
    partner.add_argument(
        "--unmask-names",
        action="store_true",
        help="show members' names and nicknames in full instead of 王**",
    )
    export.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        default="zh_CN",
        help="language of sheet names, headers and labels (zh_CN)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run `qundesk`; returns the process exit code."""
    started = time.perf_counter()
    # Before anything is printed: no character of a name may fail the output (console.py).
    console.make_output_safe()
    try:
        arguments = with_bare_database(sys.argv[1:] if argv is None else argv)
    except BareDatabaseError as exc:
        from desktop import cli

        translator = cli.install_language()  # the message in the UI language
        text = bare_database_message(exc.path)
        print(cli.error_line(text), file=sys.stderr)  # one line, as every CLI error
        del translator
        messages.install(None)
        return 1
    args = build_parser().parse_args(arguments)
    if args.data_dir is not None:
        paths.set_data_dir(args.data_dir)
    if args.command is None:
        from desktop import logs

        logs.setup_logging()
        logs.install_qt_message_handler()
        if args.smoke:
            from desktop.smoke import run_smoke

            return run_smoke(args.db, args.smoke_export, started)
        from desktop.app import run_gui  # Qt is loaded only when a window is wanted

        return run_gui(args.db)
    from desktop import cli

    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
