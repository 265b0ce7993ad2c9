"""Rule packs: folders of rulesets, and the `pack.yaml` that names a pack and says what it builds on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from provenance.errors import Problem, ProvenanceError
from provenance.ruleset.schema import locate, schema_problems
from provenance.ruleset.yamlsource import Marks, load

_PACKAGED = Path(__file__).resolve().parent.parent / "default_rules"
_SOURCE_TREE = Path(__file__).resolve().parent.parent.parent / "rules"
PACK_FILES = ("pack.yaml", "pack.yml")
DEFAULT = "default"


@dataclass(frozen=True, slots=True)
class Pack:
    """A folder of ruleset files (or one file) whose rule ids start with `name.`."""

    name: str
    folder: Path


@dataclass(frozen=True, slots=True)
class Disable:
    """A rule id prefix a pack turns off, and where it says so."""

    prefix: str
    where: Problem  # the location to report if the prefix matches no rule


@dataclass(frozen=True, slots=True)
class ResolvedPacks:
    """Packs in load order (what a pack extends comes before it) and the id prefixes they disable."""

    packs: list[Pack] = field(default_factory=list)
    disabled: list[Disable] = field(default_factory=list)


def default_pack() -> Pack:
    """The shipped rules: package data in a wheel, or `rules/` in a source checkout."""
    return Pack(DEFAULT, _PACKAGED if _PACKAGED.is_dir() else _SOURCE_TREE)


def user_pack(path: Path) -> Pack:
    """A pack for a folder (or a single ruleset file) named on the command line."""
    stem = path.stem if path.is_file() else path.name
    return Pack(re.sub(r"[^a-z0-9-]", "-", stem.lower()).strip("-") or "user", path)


def user_packs(paths: Sequence[Path], no_default: bool = False) -> list[Pack]:
    """The default pack (unless turned off) followed by the given folders."""
    return ([] if no_default else [default_pack()]) + [user_pack(p) for p in paths]


def ruleset_files(folder: Path) -> list[Path]:
    """The YAML ruleset files of a pack, in a stable order; pack.yaml is the pack's own settings."""
    if folder.is_file():
        return [folder]
    found = (p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    return sorted(p for p in found if not (p.parent == folder and p.name in PACK_FILES))


def _pack_file(folder: Path) -> Path | None:
    return next((folder / n for n in PACK_FILES if folder.is_dir() and (folder / n).is_file()), None)


def _read_pack_file(path: Path) -> tuple[dict[str, Any], Marks]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProvenanceError(Problem(str(path), f"cannot read pack file: {exc}")) from None
    data, marks = load(text, str(path))
    data = {} if data is None else data
    problems = schema_problems(data, marks, str(path), schema="pack")
    if problems:
        raise ProvenanceError(problems)
    return data, marks


def resolve_packs(packs: Sequence[Pack]) -> ResolvedPacks:
    """Follow each pack's `extends:`, parents first, each folder once; raises listing every problem."""
    resolved = ResolvedPacks()
    problems: list[Problem] = []
    done: dict[Path, str] = {}

    def visit(pack: Pack, chain: tuple[Path, ...]) -> None:
        key = pack.folder.resolve()
        if key in done:
            return
        if not pack.folder.exists():
            problems.append(Problem(str(pack.folder), "rules folder not found"))
            return
        pack_file = _pack_file(pack.folder)
        name = pack.name
        if pack_file is not None:
            try:
                data, marks = _read_pack_file(pack_file)
            except ProvenanceError as exc:
                problems.extend(exc.problems)
                return
            name = str(data.get("name", name))
            for i, parent in enumerate(data.get("extends", [])):
                target = default_pack() if parent == DEFAULT else user_pack((pack.folder / str(parent)).resolve())
                if target.folder.resolve() in (*chain, key):
                    where = locate(marks, ("extends", i))
                    problems.append(Problem(str(pack_file), f"extends '{parent}', which extends this pack", *where))
                    continue
                if not target.folder.exists():
                    where = locate(marks, ("extends", i))
                    problems.append(Problem(str(pack_file), f"extends '{parent}': no such folder", *where))
                    continue
                visit(target, (*chain, key))
            for i, prefix in enumerate(data.get("disable", [])):
                origin = Problem(str(pack_file), "", *locate(marks, ("disable", i)), f"disable[{i}]")
                resolved.disabled.append(Disable(str(prefix), origin))
        if name in done.values():
            other = next(folder for folder, n in done.items() if n == name)
            problems.append(Problem(str(pack_file or pack.folder), f"pack name '{name}' is also used by {other}"))
            return
        done[key] = name
        resolved.packs.append(Pack(name, pack.folder))

    for pack in packs:
        visit(pack, ())
    if problems:
        raise ProvenanceError(problems)
    return resolved
