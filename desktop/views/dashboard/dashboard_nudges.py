"""Who to nudge today: nudges grouped by reason, each a bold "name · group" line over its reason.

Lines wrap to the list's width: the delegate measures them with QTextLayout at the viewport's
width, and the list lays its rows out again whenever that width changes, so nothing is cut.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.models.dashboard.nudges import Nudge, NudgeReason
from desktop.views.common.formatting import format_date

MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3  # the bold first line ("" for one-line rows)
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4  # the line under it: the reason in words
KIND_ROLE = Qt.ItemDataRole.UserRole + 5  # "header", "nudge", "more", "action" or "empty"
PAD_X, PAD_Y = 6, 3  # inner margins of a row
LAYOUTS_KEPT = 4000  # laid-out texts kept by the delegate before it starts afresh


def text_layout(text: str, font: QFont, width: int) -> tuple[QTextLayout, float]:
    """`text` laid out in lines of at most `width` pixels, and the height it takes."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    # words break where they may; a run without breaks (a long name) breaks anywhere
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


class NudgeDelegate(QStyledItemDelegate):
    """Paints a nudge as a bold title over its wrapped reason; headings bold on a band."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        # laid-out lines by (text, font, width): every row is measured for the list's
        # layout and again for each paint, and the same nudges come back on every switch
        self._layouts: dict[tuple[str, str, int], tuple[QTextLayout, float]] = {}
        # row sizes by (kind, the row's whole text, font, width)
        self._sizes: dict[tuple[str, str, str, int], QSize] = {}

    def laid_out(self, text: str, font: QFont, width: int) -> tuple[QTextLayout, float]:
        """`text_layout` of the text, kept for the next time it is asked for."""
        key = (text, font.key(), width)
        found = self._layouts.get(key)
        if found is None:
            if len(self._layouts) >= LAYOUTS_KEPT:
                self._layouts.clear()
            found = self._layouts[key] = text_layout(text, font, width)
        return found

    def text_width(self) -> int:
        """The width lines wrap at: the list's viewport less the row's margins."""
        return max(40, self.view.viewport().width() - 2 * PAD_X)

    def _parts(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> list[tuple[str, QFont]]:
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        kind = index.data(KIND_ROLE)
        if kind == "nudge":
            return [
                (str(index.data(TITLE_ROLE)), bold),
                (str(index.data(DETAIL_ROLE)), option.font),  # type: ignore[attr-defined]
            ]
        font = bold if kind == "header" else option.font  # type: ignore[attr-defined]
        return [(str(index.data(Qt.ItemDataRole.DisplayRole)), font)]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as the row's lines wrapped at the viewport's width."""
        width = self.text_width()
        # the list measures every row on each fill; a row's size only follows its texts
        key = (
            index.data(KIND_ROLE),
            index.data(Qt.ItemDataRole.DisplayRole),
            option.font.key(),  # type: ignore[attr-defined]
            width,
        )
        found = self._sizes.get(key)
        if found is None:
            if len(self._sizes) >= LAYOUTS_KEPT:
                self._sizes.clear()
            height = sum(
                self.laid_out(text, font, width)[1] for text, font in self._parts(option, index)
            )
            found = self._sizes[key] = QSize(width + 2 * PAD_X, int(height + 0.999) + 2 * PAD_Y)
        return found

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Background as the style draws it (hover, selection), then the wrapped lines."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else self.view.style()
        rect = opt.rect  # type: ignore[attr-defined]
        palette = opt.palette  # type: ignore[attr-defined]
        painter.save()
        kind = index.data(KIND_ROLE)
        if kind == "header":
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        else:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        if kind == "more":
            role = QPalette.ColorRole.PlaceholderText
        elif kind == "action" and not selected:
            role = QPalette.ColorRole.Link
        painter.setPen(palette.color(role))
        top = float(rect.top() + PAD_Y)
        for text, font in self._parts(opt, index):
            layout, height = self.laid_out(text, font, rect.width() - 2 * PAD_X)
            layout.draw(painter, QPointF(rect.left() + PAD_X, top))
            top += height
        painter.restore()


class NudgeList(QListWidget):
    """Who to nudge today, grouped by reason; clicking a nudge asks to open its member or event."""

    open_member = Signal(int)
    open_event = Signal(int)
    remind_renewals = Signal()  # "提醒续费" under the expiring memberships was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardNudges")
        self.setItemDelegate(NudgeDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.itemClicked.connect(self._on_clicked)
        self.itemActivated.connect(self._on_clicked)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped rows change height with the width: lay them out again."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    # ---- words ------------------------------------------------------------------------

    @staticmethod
    def title(nudge: Nudge, with_group: bool = True) -> str:
        """A nudge's first line: who or what, and the group when the list spans several."""
        return f"{nudge.name} · {nudge.group_name}" if with_group else nudge.name

    def detail(self, nudge: Nudge) -> str:
        """Why this nudge is on the list, with its dates and figures in words."""
        figure = nudge.figure or 0
        reason = NudgeReason(nudge.reason)
        if reason == NudgeReason.LAPSED:
            text = self.tr("Paid until %1, lapsed %n day(s) ago — ask to renew", "", -figure)
        elif reason == NudgeReason.EXPIRING and figure > 0:
            text = self.tr("Paid until %1 (%n day(s) left) — remind to renew", "", figure)
        elif reason == NudgeReason.EXPIRING:
            text = self.tr("Paid until today, %1 — remind to renew")
        elif reason == NudgeReason.SIGNUPS_LOW:
            text = self.tr("%1: %n sign-up(s), goal %2 — promote it", "", figure)
        elif reason == NudgeReason.NOTHING_PLANNED:
            text = self.tr("Recurring content last posted %1, nothing planned for tomorrow")
        elif reason == NudgeReason.NOT_WELCOMED:
            text = self.tr("Joined %1 (%n day(s) ago), no welcome ritual attended yet", "", figure)
        elif reason == NudgeReason.SILENT and nudge.day is None:
            text = self.tr("Key member who has never spoken in the chat")
        elif reason == NudgeReason.SILENT:
            text = self.tr("Key member, last spoke in the chat %1 (%n day(s) ago)", "", figure)
        elif reason == NudgeReason.NEWCOMER_SILENT:
            text = self.tr("Joined %1 (%n day(s) ago), said nothing in the first week", "", figure)
        elif nudge.day is None:
            text = self.tr("Seed user or leader who never checked in at an activity")
        else:
            text = self.tr("Seed user or leader, last checked in %1 (%n day(s) ago)", "", figure)
        return text.replace("%1", format_date(nudge.day)).replace("%2", str(nudge.goal or 0))

    def text(self, nudge: Nudge, with_group: bool = True) -> str:
        """A whole nudge in one line of words."""
        return self.joined(self.title(nudge, with_group), self.detail(nudge))

    def joined(self, title: str, detail: str) -> str:
        """ "title: detail" in the language's punctuation."""
        return self.tr("%1: %2").replace("%1", title).replace("%2", detail)

    def heading(self, reason: str, total: int) -> str:
        """A reason's heading over its nudges, with how many there are in all."""
        texts = {
            NudgeReason.LAPSED: self.tr("Memberships lapsed (%1)"),
            NudgeReason.EXPIRING: self.tr("Memberships expiring (%1)"),
            NudgeReason.SIGNUPS_LOW: self.tr("Events short of sign-ups (%1)"),
            NudgeReason.NOTHING_PLANNED: self.tr("Nothing planned for tomorrow (%1)"),
            NudgeReason.NOT_WELCOMED: self.tr("New members not welcomed (%1)"),
            NudgeReason.ABSENT: self.tr("Seed users and leaders absent (%1)"),
            NudgeReason.SILENT: self.tr("Key members silent in the chat (%1)"),
            NudgeReason.NEWCOMER_SILENT: self.tr("Newcomers silent in their first week (%1)"),
        }
        return texts.get(reason, reason + " (%1)").replace("%1", f"{total:,}")

    # ---- rows -------------------------------------------------------------------------

    def _add(self, kind: str, text: str, tip: str = "") -> QListWidgetItem:
        item = QListWidgetItem(text, self)
        item.setData(KIND_ROLE, kind)
        item.setToolTip(tip or text)
        if kind != "nudge":
            # headings and counts are read, not picked; enabled so they are not greyed
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def show_nudges(self, lines: list[Nudge], totals: dict[str, int]) -> None:
        """Fill the list: per reason a heading with its count, its lines and how many more."""
        self.clear()
        # the group's name only when the lines come from several groups
        several = len({n.group_id for n in lines}) > 1
        for reason, total in totals.items():
            found = [n for n in lines if n.reason == reason]
            if not total and not found:
                continue
            self._add("header", self.heading(reason, max(total, len(found))))
            for nudge in found:
                title, detail = self.title(nudge, several), self.detail(nudge)
                item = self._add(
                    "nudge",
                    self.joined(title, detail),
                    f"{self.text(nudge)}\n{self.tr('Click to open')}",
                )
                item.setData(TITLE_ROLE, title)
                item.setData(DETAIL_ROLE, detail)
                item.setData(MEMBER_ROLE, nudge.member_id)
                item.setData(EVENT_ROLE, nudge.event_id)
            if total > len(found):
                self._add("more", self.tr("… and %1 more").replace("%1", f"{total - len(found):,}"))
            if reason == NudgeReason.EXPIRING and total:
                action = self._add(
                    "action",
                    self.tr("Remind to renew…"),
                    self.tr("A message for each of them, or one list for you, ready to copy"),
                )
                action.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if not self.count():
            self._add("empty", self.tr("Nobody to nudge today."))
        self.scheduleDelayedItemsLayout()

    def nudge_items(self) -> list[QListWidgetItem]:
        """The rows that are nudges (not headings or counts)."""
        found = [self.item(n) for n in range(self.count())]
        return [item for item in found if item.data(KIND_ROLE) == "nudge"]

    def action_items(self) -> list[QListWidgetItem]:
        """The rows that run an action ("Remind to renew…")."""
        found = [self.item(n) for n in range(self.count())]
        return [item for item in found if item.data(KIND_ROLE) == "action"]

    def _on_clicked(self, item: QListWidgetItem) -> None:
        if item.data(KIND_ROLE) == "action":
            self.remind_renewals.emit()
            return
        member = item.data(MEMBER_ROLE)
        event = item.data(EVENT_ROLE)
        if member is not None:
            self.open_member.emit(int(member))
        elif event is not None:
            self.open_event.emit(int(event))
