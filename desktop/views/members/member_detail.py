"""The detail pane of the Members tab: one member's fields, groups, role timeline, referrals."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.chats.history import MonthlyStrip
from desktop.models.core.codes import AttendanceStatus, Category, EntryKind, Role
from desktop.models.members.detail import MemberDetail
from desktop.models.members.members import RoleSpan
from desktop.models.members.referrals import ReferralNode, ReferralRef
from desktop.views.common.formatting import format_date, format_money
from desktop.views.common.labels import label_for
from desktop.views.members.chat_strip import ChatStrip

MUTED_STYLE = "color: #6b6b6b;"
# A referral tree with more people than this shows the first ones and says how many more.
TREE_ITEM_LIMIT = 2000
ID_ROLE = Qt.ItemDataRole.UserRole


def _tree(parent: QWidget, name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return tree


def _value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MemberDetailPane(QStackedWidget):
    """Everything about the selected member; a hint when nobody is selected."""

    memberActivated = Signal(int)  # a referrer or referred member was double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDetail")
        self.detail: MemberDetail | None = None
        self._build_ui()
        self._connect_signals()
        self.show_member(None)

    # ---- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.empty = QLabel(self.tr("Select a member to see their groups, roles and referrals."))
        self.empty.setObjectName("memberDetailEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(MUTED_STYLE)
        self.addWidget(self.empty)

        page = QWidget(self)
        self.name = QLabel(page)
        self.name.setObjectName("detailName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = _value_label(page, "detailSubtitle")
        self.subtitle.setStyleSheet(MUTED_STYLE)
        self.pages = QTabWidget(page)
        self.pages.setObjectName("detailPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._build_profile(), "")
        self.pages.addTab(self._build_groups(), "")
        self.pages.addTab(self._build_referrals(), "")
        self.pages.addTab(self._build_activity(), "")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 4, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.pages, 1)
        self.addWidget(page)
        self.page = page

    def _build_profile(self) -> QWidget:
        panel = QWidget(self)
        form = QFormLayout(panel)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, title in (
            ("wechat", self.tr("WeChat ID:")),
            ("phone", self.tr("Phone:")),
            ("email", self.tr("Email:")),
            ("referrer", self.tr("Referred by:")),
            ("tags", self.tr("Tags:")),
            ("added", self.tr("Added on:")),
            ("notes", self.tr("Notes:")),
        ):
            label = _value_label(panel, "detail" + key.title())
            self.fields[key] = label
            form.addRow(title, label)
        return panel

    def _build_groups(self) -> QWidget:
        panel = QWidget(self)
        self.memberships = _tree(
            panel,
            "memberMemberships",
            [
                self.tr("Group"),
                self.tr("Role"),
                self.tr("Joined"),
                self.tr("Left"),
                self.tr("Paid until"),
            ],
        )
        self.roles = _tree(
            panel,
            "memberRoleHistory",
            [self.tr("Group: roles over time"), self.tr("From"), self.tr("Until")],
        )
        self.roles.setRootIsDecorated(True)
        layout = QVBoxLayout(panel)
        layout.addWidget(QLabel(self.tr("Memberships"), panel))
        layout.addWidget(self.memberships)
        layout.addWidget(QLabel(self.tr("Role history (each change dated)"), panel))
        layout.addWidget(self.roles, 1)
        return panel

    def _build_referrals(self) -> QWidget:
        panel = QWidget(self)
        self.referrer = _value_label(panel, "memberReferrer")
        self.referrer.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.referral_counts = _value_label(panel, "memberReferralCounts")
        self.referrals = _tree(
            panel,
            "memberReferrals",
            [self.tr("Referred (裂变)"), self.tr("Direct"), self.tr("In total")],
        )
        self.referrals.setRootIsDecorated(True)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.referrer)
        layout.addWidget(self.referral_counts)
        layout.addWidget(self.referrals, 1)
        return panel

    def _build_activity(self) -> QWidget:
        panel = QWidget(self)
        self.attendance = _tree(
            panel, "memberAttendance", [self.tr("Event"), self.tr("Date"), self.tr("Status")]
        )
        self.revenue = _tree(
            panel, "memberRevenue", [self.tr("Category"), self.tr("Date"), self.tr("Amount")]
        )
        self.revenue_total = _value_label(panel, "memberRevenueTotal")
        self.chat_title = QLabel(self.tr("Chat messages per month"), panel)
        self.chat_strip = ChatStrip(panel)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.chat_title)
        layout.addWidget(self.chat_strip)
        layout.addWidget(QLabel(self.tr("Events"), panel))
        layout.addWidget(self.attendance, 1)
        layout.addWidget(QLabel(self.tr("Revenue from this member"), panel))
        layout.addWidget(self.revenue, 1)
        layout.addWidget(self.revenue_total)
        return panel

    def _connect_signals(self) -> None:
        self.referrals.itemDoubleClicked.connect(self._on_item_activated)
        self.referrer.linkActivated.connect(lambda link: self.memberActivated.emit(int(link)))

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        member_id = item.data(0, ID_ROLE)
        if member_id is not None and self.detail is not None and member_id != self.detail.member.id:
            self.memberActivated.emit(int(member_id))

    # ---- showing a member ---------------------------------------------------------------

    def show_member(
        self,
        detail: MemberDetail | None,
        tree: ReferralNode | None = None,
        status: str = "",
        chat: MonthlyStrip | None = None,
    ) -> None:
        """Show one member (with their referral tree and chat months), or the hint when
        `detail` is None."""
        self.detail = detail
        if detail is None:
            self.setCurrentWidget(self.empty)
            return
        self.setCurrentWidget(self.page)
        member = detail.member
        self.name.setText(member.name)
        parts = [member.nickname, status, self.tr("member #%1").replace("%1", str(member.id))]
        self.subtitle.setText(" · ".join(p for p in parts if p))
        referrer = self._referrer_text(detail)
        values = {
            "wechat": member.wechat_id,
            "phone": member.phone,
            "email": member.email,
            "referrer": referrer,
            "tags": ", ".join(member.tags),
            "added": format_date(member.created_at.date()),
            "notes": member.notes,
        }
        for key, value in values.items():
            self.fields[key].setText(value or "—")
        self._show_groups(detail)
        self._show_referrals(detail, tree)
        self._show_activity(detail)
        names = {m.group_id: m.group_name for m in detail.memberships}
        self.chat_strip.set_strip(chat, names)
        self.chat_title.setVisible(bool(self.chat_strip.rows))
        counts = (
            len(detail.memberships),
            len(detail.referred),
            len(detail.attendance) + len(detail.revenue),
        )
        titles = (self.tr("Groups (%1)"), self.tr("Referrals (%1)"), self.tr("Activity (%1)"))
        self.pages.setTabText(0, self.tr("Profile"))
        for n, (title, count) in enumerate(zip(titles, counts, strict=True), start=1):
            self.pages.setTabText(n, title.replace("%1", str(count)))

    def _referrer_text(self, detail: MemberDetail) -> str:
        if detail.referrer is not None:
            return self._ref_text(detail.referrer)
        if detail.member.referrer_text:
            return self.tr("%1 (not matched to a member)").replace(
                "%1", detail.member.referrer_text
            )
        return ""

    def _ref_text(self, ref: ReferralRef) -> str:
        return (
            self.tr("%1 (referred %2 directly, %3 in total)")
            .replace("%1", ref.name)
            .replace("%2", f"{ref.direct:,}")
            .replace("%3", f"{ref.total:,}")
        )

    def _show_groups(self, detail: MemberDetail) -> None:
        self.memberships.clear()
        for ms in detail.memberships:
            item = QTreeWidgetItem(
                [
                    ms.group_name,
                    label_for(Role, ms.role),
                    format_date(ms.joined_on),
                    format_date(ms.left_on) or self.tr("—"),
                    format_date(ms.paid_until),
                ]
            )
            self.memberships.addTopLevelItem(item)
        self.roles.clear()
        for membership_id, spans in _by_membership(detail.roles):
            first = spans[0]
            period = next((m for m in detail.memberships if m.id == membership_id), None)
            chain = " → ".join(label_for(Role, s.role) for s in spans)
            title = f"{first.group_name}: {chain}"
            top = QTreeWidgetItem([title])
            since = format_date(period.joined_on if period else first.since)
            until = format_date(period.left_on) if period and period.left_on else self.tr("now")
            top.setToolTip(0, f"{title}\n{since} – {until}")
            for span in spans:
                until = format_date(span.until) if span.until else self.tr("now")
                child = QTreeWidgetItem(
                    [label_for(Role, span.role), format_date(span.since), until]
                )
                top.addChild(child)
            self.roles.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # the group and its chain of roles, full width
            top.setExpanded(True)
        self._fit_height(self.memberships)

    @staticmethod
    def _fit_height(tree: QTreeWidget) -> None:
        """Make a short list only as tall as its rows, leaving the room to the timeline."""
        rows = max(tree.topLevelItemCount(), 1)
        row_height = tree.sizeHintForRow(0) if tree.topLevelItemCount() else 20
        frame = 2 * tree.frameWidth() + tree.header().sizeHint().height()
        tree.setMaximumHeight(frame + rows * max(row_height, 1) + 4)

    def _show_referrals(self, detail: MemberDetail, tree: ReferralNode | None) -> None:
        ref = detail.referrer
        if ref is not None:
            self.referrer.setText(
                self.tr("Referred by %1").replace(
                    "%1", f'<a href="{ref.member_id}">{_escape(ref.name)}</a>'
                )
                + _escape(
                    self.tr(" (who referred %1 directly, %2 in total)")
                    .replace("%1", f"{ref.direct:,}")
                    .replace("%2", f"{ref.total:,}")
                )
            )
        elif detail.member.referrer_text:
            self.referrer.setText(
                _escape(
                    self.tr("Referred by %1 (not matched to a member)").replace(
                        "%1", detail.member.referrer_text
                    )
                )
            )
        else:
            self.referrer.setText(self.tr("Not referred by anyone on record."))
        direct = tree.direct if tree is not None else len(detail.referred)
        total = tree.total if tree is not None else sum(1 + r.total for r in detail.referred)
        self.referral_counts.setText(
            self.tr("Referred %1 directly, %2 in total (裂变).")
            .replace("%1", f"{direct:,}")
            .replace("%2", f"{total:,}")
        )
        self.referrals.clear()
        budget = [TREE_ITEM_LIMIT]
        if tree is not None:
            for child in tree.children:
                self._add_node(self.referrals.invisibleRootItem(), child, budget)
        else:
            for ref_row in detail.referred:
                item = QTreeWidgetItem([ref_row.name, f"{ref_row.direct:,}", f"{ref_row.total:,}"])
                item.setData(0, ID_ROLE, ref_row.member_id)
                self.referrals.addTopLevelItem(item)
        self.referrals.expandToDepth(1)

    def _add_node(self, parent: QTreeWidgetItem, node: ReferralNode, budget: list[int]) -> None:
        if budget[0] <= 0:
            return
        budget[0] -= 1
        item = QTreeWidgetItem([node.name, f"{node.direct:,}", f"{node.total:,}"])
        item.setData(0, ID_ROLE, node.member_id)
        parent.addChild(item)
        for child in node.children:
            self._add_node(item, child, budget)
        if node.truncated or (budget[0] <= 0 and node.children):
            item.addChild(QTreeWidgetItem([self.tr("… more")]))

    def _show_activity(self, detail: MemberDetail) -> None:
        self.attendance.clear()
        for att in reversed(detail.attendance):
            self.attendance.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        att.title,
                        att.occurrence_start.strftime("%Y-%m-%d %H:%M"),
                        label_for(AttendanceStatus, att.status),
                    ]
                )
            )
        self.revenue.clear()
        totals: dict[str, int] = {}
        for entry in reversed(detail.revenue):
            sign = -1 if entry.kind == EntryKind.EXPENSE else 1
            totals[entry.currency] = totals.get(entry.currency, 0) + sign * entry.amount_minor
            item = QTreeWidgetItem(
                [
                    label_for(Category, entry.category),
                    format_date(entry.day),
                    format_money(sign * entry.amount_minor, entry.currency),
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.revenue.addTopLevelItem(item)
        if totals:
            amounts = " + ".join(format_money(v, c) for c, v in sorted(totals.items()))
            self.revenue_total.setText(self.tr("Total from this member: %1").replace("%1", amounts))
        else:
            self.revenue_total.setText(self.tr("No revenue recorded from this member."))


def _by_membership(spans: Iterable[RoleSpan]) -> list[tuple[int, list[RoleSpan]]]:
    """Role spans grouped per membership period, periods in order of their first role."""
    grouped: dict[int, list[RoleSpan]] = {}
    for span in spans:
        grouped.setdefault(span.membership_id, []).append(span)
    return list(grouped.items())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
