"""Collect every translatable string, merge it into the .ts files and compile the .qm files.

Run from anywhere:  python resources/i18n/update_translations.py   (add --check to only
report, writing nothing; exit status 1 when a .ts or .qm is out of date or unfinished).

- Strings come from `lupdate` over desktop/**/*.py, plus the module-level wrappers
  `def _tr(text): return QCoreApplication.translate("Ctx", text)` that lupdate cannot see,
  and the data layer's `msg("Text")` (context Messages, desktop/models/core/messages.py).
- zh_CN is the translated source of truth: existing translations are kept by (context,
  source, comment); a new string whose exact text is translated in another context gets
  that translation; anything else is left unfinished and listed.
- zh_TW is derived from zh_CN on every run (OpenCC `s2twp`: Taiwan phrases, then the term
  fixes in TW_TERMS). The converter is needed only here, never at run time:
  `pip install opencc-python-reimplemented`. Without it the old zh_TW text is kept.
- en is the identity, except numerus strings ("%n name(s)") which get one/other forms.
- Finally `lrelease` compiles each .ts to .qm beside it (both are committed), and the
  finished `Messages` texts go to `qundesk_<language>.messages.json` beside it: the command
  line translates the data layer's messages from that catalogue without loading Qt
  (desktop/languages.py).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("zh_CN", "zh_TW", "en")
PREFIX = "qundesk"

# OpenCC's Taiwan phrase table knows general words; these are the app's own terms where
# Taiwan usage differs from a character-by-character conversion (applied after OpenCC).
TW_TERMS: dict[str, str] = {
    "社羣": "社群",  # OpenCC turns 群 into 羣 in some words; Taiwan writes 社群
    "群臺": "群台",  # the app's name
    "型別": "類型",  # OpenCC's programming term for "type"
    "微訊號": "微信號",  # WeChat ID
    "釋出": "發布",  # posting content, not releasing software
    "羣": "群",
    "數據庫": "資料庫",
    "資料庫文件": "資料庫檔案",
    "文件夾": "資料夾",
    "導出": "匯出",
    "導入": "匯入",
    "默認": "預設",
    "設置": "設定",
    "菜單": "選單",
    "信息": "資訊",
    "視頻": "影片",
    "在線": "線上",
    "用戶": "使用者",
    "種子使用者": "種子用戶",  # the community term stays 種子用戶
    "撤銷": "復原",
    "粘貼": "貼上",
    "剪切": "剪下",
    "保存": "儲存",
    "刷新": "重新整理",
    "程序": "程式",
    "屏幕": "螢幕",
    "鼠標": "滑鼠",
    "日曆": "行事曆",
    "賬": "帳",
    "渠道": "管道",  # 支付管道
    "手機號": "手機號碼",
    "手機號碼碼": "手機號碼",  # undo the line above where 号码 was already written out
    "“": "「",  # Taiwan quotes with corner brackets
    "”": "」",
}


@dataclass
class Message:
    """One translatable string and its translation in one language."""

    context: str
    source: str
    comment: str = ""
    extracomment: str = ""
    numerus: bool = False
    locations: list[tuple[str, str]] = field(default_factory=list)
    translation: list[str] = field(default_factory=list)  # one entry, or numerus forms
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


# ---- reading and writing .ts ------------------------------------------------------------


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file in file order (none when it does not exist)."""
    if not path.is_file():
        return []
    messages: list[Message] = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for node in ctx.iter("message"):
            trans = node.find("translation")
            kind = trans.get("type", "") if trans is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = node.get("numerus") == "yes"
            if trans is None:
                text: list[str] = []
            elif numerus:
                text = [f.text or "" for f in trans.iter("numerusform")]
            else:
                text = [trans.text or ""]
            messages.append(
                Message(
                    context=name,
                    source=node.findtext("source") or "",
                    comment=node.findtext("comment") or "",
                    extracomment=node.findtext("extracomment") or "",
                    numerus=numerus,
                    locations=[
                        (loc.get("filename", ""), loc.get("line", ""))
                        for loc in node.iter("location")
                    ],
                    translation=text,
                    finished=kind != "unfinished" and any(text),
                )
            )
    return messages


def _esc(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write_ts(path: Path, language: str, messages: Iterable[Message]) -> str:
    """Write messages in lupdate's layout (contexts sorted, messages in source order)."""
    by_context: dict[str, list[Message]] = {}
    for msg in messages:
        by_context.setdefault(msg.context, []).append(msg)
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}">',
    ]
    for context in sorted(by_context):
        out += ["<context>", f"    <name>{_esc(context)}</name>"]
        for msg in by_context[context]:
            out.append('    <message numerus="yes">' if msg.numerus else "    <message>")
            for filename, line in msg.locations:
                out.append(f'        <location filename="{_esc(filename)}" line="{line}"/>')
            out.append(f"        <source>{_esc(msg.source)}</source>")
            if msg.comment:
                out.append(f"        <comment>{_esc(msg.comment)}</comment>")
            if msg.extracomment:
                out.append(f"        <extracomment>{_esc(msg.extracomment)}</extracomment>")
            kind = "" if msg.finished else ' type="unfinished"'
            if msg.numerus:
                out.append(f"        <translation{kind}>")
                for form in msg.translation or [""]:
                    out.append(f"            <numerusform>{_esc(form)}</numerusform>")
                out.append("        </translation>")
            else:
                text = msg.translation[0] if msg.translation else ""
                out.append(f"        <translation{kind}>{_esc(text)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    text = "\n".join(out) + "\n"
    path.write_text(text, encoding="utf-8")
    return text


# ---- collecting the strings -------------------------------------------------------------


def qt_tool(name: str) -> str:
    """Path of a Qt tool shipped with PySide6 (lupdate, lrelease)."""
    import PySide6

    bundled = Path(PySide6.__file__).parent / (name + (".exe" if os.name == "nt" else ""))
    if bundled.is_file():
        return str(bundled)
    for candidate in (f"pyside6-{name}", name):
        found = shutil.which(candidate) or shutil.which(
            candidate, path=str(Path(sys.executable).parent)
        )
        if found:
            return found
    raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials)")


def source_files() -> list[Path]:
    """Every Python file of the app."""
    return sorted(p for p in (ROOT / "desktop").rglob("*.py") if "__pycache__" not in p.parts)


def _wrapper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level `def f(text): return QCoreApplication.translate("Ctx", text)` → {f: Ctx}."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        body = [s for s in node.body if not isinstance(s, ast.Expr)]  # skip a docstring
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) >= 2
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            found[node.name] = call.args[0].value
    return found


def _tr_calls(node: ast.AST, context: str = "") -> Iterable[tuple[str, ast.Call]]:
    """(class name, call) of every `x.tr("literal")`: lupdate skips those in f-strings."""
    for child in ast.iter_child_nodes(node):
        inner = child.name if isinstance(child, ast.ClassDef) else context
        if (
            isinstance(child, ast.Call)
            and isinstance(child.func, ast.Attribute)
            and child.func.attr == "tr"
            and context
            and len(child.args) == 1
            and isinstance(child.args[0], ast.Constant)
            and isinstance(child.args[0].value, str)
        ):
            yield context, child
        yield from _tr_calls(child, inner)


def _translate_aliases(tree: ast.Module) -> set[str]:
    """Local names bound to `QCoreApplication.translate` (`tr = QCoreApplication.translate`)."""
    return {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "translate"
        for target in node.targets
        if isinstance(target, ast.Name)
    }


MESSAGES_CONTEXT = "Messages"  # desktop.models.core.messages.CONTEXT


def _msg_calls(tree: ast.Module, rel: str) -> tuple[list[Message], list[str]]:
    """The data layer's `msg("Text")` calls (desktop/models/core/messages.py), and warnings."""
    if not any(
        isinstance(node, ast.ImportFrom)
        and node.module == "desktop.models.core.messages"
        and any(alias.name == "msg" and alias.asname is None for alias in node.names)
        for node in ast.walk(tree)
    ):
        return [], []
    found: list[Message] = []
    warnings: list[str] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id != "msg" or not node.args:
            continue
        text = node.args[0]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            found.append(Message(MESSAGES_CONTEXT, text.value, locations=[(rel, str(node.lineno))]))
        else:
            warnings.append(f"{rel}:{node.lineno}: msg() of a non-literal text")
    return found, warnings


def wrapper_messages(
    files: Iterable[Path], ts_dir: Path
) -> tuple[list[Message], list[str], set[tuple[str, str]]]:
    """Strings passed to translate-wrappers and aliases, warnings for texts no tool can see,
    and the (source, comment) pairs lupdate misreads from alias calls `tr("Ctx", "Text")`.
    """
    messages: list[Message] = []
    warnings: list[str] = []
    misread: set[tuple[str, str]] = set()
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        wrappers = _wrapper_contexts(tree)
        aliases = _translate_aliases(tree)
        rel = Path(os.path.relpath(path, ts_dir)).as_posix()
        found, unseen = _msg_calls(tree, rel)
        messages += found
        warnings += unseen
        for context, call in _tr_calls(tree):
            source = str(call.args[0].value)  # type: ignore[attr-defined]
            messages.append(Message(context, source, locations=[(rel, str(call.lineno))]))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            text_arg = node.args[0]
            literals = [a.value for a in node.args[:2] if isinstance(a, ast.Constant)]
            if isinstance(func, ast.Name) and name in aliases:
                if len(literals) == 2 and all(isinstance(v, str) for v in literals):
                    context, source = str(literals[0]), str(literals[1])
                    misread.add((context, source))
                    messages.append(Message(context, source, locations=[(rel, str(node.lineno))]))
                else:
                    warnings.append(f"{rel}:{node.lineno}: {name}() of a non-literal text")
            elif isinstance(func, ast.Name) and name in wrappers:
                if isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str):
                    messages.append(
                        Message(
                            context=wrappers[name],
                            source=text_arg.value,
                            locations=[(rel, str(node.lineno))],
                        )
                    )
                else:
                    warnings.append(f"{rel}:{node.lineno}: {name}() of a non-literal text")
            elif name == "tr" and not isinstance(func, ast.Name) and not literals:
                warnings.append(f"{rel}:{node.lineno}: tr() of a non-literal text")
            elif (
                name == "translate"
                and len(node.args) >= 2
                and not isinstance(node.args[1], ast.Constant)
                and not _inside_wrapper(node, tree, wrappers)
            ):
                warnings.append(f"{rel}:{node.lineno}: translate() of a non-literal text")
    return messages, warnings, misread


def _inside_wrapper(call: ast.Call, tree: ast.Module, wrappers: dict[str, str]) -> bool:
    for node in tree.body:
        if (
            isinstance(node, ast.FunctionDef)
            and node.name in wrappers
            and node.lineno <= call.lineno <= (node.end_lineno or node.lineno)
        ):
            return True
    return False


def collect(work_dir: Path) -> tuple[list[Message], list[str]]:
    """Every translatable message of the app (no translations), and extraction warnings.

    Locations are relative to `work_dir`, where lupdate writes its scratch file.
    """
    files = source_files()
    scratch = work_dir / ".lupdate-scratch.ts"
    scratch.unlink(missing_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p) for p in files))
    try:
        subprocess.run(
            [
                qt_tool("lupdate"),
                f"@{lst.name}",
                "-locations",
                "absolute",
                "-no-obsolete",
                "-silent",
                "-ts",
                str(scratch),
            ],
            check=True,
            capture_output=True,
        )
        found = read_ts(scratch)
    finally:
        scratch.unlink(missing_ok=True)
        Path(lst.name).unlink(missing_ok=True)
    extra, warnings, misread = wrapper_messages(files, work_dir)
    messages = [m for m in found if (m.source, m.comment) not in misread]
    seen = {m.key: m for m in messages}
    for msg in extra:
        if msg.key in seen:
            seen[msg.key].locations += msg.locations
        else:
            seen[msg.key] = msg
            messages.append(msg)
    for msg in messages:
        msg.translation, msg.finished = [], False
    return messages, warnings


# ---- merging ----------------------------------------------------------------------------


def _copy(msg: Message) -> Message:
    return Message(
        msg.context,
        msg.source,
        msg.comment,
        msg.extracomment,
        msg.numerus,
        list(msg.locations),
    )


def merge_zh_cn(base: list[Message], old: list[Message]) -> tuple[list[Message], int]:
    """Keep old translations; fill new strings translated elsewhere with the same text."""
    by_key = {m.key: m for m in old if m.finished}
    by_source: dict[tuple[str, bool], Message] = {}
    for m in old:
        if m.finished:
            by_source.setdefault((m.source, m.numerus), m)
    out: list[Message] = []
    reused = 0
    for msg in base:
        new = _copy(msg)
        found = by_key.get(msg.key)
        if found is None and (found := by_source.get((msg.source, msg.numerus))) is not None:
            reused += 1
        if found is not None:
            new.translation, new.finished = list(found.translation), True
        out.append(new)
    return out, reused


def _converter() -> object | None:
    try:
        from opencc import OpenCC  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return None
    return OpenCC("s2twp")


def to_taiwan(text: str, converter: object) -> str:
    """Simplified → Traditional (Taiwan phrasing) with the app's term fixes."""
    result: str = converter.convert(text)  # type: ignore[attr-defined]
    for simplified_tw, taiwan in TW_TERMS.items():
        result = result.replace(simplified_tw, taiwan)
    return result


def derive_zh_tw(zh_cn: list[Message], old: list[Message]) -> tuple[list[Message], bool]:
    """zh_TW from zh_CN through OpenCC; without OpenCC keep the old zh_TW text."""
    converter = _converter()
    old_by_key = {m.key: m for m in old}
    out: list[Message] = []
    for msg in zh_cn:
        new = _copy(msg)
        if converter is not None:
            if msg.finished:
                new.translation = [to_taiwan(t, converter) for t in msg.translation]
                new.finished = True
        elif (found := old_by_key.get(msg.key)) is not None:
            new.translation, new.finished = list(found.translation), found.finished
        out.append(new)
    return out, converter is not None


def english_forms(source: str) -> list[str]:
    """One/other forms of an English numerus source: "%n name(s)" → "%n name", "%n names"."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def derive_en(base: list[Message], old: list[Message]) -> list[Message]:
    """English: the source itself; numerus strings keep edited forms or get a guess."""
    old_by_key = {m.key: m for m in old if m.finished}
    out: list[Message] = []
    for msg in base:
        new = _copy(msg)
        if msg.numerus:
            found = old_by_key.get(msg.key)
            ok = found is not None and len(found.translation) == 2
            new.translation = list(found.translation) if ok else english_forms(msg.source)  # type: ignore[union-attr]
        else:
            new.translation = [msg.source]
        new.finished = True
        out.append(new)
    return out


def ts_path(language: str) -> Path:
    return HERE / f"{PREFIX}_{language}.ts"


def qm_path(language: str) -> Path:
    return HERE / f"{PREFIX}_{language}.qm"


def compile_qm(ts: Path, qm: Path) -> None:
    """lrelease one .ts into one .qm (unfinished strings are left out: they show in English)."""
    subprocess.run(
        [qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def catalogue_path(language: str) -> Path:
    return HERE / f"{PREFIX}_{language}.messages.json"


def catalogue_text(messages: Iterable[Message]) -> str:
    """The `Messages` context's finished translations as JSON, English text → translation
    (what lrelease puts in the .qm for that context; identical texts left out)."""
    catalogue = {
        m.source: m.translation[0]
        for m in messages
        if m.context == MESSAGES_CONTEXT
        and m.finished
        and not m.numerus
        and not m.comment
        and m.translation[0] != m.source
    }
    return json.dumps(dict(sorted(catalogue.items())), ensure_ascii=False, indent=0) + "\n"


def build(work_dir: Path) -> tuple[dict[str, list[Message]], list[str], int, bool]:
    """The merged messages per language (nothing written), warnings, reused count, opencc."""
    base, warnings = collect(work_dir)
    zh_cn, reused = merge_zh_cn(base, read_ts(ts_path("zh_CN")))
    zh_tw, converted = derive_zh_tw(zh_cn, read_ts(ts_path("zh_TW")))
    en = derive_en(base, read_ts(ts_path("en")))
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}, warnings, reused, converted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only, write nothing")
    args = parser.parse_args(argv)

    languages, warnings, reused, converted = build(HERE)
    stale = False
    for language, messages in languages.items():
        done = sum(m.finished for m in messages)
        print(f"{language}: {done}/{len(messages)} translated")
        ts = ts_path(language)
        old_text = ts.read_text(encoding="utf-8") if ts.is_file() else ""
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = write_ts(Path(tmp) / ts.name, language, messages)
                compile_qm(Path(tmp) / ts.name, Path(tmp) / "x.qm")
                same_qm = qm_path(language).is_file() and (
                    (Path(tmp) / "x.qm").read_bytes() == qm_path(language).read_bytes()
                )
            catalogue = catalogue_path(language)
            same_catalogue = catalogue.is_file() and (
                catalogue.read_text(encoding="utf-8") == catalogue_text(messages)
            )
            if fresh != old_text or not same_qm or not same_catalogue:
                print(f"  {ts.name}, its .qm or its {catalogue.name} is out of date")
                stale = True
        else:
            write_ts(ts, language, messages)
            compile_qm(ts, qm_path(language))
            catalogue_path(language).write_text(catalogue_text(messages), encoding="utf-8")
    unfinished = [m for m in languages["zh_CN"] if not m.finished]
    if reused:
        print(f"{reused} new string(s) took the translation of the same text elsewhere")
    if not converted:
        print("zh_TW kept as it was: pip install opencc-python-reimplemented to derive it")
    if unfinished:
        print(f"\n{len(unfinished)} string(s) still to translate in {ts_path('zh_CN').name}:")
        for msg in unfinished:
            where = f"{msg.locations[0][0]}:{msg.locations[0][1]}" if msg.locations else ""
            print(f"  [{msg.context}] {msg.source!r}  ({where})")
    if warnings:
        print("\nTexts lupdate cannot see (computed at run time, so never translated):")
        for line in warnings:
            print(f"  {line}")
    return 1 if (args.check and (stale or unfinished)) else 0


if __name__ == "__main__":
    sys.exit(main())
