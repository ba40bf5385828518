"""Inline validation messages: the red line under a field that names what is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b3261e;"


def error_name(field: str) -> str:
    """The objectName of a field's inline message: "fee_minor" → "feeMinorError"."""
    head, *rest = field.split("_")
    return head + "".join(part.capitalize() for part in rest) + "Error"


def error_label(parent: QWidget, field: str, registry: dict[str, QLabel] | None = None) -> QLabel:
    """A hidden, word-wrapped red message for `field`, kept in `registry` when given."""
    label = QLabel(parent)
    label.setObjectName(error_name(field))
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    if registry is not None:
        registry[field] = label
    return label
