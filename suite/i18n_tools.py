"""Keeping the translation catalogs complete (a developer tool).

    python -m suite.i18n_tools update    # extract strings into every .ts, keep translations
    python -m suite.i18n_tools compile   # .ts -> .qm with PySide6's lrelease
    python -m suite.i18n_tools check     # list untranslated strings (exit 1 if any)
    python -m suite.i18n_tools export F  # untranslated strings to a JSON file to fill in
    python -m suite.i18n_tools apply F   # translations from such a JSON file into the .ts

Strings are found in the source with the ``ast`` module:

* ``self.tr("text")`` inside ``class C`` -> context ``C`` (Qt widgets);
* ``T("text")`` / ``T.now("text")`` where ``T = domain("ctx")`` -> context ``ctx``;
* ``Msg("ctx", "text")``, ``translate("ctx", "text")`` and
  ``QCoreApplication.translate("ctx", "text")``;
* a plugin module's ``TITLE`` -> context ``NAME`` (the plugins page shows it translated).

A catalog covers one source tree: ``suite/`` -> ``resources/i18n/suite_<lang>.ts``;
``plugins/<name>/`` -> ``plugins/<name>/i18n/<name>_<lang>.ts``. A plugin outside this
repository passes its own folders: ``python -m suite.i18n_tools update --src mypkg --ts
mypkg/i18n/mypkg``.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("zh_CN",)
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Catalog:
    source: Path
    ts_base: Path  # without _<lang>.ts

    def ts(self, lang: str) -> Path:
        return self.ts_base.parent / f"{self.ts_base.name}_{lang}.ts"


def default_catalogs(root: Path = ROOT) -> list[Catalog]:
    cats = [Catalog(root / "suite", root / "resources" / "i18n" / "suite")]
    plugins = root / "plugins"
    if plugins.is_dir():
        for folder in sorted(plugins.iterdir()):
            if (folder / "__init__.py").exists():
                cats.append(Catalog(folder, folder / "i18n" / folder.name))
    return cats


def _literal(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Extractor(ast.NodeVisitor):
    def __init__(self, file: Path) -> None:
        self.file = file
        self.domains: dict[str, str] = {}
        self.classes: list[str] = []
        self.found: list[tuple[str, str, int]] = []

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        if isinstance(value, ast.Call) and _name(value.func) == "domain" and value.args:
            ctx = _literal(value.args[0])
            if ctx:
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.domains[target.id] = ctx
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = _name(func)
        args = node.args
        # self.tr("text")
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name) \
                and func.value.id == "self" and self.classes and args:
            text = _literal(args[0])
            if text is not None:
                self.found.append((self.classes[-1], text, node.lineno))
        # T("text") and T.now("text")
        elif isinstance(func, ast.Name) and func.id in self.domains and args:
            text = _literal(args[0])
            if text is not None:
                self.found.append((self.domains[func.id], text, node.lineno))
        elif isinstance(func, ast.Attribute) and func.attr == "now" and isinstance(func.value, ast.Name) \
                and func.value.id in self.domains and args:
            text = _literal(args[0])
            if text is not None:
                self.found.append((self.domains[func.value.id], text, node.lineno))
        elif name in ("Msg", "translate", "QCoreApplication.translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            ctx, text = _literal(args[0]), _literal(args[1])
            if ctx and text is not None:
                self.found.append((ctx, text, node.lineno))
        self.generic_visit(node)


def _name(func) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        base = _name(func.value)
        return f"{base}.{func.attr}" if base else func.attr
    return ""


def _plugin_title(tree: ast.Module) -> list[tuple[str, str, int]]:
    """A plugin module's ``TITLE`` is shown translated, in its catalog under its ``NAME``."""
    values: dict[str, tuple[str, int]] = {}
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            text = _literal(node.value) if node.value is not None else None
            for target in targets:
                if isinstance(target, ast.Name) and target.id in ("NAME", "TITLE") and text:
                    values[target.id] = (text, node.lineno)
    if "NAME" in values and "TITLE" in values:
        return [(values["NAME"][0], values["TITLE"][0], values["TITLE"][1])]
    return []


def extract(source: Path) -> dict[tuple[str, str], list[str]]:
    """{(context, text): [file:line, ...]} for every translatable string under *source*."""
    out: dict[tuple[str, str], list[str]] = {}
    for file in sorted(source.rglob("*.py")):
        try:
            tree = ast.parse(file.read_text(encoding="utf-8"), str(file))
        except SyntaxError:
            continue
        ex = _Extractor(file)
        ex.visit(tree)
        ex.found += _plugin_title(tree)
        for ctx, text, line in ex.found:
            if text.strip():
                out.setdefault((ctx, text), []).append(f"{file.relative_to(source.parent)}:{line}")
    return out


def read_translations(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """{(context, source): (translation, type)} of a .ts file."""
    if not path.exists():
        return {}
    result = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            src = message.findtext("source") or ""
            node = message.find("translation")
            result[(name, src)] = ((node.text or "") if node is not None else "", node.get("type") if node is not None else None)
    return result


def write_ts(path: Path, lang: str, strings: dict[tuple[str, str], list[str]],
             old: dict[tuple[str, str], tuple[str, str | None]]) -> tuple[int, int]:
    """Write the catalog; returns (messages, unfinished)."""
    root = ET.Element("TS", version="2.1", language=lang)
    by_ctx: dict[str, list[str]] = {}
    for ctx, text in strings:
        by_ctx.setdefault(ctx, []).append(text)
    unfinished = 0
    for ctx in sorted(by_ctx):
        cnode = ET.SubElement(root, "context")
        ET.SubElement(cnode, "name").text = ctx
        for text in sorted(set(by_ctx[ctx])):
            m = ET.SubElement(cnode, "message")
            for loc in strings[(ctx, text)][:1]:
                file = loc.rpartition(":")[0]
                ET.SubElement(m, "location", filename=file)
            ET.SubElement(m, "source").text = text
            translation, kind = old.get((ctx, text), ("", "unfinished"))
            t = ET.SubElement(m, "translation")
            if translation and kind not in ("unfinished", "obsolete", "vanished"):
                t.text = translation
            else:
                if translation:
                    t.text = translation
                t.set("type", "unfinished")
                unfinished += 1
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return len(strings), unfinished


def update(catalogs: list[Catalog]) -> int:
    pending = 0
    for cat in catalogs:
        strings = extract(cat.source)
        for lang in LANGUAGES:
            path = cat.ts(lang)
            total, unfinished = write_ts(path, lang, strings, read_translations(path))
            pending += unfinished
            print(f"{path}: {total} messages, {unfinished} unfinished")
    return pending


def lrelease() -> str:
    from importlib.util import find_spec

    spec = find_spec("PySide6")  # located, not imported: this tool runs without Qt
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("PySide6 is not installed: its lrelease compiles the catalogs")
    folder = Path(list(spec.submodule_search_locations)[0])
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        if (folder / name).exists():
            return str(folder / name)
    raise SystemExit("PySide6's lrelease was not found")


def compile_ts(path: Path, out: Path | None = None) -> Path:
    out = out or path.with_suffix(".qm")
    subprocess.run([lrelease(), "-silent", str(path), "-qm", str(out)], check=True)
    return out


def compile_all(catalogs: list[Catalog]) -> None:
    for cat in catalogs:
        for lang in LANGUAGES:
            if cat.ts(lang).exists():
                print(compile_ts(cat.ts(lang)))


def missing(catalog: Catalog, lang: str = "zh_CN") -> list[tuple[str, str, str]]:
    """(context, text, where) of every string without a finished translation."""
    strings = extract(catalog.source)
    have = read_translations(catalog.ts(lang))
    out = []
    for (ctx, text), where in sorted(strings.items()):
        translation, kind = have.get((ctx, text), ("", "unfinished"))
        if not translation or kind in ("unfinished", "obsolete", "vanished"):
            out.append((ctx, text, where[0]))
    return out


def export(catalogs: list[Catalog], file: Path, lang: str = "zh_CN") -> int:
    """Untranslated strings as {catalog: {context: {text: ""}}}."""
    import json

    data: dict[str, dict[str, dict[str, str]]] = {}
    n = 0
    for cat in catalogs:
        for ctx, text, _where in missing(cat, lang):
            data.setdefault(str(cat.ts(lang).relative_to(ROOT) if cat.ts(lang).is_relative_to(ROOT) else cat.ts(lang)), {}) \
                .setdefault(ctx, {})[text] = ""
            n += 1
    file.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return n


def apply(catalogs: list[Catalog], file: Path, lang: str = "zh_CN") -> int:
    """Fill translations from a JSON file shaped like :func:`export`'s (a catalog key may
    also be "*": its contexts apply to every catalog; a context "*" to every context)."""
    import json

    data = json.loads(file.read_text(encoding="utf-8"))
    filled = 0
    for cat in catalogs:
        path = cat.ts(lang)
        key = str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        given: dict[str, dict[str, str]] = {}
        for block in (data.get("*", {}), data.get(key, {})):
            for ctx, pairs in block.items():
                given.setdefault(ctx, {}).update(pairs)
        strings = extract(cat.source)
        old = read_translations(path)
        for (ctx, text) in strings:
            value = given.get(ctx, {}).get(text) or given.get("*", {}).get(text)
            if value:
                old[(ctx, text)] = (value, None)
                filled += 1
        write_ts(path, lang, strings, old)
    return filled


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m suite.i18n_tools")
    p.add_argument("action", choices=["update", "compile", "check", "export", "apply"])
    p.add_argument("file", nargs="?", type=Path, help="JSON file for export / apply")
    p.add_argument("--src", type=Path, help="source folder of one catalog (default: suite/ and every plugins/<name>/)")
    p.add_argument("--ts", type=Path, help="catalog path without _<lang>.ts (with --src)")
    args = p.parse_intermixed_args(argv)  # the JSON file may come after the options
    catalogs = [Catalog(args.src, args.ts)] if args.src and args.ts else default_catalogs()
    if args.action == "update":
        update(catalogs)
        return 0
    if args.action == "compile":
        compile_all(catalogs)
        return 0
    if args.action == "export":
        print(f"{export(catalogs, args.file)} untranslated string(s) written to {args.file}")
        return 0
    if args.action == "apply":
        print(f"{apply(catalogs, args.file)} translation(s) applied")
        compile_all(catalogs)
        return 0
    bad = 0
    for cat in catalogs:
        for ctx, text, where in missing(cat):
            print(f"{where}: [{ctx}] {text}")
            bad += 1
    print(f"{bad} untranslated string(s)")
    return 1 if bad else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
