"""Workbooks written byte by byte, to test what no spreadsheet program writes but a file may hold.

`workbook(sheet_xml, shared_strings)` gives a minimal .xlsx around one worksheet's XML;
`raw_zip` writes parts with any declared size (a zip bomb, a part that lies about itself).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/></Types>'
)
PACKAGE_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}">'
    f'<Relationship Id="rId1" Type="{_DOC}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{_DOC}">'
    '<sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}">'
    f'<Relationship Id="rId1" Type="{_DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_DOC}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)


def sheet_xml(rows: str, dimension: str | None = "A1") -> str:
    """A worksheet holding `rows` (the XML of its <row> elements)."""
    claim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{claim}'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )


def text_cell(ref: str, text: str) -> str:
    """An inline-string cell."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def row(number: int, *cells: str) -> str:
    """A <row> element."""
    return f'<row r="{number}">{"".join(cells)}</row>'


def shared_strings(
    strings: Iterable[str], *, count: int | None = None, unique: int | None = None
) -> str:
    """A shared-strings part, its counts as given (default: true)."""
    items = [f"<si><t>{escape(s)}</t></si>" for s in strings]
    count = len(items) if count is None else count
    unique = len(items) if unique is None else unique
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{count}" '
        f'uniqueCount="{unique}">{"".join(items)}</sst>'
    )


def workbook(
    path: Path,
    sheet: str | bytes,
    strings: str | None = None,
    extra: dict[str, bytes] | None = None,
) -> Path:
    """Write a one-sheet .xlsx with this worksheet XML (and shared strings)."""
    parts: dict[str, bytes] = {
        "[Content_Types].xml": CONTENT_TYPES.encode(),
        "_rels/.rels": PACKAGE_RELS.encode(),
        "xl/workbook.xml": WORKBOOK.encode(),
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS.encode(),
        "xl/worksheets/sheet1.xml": sheet if isinstance(sheet, bytes) else sheet.encode(),
    }
    if strings is not None:
        parts["xl/sharedStrings.xml"] = strings.encode()
    parts.update(extra or {})
    path.write_bytes(raw_zip([(name, data, None) for name, data in parts.items()]))
    return path


def deflated(chunks: Iterable[bytes]) -> tuple[bytes, int, int]:
    """(raw deflate stream, size, CRC) of the concatenated chunks, never all in memory."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    out: list[bytes] = []
    size = crc = 0
    for chunk in chunks:
        size += len(chunk)
        crc = zlib.crc32(chunk, crc)
        out.append(packer.compress(chunk))
    out.append(packer.flush())
    return b"".join(out), size, crc


def raw_zip(parts: Iterable[tuple[str, bytes, tuple[int, int] | None]]) -> bytes:
    """A zip of deflated parts. Each part is (name, data, None), or (name, a raw deflate
    stream, (declared size, declared CRC)) to write sizes that need not be true."""
    local: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, data, declared in parts:
        if declared is None:
            packed = zlib.compressobj(6, zlib.DEFLATED, -15)
            stream = packed.compress(data) + packed.flush()
            size, crc = len(data), zlib.crc32(data)
        else:
            stream, (size, crc) = data, declared
        encoded = name.encode()
        fields = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, crc, len(stream), size)
        header = b"PK\x03\x04" + fields + struct.pack("<HH", len(encoded), 0) + encoded
        local.append(header + stream)
        central.append(
            b"PK\x01\x02"
            + struct.pack("<H", 20)
            + fields
            + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, offset)
            + encoded
        )
        offset += len(header) + len(stream)
    directory = b"".join(central)
    end = b"PK\x05\x06" + struct.pack(
        "<HHHHIIH", 0, 0, len(central), len(central), len(directory), offset, 0
    )
    return b"".join(local) + directory + end
