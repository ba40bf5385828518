"""DataError and data_errors(): SQLite's failures leave the data layer as its own error."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.models.core.errors import DataError, QunDeskError, ValidationError, data_errors


def test_an_sqlite_error_becomes_a_data_error_with_the_same_message() -> None:
    with pytest.raises(DataError) as caught, data_errors():
        raise sqlite3.OperationalError("database is locked")
    assert str(caught.value) == "database is locked"
    assert isinstance(caught.value, QunDeskError)
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)


def test_other_errors_pass_unchanged() -> None:
    with pytest.raises(ValidationError), data_errors():
        raise ValidationError("name", "A name is required.")
    with pytest.raises(OSError), data_errors():
        raise OSError("disk gone")


def test_it_wraps_a_function_as_a_decorator() -> None:
    @data_errors()
    def read() -> int:
        raise sqlite3.DatabaseError("file is not a database")

    with pytest.raises(DataError, match="file is not a database"):
        read()
    with pytest.raises(DataError):
        read()  # each call gets its own guard
