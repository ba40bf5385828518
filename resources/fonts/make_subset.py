"""Make resources/fonts/QunDeskSansCJKsc-Regular.otf: Noto Sans CJK SC Regular cut down to
the characters a Chinese UI needs, so Chinese renders on machines without a Chinese font.

Run once by a developer (the .otf is committed); needs fontTools (`pip install fonttools`)
and the full font (Debian/Ubuntu: `apt-get install fonts-noto-cjk`):

    python resources/fonts/make_subset.py [/path/to/NotoSansCJK-Regular.ttc]

The character set, exactly:
- ASCII 0x20-0x7E and Latin-1 0xA0-0xFF;
- general punctuation, currency symbols, letterlike symbols, number forms, arrows, maths
  operators, box drawing, block elements, geometric shapes, miscellaneous symbols and
  dingbats (U+2000-U+27BF; the font lacks many of them, those are simply left out);
- CJK symbols and punctuation U+3000-U+303F, half-width and full-width forms U+FF00-U+FFEF;
- every character of GB2312 (all 7,445 double-byte codes: 6,763 hanzi and the symbols);
- the Big5 symbols (lead bytes 0xA1-0xA3) and the Big5 frequently used characters
  (常用字, 0xA440-0xC67E: 5,401 hanzi);
- every non-ASCII character in the app's sources and translations (desktop/**/*.py,
  resources/i18n/*.ts), so no UI string falls outside the set.

The font is renamed "QunDesk Sans CJK SC" (a Modified Version under the SIL OFL 1.1 may
not use a Reserved Font Name; Noto CJK reserves "Source") so it never shadows an installed
Noto Sans CJK. The licence is OFL.txt beside this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = HERE / "QunDeskSansCJKsc-Regular.otf"
FAMILY = "QunDesk Sans CJK SC"
POSTSCRIPT = "QunDeskSansCJKsc-Regular"
RANGES = [
    (0x20, 0x7E),
    (0xA0, 0xFF),
    (0x2000, 0x27BF),
    (0x3000, 0x303F),
    (0xFF00, 0xFFEF),
]


def _double_byte(encoding: str, leads: range, trails: list[int]) -> set[str]:
    found: set[str] = set()
    for lead in leads:
        for trail in trails:
            try:
                found.update(bytes((lead, trail)).decode(encoding))
            except UnicodeDecodeError:
                continue
    return found


def gb2312() -> set[str]:
    """Every character GB2312 encodes (rows 0xA1-0xF7, cells 0xA1-0xFE)."""
    return _double_byte("gb2312", range(0xA1, 0xF8), list(range(0xA1, 0xFF)))


def big5_common() -> set[str]:
    """Big5 symbols (0xA140-0xA3FE) and the frequently used hanzi (0xA440-0xC67E)."""
    trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    found = _double_byte("big5", range(0xA1, 0xC6), trails)
    last_row = [t for t in trails if t <= 0x7E]  # 0xC6A1 on is the less used set
    return found | _double_byte("big5", range(0xC6, 0xC7), last_row)


def app_characters() -> set[str]:
    """Non-ASCII characters of the app's own sources and translations."""
    found: set[str] = set()
    files = [*ROOT.joinpath("desktop").rglob("*.py"), *ROOT.joinpath("resources").rglob("*.ts")]
    for path in files:
        found.update(ch for ch in path.read_text(encoding="utf-8") if ord(ch) > 0x7F)
    return found


def characters() -> set[str]:
    """The whole character set described in the module docstring."""
    found = {chr(code) for start, end in RANGES for code in range(start, end + 1)}
    found |= gb2312() | big5_common() | app_characters()
    return {ch for ch in found if ch.isprintable() or ch == "\u3000"}


def _simplified_chinese_index(source: Path) -> int:
    collection = TTCollection(str(source), lazy=True)
    for index, font in enumerate(collection.fonts):
        if font["name"].getDebugName(6) == "NotoSansCJKsc-Regular":
            return index
    raise SystemExit(f"{source} has no NotoSansCJKsc-Regular")


def _rename(path: Path) -> None:
    font = TTFont(str(path))
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 4:
            names.setName(
                f"{FAMILY} Regular", 4, record.platformID, record.platEncID, record.langID
            )
        elif record.nameID in (3, 6, 20):
            names.setName(
                POSTSCRIPT, record.nameID, record.platformID, record.platEncID, record.langID
            )
    # compatible-full and variation names would still say Noto Sans CJK
    names.names = [r for r in names.names if r.nameID not in (18, 21, 22)]
    cff = font["CFF "].cff
    cff.fontNames = [POSTSCRIPT]
    top = cff.topDictIndex[0]
    top.FullName = f"{FAMILY} Regular"
    top.FamilyName = FAMILY
    font.save(str(path))


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else SOURCE
    text = "".join(sorted(characters()))
    chars_file = HERE / ".subset-chars.txt"
    chars_file.write_text(text, encoding="utf-8")
    try:
        subset.main(
            [
                str(source),
                f"--font-number={_simplified_chinese_index(source)}",
                f"--text-file={chars_file}",
                f"--output-file={OUT}",
                "--layout-features=*",
                "--name-IDs=*",
                "--name-languages=*",
                "--notdef-outline",
                "--no-hinting",
                "--drop-tables+=vhea,vmtx,VORG",
            ]
        )
    finally:
        chars_file.unlink()
    _rename(OUT)
    covered = len(TTFont(str(OUT)).getBestCmap())
    print(
        f"{OUT.name}: {len(text)} characters asked, {covered} in the font, "
        f"{OUT.stat().st_size / 1e6:.2f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
