"""The UI-language names of the fields the data layer names in a refusal, and its text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.models.core.errors import ValidationError


def _t(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


def _labels() -> dict[str, str]:
    """Field code (`ValidationError.field`) → label; codes that name no form field (a
    database, a trash item) are absent, and their message is shown alone."""
    return {
        "name": _t("Name"),
        "nickname": _t("Nickname"),
        "wechat_id": _t("WeChat ID"),
        "phone": _t("Phone"),
        "email": _t("E-mail"),
        "referrer": _t("Referrer"),
        "notes": _t("Notes"),
        "tags": _t("Tags"),
        "member": _t("Member"),
        "members": _t("Members"),
        "group": _t("Group"),
        "groups": _t("Groups"),
        "role": _t("Role"),
        "roles": _t("Roles"),
        "joined": _t("Joined on"),
        "left": _t("Left on"),
        "since": _t("Since"),
        "platform": _t("Platform"),
        "structure": _t("Structure"),
        "capacity": _t("Capacity"),
        "created_on": _t("Created on"),
        "fee_minor": _t("Fee"),
        "fee_currency": _t("Currency"),
        "fee_period_months": _t("Fee period"),
        "thresholds": _t("Entry thresholds"),
        "purposes": _t("Purposes"),
        "value_types": _t("Value"),
        "stage": _t("Stage"),
        "began_on": _t("Stage began on"),
        "rule": _t("Rule"),
        "text": _t("Text"),
        "position": _t("Number"),
        "retired_on": _t("Retired on"),
        "goal": _t("Goal"),
        "metric": _t("Goal"),
        "period": _t("Period"),
        "min_value": _t("Goal minimum"),
        "max_value": _t("Goal maximum"),
        "effective_from": _t("Effective from"),
        "end": _t("End"),
        "event": _t("Event"),
        "title": _t("Title"),
        "type": _t("Type"),
        "host": _t("Host"),
        "starts_at": _t("Start"),
        "ends_at": _t("End"),
        "dtstart": _t("Start"),
        "rrule": _t("Repeat rule"),
        "occurrence": _t("Occurrence"),
        "status": _t("Attendance"),
        "cost_minor": _t("Cost"),
        "amount": _t("Amount"),
        "currency": _t("Currency"),
        "category": _t("Category"),
        "day": _t("Date"),
        "date": _t("Date"),
        "file": _t("File"),
        "sheets": _t("Sheets"),
        "partner": _t("Partner"),
        "zone": _t("Time zone"),
        "label_zh": _t("Chinese"),
        "label_en": _t("English"),
        "kind": _t("Kind"),
        "code": _t("Entry"),
        "messages": _t("Messages"),
        "active_members": _t("Active members"),
        "left_count": _t("Left"),
    }


def field_label(field: str) -> str:
    """The label of field code `field` in the UI language; "" for a code that names no
    field a person would know (the message is then shown alone). A vocabulary editor's
    "category.label_zh" is named by its last part."""
    return _labels().get(field.rsplit(".", 1)[-1], "")


def error_text(error: object) -> str:
    """What a refusal says, in the UI language: "Row 3, Fee: …" for a `ValidationError`
    (the field by its label, the row when it has one), the message of any other error."""
    if not isinstance(error, ValidationError):
        return str(error)
    text = error.message
    label = field_label(error.field)
    if label:
        text = _t("%1: %2").replace("%1", label).replace("%2", text)
    if error.row is not None:
        text = _t("Row %1, %2").replace("%1", str(error.row)).replace("%2", text)
    return text
