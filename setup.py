"""Build hook: the wheel carries the runtime resources and the user guide inside `desktop/`.

`resources/` stays at the top of the repository (the PyInstaller spec and the tools that
make icons, translations and the font subset read it there); `build_py` copies the files the
app reads at run time into `desktop/assets/`, laid out as the frozen app's `resources/`
folder, where desktop/resources.py finds them. Everything else is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# the folder inside the package; desktop/resources.py (PACKAGED_RESOURCES) reads it
PACKAGED = "assets"
FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".txt"}  # .txt: the font's OFL licence


def runtime_files(root: Path = ROOT) -> dict[str, Path]:
    """{path under desktop/assets/: source file}: what packaging/qundesk.spec bundles too.

    Icons, compiled translations and message catalogues (not the .ts sources), fonts and
    the guide (README*.md with docs/screenshots/, where its links point); not the scripts
    that make them.
    """
    resources = root / "resources"
    files = {f"icons/{p.name}": p for p in sorted((resources / "icons").glob("qundesk*.png"))}
    files |= {f"i18n/{p.name}": p for p in sorted((resources / "i18n").glob("*.qm"))}
    # the command line's message catalogues (read without Qt)
    files |= {f"i18n/{p.name}": p for p in sorted((resources / "i18n").glob("*.messages.json"))}
    files |= {
        f"fonts/{p.name}": p
        for p in sorted((resources / "fonts").glob("*"))
        if p.suffix.lower() in FONT_SUFFIXES
    }
    files |= {f"guide/{p.name}": p for p in sorted(root.glob("README*.md"))}
    files |= {
        f"guide/{p.relative_to(root).as_posix()}": p
        for p in sorted((root / "docs" / "screenshots").rglob("*.png"))
    }
    return files


class BuildPyWithResources(build_py):
    """build_py that also copies `runtime_files()` into the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads resources/ in the source tree
            return
        target = self._target()
        shutil.rmtree(target, ignore_errors=True)  # nothing left over from an earlier build
        for name, source in runtime_files().items():
            out = target / name
            self.mkpath(str(out.parent))
            self.copy_file(str(source), str(out))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs: list[str] = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        return outputs + [str(self._target() / name) for name in runtime_files()]

    def _target(self) -> Path:
        return Path(self.build_lib) / "desktop" / PACKAGED


if __name__ == "__main__":  # setuptools runs this file as __main__; tests import it
    setup(cmdclass={"build_py": BuildPyWithResources})
