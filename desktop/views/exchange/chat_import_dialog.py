"""Import chat history: read exports off the GUI thread, preview each, import on confirm.

`ChatImportDialog` plans every file with `chat_import.plan_chat_import` in a worker (with
progress and Stop), shows per file what it would add (`ChatFilePage`) and lets the owner
choose the group (re-planned with `replan`, without reading the file again), the time zone
(the files are read again), who each unknown sender is, the figures of days typed before
and the event of each 接龙. Nothing is written before Import: then a backup, and every
file in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.exchange import import_engine as engine
from desktop.models.exchange.chat.detect import detect
from desktop.models.exchange.chat.records import ChatFileError
from desktop.models.exchange.chat_import import (
    ChatDecisions,
    ChatImportPlan,
    ChatImportResult,
    apply_chat_import,
    plan_chat_import,
    replan,
)
from desktop.models.groups.groups import list_group_refs
from desktop.models.members.queries import member_names
from desktop.models.storage.backups import REASON_IMPORT, backup_before
from desktop.models.storage.db import Database
from desktop.models.storage.settings import chat_zone_name, set_chat_zone
from desktop.views.common.inline_errors import ERROR_STYLE
from desktop.views.common.tasks import Task, TaskRunner
from desktop.views.exchange import chat_import_parts as parts
from desktop.views.exchange.chat_import_parts import SenderTable, fill, table

Outcome = ChatImportPlan | ChatFileError


def is_chat_export(path: Path) -> bool:
    """Whether a file is a chat export QunDesk reads (by its first bytes)."""
    try:
        detect(path)
    except (ChatFileError, OSError):
        return False
    return path.is_file()


class ChatFilePage(QWidget):
    """One file of the preview: what it is, its group, and what importing it would add."""

    groupChosen = Signal(object, object)  # this page, the group id (None: none)

    def __init__(self, parent: QWidget, database: Database, outcome: Outcome) -> None:
        super().__init__(parent)
        self.database = database
        self.plan: ChatImportPlan | None = None
        self.error: ChatFileError | None = None
        self.senders: SenderTable | None = None
        self.keep_typed: QRadioButton | None = None
        self.add_joiners: QCheckBox | None = None
        self.signup_combos: list[QComboBox] = []
        self.group_combo: QComboBox | None = None
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(6, 6, 6, 6)
        self.content: QWidget | None = None
        self.show_outcome(outcome)

    def show_outcome(self, outcome: Outcome) -> None:
        """Show a plan (the owner's choices start afresh) or why the file can't be read."""
        if self.content is not None:  # out of the page at once, not when the loop next turns
            self.content.hide()
            self.content.setParent(None)
            self.content.deleteLater()
        self.content = QWidget(self)
        self.body.addWidget(self.content)
        self.signup_combos = []
        self.senders = self.keep_typed = self.add_joiners = self.group_combo = None
        if isinstance(outcome, ChatFileError):
            self.plan, self.error = None, outcome
            layout = QVBoxLayout(self.content)
            label = QLabel(parts.file_error_text(outcome), self.content)
            label.setObjectName("chatFileError")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addStretch(1)
            return
        self.plan, self.error = outcome, None
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._facts(outcome))
        sections = QTabWidget(self.content)
        sections.setObjectName("chatSections")
        sections.setDocumentMode(True)
        self._add_senders(sections, outcome)
        self._add_people(sections, outcome)
        self._add_signups(sections, outcome)
        if outcome.conflicts:
            self._add_conflicts(sections, outcome)
        if outcome.warnings:
            self._add_warnings(sections, outcome)
        layout.addWidget(sections, 1)

    # ---- what the file is -------------------------------------------------------------------

    def _facts(self, plan: ChatImportPlan) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.group_combo = combo = QComboBox(self.content)
        combo.setObjectName("chatGroup")
        combo.setMinimumContentsLength(16)
        combo.addItem(self.tr("(choose a group)"), None)
        for ref in list_group_refs(self.database):
            combo.addItem(ref.name, ref.id)
        combo.setCurrentIndex(max(combo.findData(plan.group_id), 0))
        combo.activated.connect(lambda _at: self.groupChosen.emit(self, combo.currentData()))
        reason = QLabel(parts.guess_text(plan.guess), self.content)
        reason.setObjectName("chatGroupReason")
        if plan.group_id is None:
            reason.setStyleSheet(ERROR_STYLE)
        days = self.tr("none")
        if plan.first_day is not None and plan.last_day is not None:
            days = f"{plan.first_day:%Y-%m-%d} – {plan.last_day:%Y-%m-%d}"
        facts = [
            (self.tr("Format:"), parts.format_text(plan.format), "chatFormat"),
            (self.tr("Chat:"), plan.chat_name or plan.chat_key, "chatName"),
            (self.tr("Dates:"), days, "chatDates"),
            (
                self.tr("New messages:"),
                self.tr("%1 (of %2 read)")
                .replace("%1", f"{plan.messages:,}")
                .replace("%2", f"{plan.messages_read:,}"),
                "chatMessages",
            ),
            (self.tr("Speakers:"), f"{plan.speakers:,}", "chatSpeakers"),
            (self.tr("Check-ins:"), self._checkins_text(plan), "chatCheckins"),
        ]
        grid.addWidget(QLabel(self.tr("Group:"), self.content), 0, 0)
        grid.addWidget(combo, 0, 1)
        grid.addWidget(reason, 0, 2, 1, 3)
        for at, (title, value, name) in enumerate(facts):
            row, column = 1 + at // 3, (at % 3) * 2
            shown = QLabel(value, self.content)
            shown.setObjectName(name)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(QLabel(title, self.content), row, column)
            grid.addWidget(shown, row, column + 1)
        grid.setColumnStretch(5, 1)
        return grid

    def _checkins_text(self, plan: ChatImportPlan) -> str:
        if plan.checkins:
            return f"{len(plan.checkins):,}"
        if plan.counts.checkins:
            return self.tr("%1 打卡 posts, no check-in challenge that day").replace(
                "%1", f"{plan.counts.checkins:,}"
            )
        return "0"

    # ---- the sections -----------------------------------------------------------------------

    def _add_senders(self, sections: QTabWidget, plan: ChatImportPlan) -> None:
        page = QWidget(sections)
        layout = QVBoxLayout(page)
        self.senders = SenderTable(page, self.database)
        matched = [s.found.member_id for s in plan.senders if s.found.member_id is not None]
        self.senders.load(plan.senders, member_names(self.database, matched))
        row = QHBoxLayout()
        unmatched = QLabel(
            self.tr("%1 senders match no member: link them, add them, or leave them unlinked "
                    "(their counts are kept and can be linked later).")
            .replace("%1", f"{len(plan.unmatched):,}"),
            page,
        )  # fmt: skip
        unmatched.setWordWrap(True)
        add_all = QPushButton(self.tr("Add all unknown as members"), page)
        add_all.setObjectName("chatAddAllUnknown")
        add_all.setEnabled(bool(plan.unmatched))
        add_all.clicked.connect(self.senders.add_all_unknown)
        row.addWidget(unmatched, 1)
        row.addWidget(add_all)
        layout.addLayout(row)
        layout.addWidget(self.senders, 1)
        sections.addTab(page, self.tr("Senders (%1)").replace("%1", str(plan.speakers)))

    def _who(self, found_id: int | None, names: dict[int, str]) -> str:
        if found_id is None:
            return self.tr("no member found")
        return names.get(found_id, "?")

    def _add_people(self, sections: QTabWidget, plan: ChatImportPlan) -> None:
        page = QWidget(sections)
        layout = QVBoxLayout(page)
        ids = [p.found.member_id for p in (*plan.joins, *plan.leaves) if p.found.member_id]
        names = member_names(self.database, [i for i in ids if i is not None])
        joins = table(page, "chatJoins", [
            self.tr("Joined on"), self.tr("Who"), self.tr("Invited by"), self.tr("Member"),
        ])  # fmt: skip
        fill(joins, [
            (f"{j.day:%Y-%m-%d}", j.name,
             self.tr("you (the owner)") if j.by_owner else (j.inviter_name or "—"),
             self._who(j.found.member_id, names))
            for j in plan.joins
        ])  # fmt: skip
        leaves = table(page, "chatLeaves", [
            self.tr("Left on"), self.tr("Who"), self.tr("How"), self.tr("Member"),
        ])  # fmt: skip
        fill(leaves, [
            (f"{p.day:%Y-%m-%d}", p.name, self.tr("removed") if p.removed else self.tr("left"),
             self._who(p.found.member_id, names))
            for p in plan.leaves
        ])  # fmt: skip
        self.add_joiners = QCheckBox(
            self.tr("Add people who joined and match no member as members"), page
        )
        self.add_joiners.setObjectName("chatAddJoiners")
        self.add_joiners.setChecked(True)
        layout.addWidget(QLabel(self.tr("Joins: %1").replace("%1", str(len(plan.joins))), page))
        layout.addWidget(joins, 2)
        layout.addWidget(self.add_joiners)
        layout.addWidget(QLabel(self.tr("Leaves: %1").replace("%1", str(len(plan.leaves))), page))
        layout.addWidget(leaves, 1)
        title = self.tr("Joins and leaves (%1 / %2)")
        sections.addTab(
            page, title.replace("%1", str(len(plan.joins))).replace("%2", str(len(plan.leaves)))
        )

    def _add_signups(self, sections: QTabWidget, plan: ChatImportPlan) -> None:
        page = QWidget(sections)
        layout = QVBoxLayout(page)
        view = table(page, "chatSignups", [
            self.tr("Posted on"), self.tr("接龙"), self.tr("Names matched"), self.tr("Event"),
        ])  # fmt: skip
        fill(view, [
            (f"{s.day:%Y-%m-%d}", s.header or "—",
             self.tr("%1 of %2: %3").replace("%1", str(len(s.member_ids)))
             .replace("%2", str(len(s.matches)))
             .replace("%3", "、".join(m.candidates[0].name for m in s.matches
                                      if m.member_id is not None)),
             "")
            for s in plan.signups
        ])  # fmt: skip
        for row, signup in enumerate(plan.signups):
            combo = QComboBox(view)
            combo.setObjectName(f"chatSignupEvent{row}")
            combo.addItem(self.tr("Don't record"), None)
            for option in signup.options:
                combo.addItem(parts.occurrence_text(option), option)
            if signup.occurrence is not None:
                combo.setCurrentIndex(signup.options.index(signup.occurrence) + 1)
            view.setCellWidget(row, 3, combo)
            self.signup_combos.append(combo)
        empty = self.tr("No 接龙 lists in this chat.") if not plan.signups else ""
        note = QLabel(empty or self.tr("Each 接龙 becomes sign-ups for the event chosen."), page)
        layout.addWidget(note)
        layout.addWidget(view, 1)
        sections.addTab(page, self.tr("Sign-ups (%1)").replace("%1", str(len(plan.signups))))

    def _add_conflicts(self, sections: QTabWidget, plan: ChatImportPlan) -> None:
        page = QWidget(sections)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(
            self.tr("You typed figures for %1 days this chat also covers, and they differ:")
            .replace("%1", str(len(plan.conflicts))), page,
        ))  # fmt: skip
        view = table(page, "chatConflicts", [
            self.tr("Day"), self.tr("Typed: messages / speakers / joins / leaves"),
            self.tr("From the chat"),
        ])  # fmt: skip

        def figures(day: object) -> str:
            return " / ".join(str(getattr(day, f)) for f in (
                "messages", "active_members", "joined", "left_count"))  # fmt: skip

        fill(view, [(f"{c.day:%Y-%m-%d}", figures(c.typed), figures(c.chat))
                    for c in plan.conflicts])  # fmt: skip
        use_chat = QRadioButton(self.tr("Use the chat's figures"), page)
        use_chat.setObjectName("chatUseChat")
        use_chat.setChecked(True)
        self.keep_typed = QRadioButton(self.tr("Keep what I typed"), page)
        self.keep_typed.setObjectName("chatKeepTyped")
        choice = QButtonGroup(page)
        choice.addButton(use_chat)
        choice.addButton(self.keep_typed)
        row = QHBoxLayout()
        row.addWidget(use_chat)
        row.addWidget(self.keep_typed)
        row.addStretch(1)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        at = sections.addTab(page, self.tr("Typed days differ (%1)").replace(
            "%1", str(len(plan.conflicts))))  # fmt: skip
        sections.tabBar().setTabTextColor(at, Qt.GlobalColor.darkRed)

    def _add_warnings(self, sections: QTabWidget, plan: ChatImportPlan) -> None:
        page = QWidget(sections)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("These lines could not be read and were skipped:"), page))
        view = table(page, "chatWarnings", [self.tr("Skipped")])
        fill(view, [(w,) for w in plan.warnings])
        layout.addWidget(view, 1)
        sections.addTab(page, self.tr("Warnings (%1)").replace("%1", str(len(plan.warnings))))

    # ---- the owner's choices ----------------------------------------------------------------

    def decisions(self) -> ChatDecisions:
        """What the owner chose on this page."""
        assert self.plan is not None
        signups = {at: combo.currentData() for at, combo in enumerate(self.signup_combos)}
        return ChatDecisions(
            links=self.senders.links() if self.senders is not None else {},
            keep_typed=self.keep_typed is not None and self.keep_typed.isChecked(),
            add_joiners=self.add_joiners is None or self.add_joiners.isChecked(),
            signups=signups,
        )


class ChatImportDialog(TaskRunner, QDialog):
    """Preview chat exports and import them on confirm (see the module docstring)."""

    planReady = Signal()  # the files' previews are shown
    workFailed = Signal(str)  # reading or importing failed (message shown)

    def __init__(self, parent: QWidget | None, database: Database, paths: Sequence[Path]):
        super().__init__(parent)
        self.setObjectName("chatImportDialog")
        self.setWindowTitle(self.tr("Import chat history"))
        self.database = database
        self.paths = list(paths)
        self.pages: list[ChatFilePage] = []
        self.result_value: list[ChatImportResult] | None = None
        self._task: Task | None = None
        self._done: Callable[[object], None] = lambda _result: None
        self._build_ui()
        self._set_busy(None)
        self._read()

    def _build_ui(self) -> None:
        self.resize(1000, 700)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.zone_combo = QComboBox(self)
        self.zone_combo.setObjectName("chatZone")
        self.zone_combo.addItem(self.tr("This computer's time zone"), "")
        for zone in parts.ZONES:
            self.zone_combo.addItem(zone, zone)
        saved = chat_zone_name(self.database)
        if saved and self.zone_combo.findData(saved) < 0:
            self.zone_combo.addItem(saved, saved)
        self.zone_combo.setCurrentIndex(max(self.zone_combo.findData(saved), 0))
        self.zone_combo.activated.connect(lambda _at: self._read())
        top.addWidget(QLabel(self.tr("Count days in time zone:"), self))
        top.addWidget(self.zone_combo)
        top.addStretch(1)
        layout.addLayout(top)
        self.files = QTabWidget(self)
        self.files.setObjectName("chatFiles")
        layout.addWidget(self.files, 1)
        privacy = QLabel(
            self.tr(
                "Message text is not saved: only counts, dates, joins and leaves, "
                "and 接龙 lists are kept."
            ),
            self,
        )
        privacy.setObjectName("chatPrivacy")
        privacy.setWordWrap(True)
        layout.addWidget(privacy)
        self.summary = QLabel(self)
        self.summary.setObjectName("chatImportSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        bottom = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("chatImportProgress")
        self.run_button = QPushButton(self.tr("Import"), self)
        self.run_button.setObjectName("chatImportRun")
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("chatImportCancel")
        bottom.addWidget(self.progress, 3)
        bottom.addStretch(1)
        bottom.addWidget(self.run_button)
        bottom.addWidget(self.cancel_button)
        layout.addLayout(bottom)
        self.run_button.clicked.connect(self._on_run)
        self.cancel_button.clicked.connect(self._on_cancel)

    # ---- reading ----------------------------------------------------------------------------

    def zone(self) -> str:
        """The time zone chosen ("" = this computer's)."""
        return str(self.zone_combo.currentData())

    def _read(self) -> None:
        """Plan every file (again, in the zone chosen), keeping groups already chosen."""
        zone, paths = self.zone(), self.paths
        groups = [page.plan.group_id if page.plan else None for page in self.pages]
        groups += [None] * (len(paths) - len(groups))
        database = self.database

        def work(progress: engine.ProgressFn, cancelled: engine.CancelledFn) -> object:
            outcomes: list[Outcome] = []
            for path, group in zip(paths, groups, strict=True):
                try:
                    outcomes.append(plan_chat_import(
                        database, path, group_id=group, zone=zone, progress=progress,
                        cancelled=cancelled,
                    ))  # fmt: skip
                except ChatFileError as exc:
                    outcomes.append(exc)
            return outcomes

        self._start(work, self.tr("Reading…"), self._on_read)

    def _on_read(self, result: object) -> None:
        assert isinstance(result, list)
        current = self.files.currentIndex()
        self.files.clear()
        for page in self.pages:
            page.deleteLater()
        self.pages = []
        for path, outcome in zip(self.paths, result, strict=True):
            page = ChatFilePage(self.files, self.database, outcome)
            page.groupChosen.connect(self._on_group_chosen)
            self.pages.append(page)
            at = self.files.addTab(page, path.name)
            self.files.setTabToolTip(at, str(path))
        self.files.setCurrentIndex(max(current, 0))
        self._show_plan()
        self.planReady.emit()

    def _on_group_chosen(self, page: ChatFilePage, group_id: int | None) -> None:
        plan = page.plan
        assert plan is not None
        database = self.database

        def work(_progress: engine.ProgressFn, _cancelled: engine.CancelledFn) -> object:
            return replan(database, plan.tally, plan.path, group_id=group_id, zone=plan.zone)

        def done(result: object) -> None:
            assert isinstance(result, ChatImportPlan)
            page.show_outcome(result)
            self._show_plan()
            self.planReady.emit()

        self._start(work, self.tr("Matching senders…"), done)

    def _show_plan(self) -> None:
        plans = [page.plan for page in self.pages if page.plan is not None]
        errors = [page.error for page in self.pages if page.error is not None]
        if plans and any(plan.group_id is None for plan in plans):
            text = self.tr("Choose the group of each chat to import it.")
        elif plans:
            text = self.tr("Nothing is written until you click Import.")
        else:
            text = ""
        if errors:
            text = "\n".join([parts.file_error_text(e) for e in errors] + [text]).strip()
        self.summary.setText(text)
        self._set_busy(None)

    # ---- importing --------------------------------------------------------------------------

    def _ready(self) -> bool:
        plans = [page.plan for page in self.pages if page.plan is not None]
        return bool(plans) and all(plan.group_id is not None for plan in plans)

    def _on_run(self) -> None:
        if not self._ready() or self.is_busy():
            return
        jobs = [(page.plan, page.decisions()) for page in self.pages if page.plan is not None]
        zone, database = self.zone(), self.database

        def work(progress: engine.ProgressFn, cancelled: engine.CancelledFn) -> object:
            backup_before(database, REASON_IMPORT)  # a bulk write: keep a copy first
            results = []
            seen: set[int] = set()
            with database.transaction():  # every file, or none
                for done, (planned, decisions) in enumerate(jobs):
                    progress(done, len(jobs))
                    assert planned is not None and planned.group_id is not None
                    plan = planned
                    if plan.group_id in seen:  # an earlier file may have counted the same days
                        plan = replan(
                            database, plan.tally, plan.path, group_id=plan.group_id,
                            zone=plan.zone,
                        )  # fmt: skip
                    seen.add(plan.group_id)
                    result = apply_chat_import(database, plan, decisions, cancelled=cancelled)
                    results.append(result)
                engine.check_not_cancelled(cancelled)
                if zone != chat_zone_name(database):
                    set_chat_zone(database, zone)
            return results

        self._start(work, self.tr("Importing…"), self._on_imported)

    def _on_imported(self, result: object) -> None:
        assert isinstance(result, list)
        self.result_value = result
        self.summary.setText(parts.result_text(result))
        self.accept()

    # ---- the worker -------------------------------------------------------------------------

    def _set_busy(self, text: str | None) -> None:
        busy = text is not None
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.progress.setFormat(f"{text} %p%")
        self.zone_combo.setEnabled(not busy)
        self.files.setEnabled(not busy)
        self.run_button.setEnabled(not busy and self._ready())
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Cancel"))

    def _on_cancel(self) -> None:
        if self.is_busy():
            assert self._task is not None
            self._task.cancel.set()
            self.progress.setFormat(self.tr("Cancelling…"))
        else:
            self.reject()

    # ---- entry points (tests patch these) ---------------------------------------------------

    @classmethod
    def choose_files(cls, parent: QWidget | None) -> list[Path]:
        """Ask for the chat exports to import (none when cancelled)."""
        tr = QCoreApplication.translate
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            tr("ChatImportDialog", "Import chat history"),
            "",
            tr("ChatImportDialog", "Chat exports (*.json *.jsonl *.csv *.txt);;All files (*)"),
        )
        return [Path(name) for name in names]

    @classmethod
    def ask(
        cls, parent: QWidget | None, database: Database, paths: Sequence[Path] | None = None
    ) -> list[ChatImportResult] | None:
        """Pick files (unless given), preview and import them; the results, or None."""
        chosen = list(paths) if paths else cls.choose_files(parent)
        if not chosen:
            return None
        dialog = cls(parent, database, chosen)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.result_value if accepted else None
        finally:
            dialog.deleteLater()
