"""Safe YAML loading that remembers where every value came from (line and column)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from provenance.errors import Problem, ProvenanceError

if TYPE_CHECKING:
    import yaml

KeyPath = tuple[str | int, ...]
# Where each value starts; a mapping key's own position is stored under (*path, KEY).
Marks = dict[KeyPath, tuple[int, int]]
KEY = "\x00key"

# Aliases let a tiny file expand into a huge tree ("billion laughs"); a ruleset never needs more.
MAX_NODES = 1_000_000


@cache
def _loader() -> type[yaml.SafeLoader]:
    # Imported on first parse: with the ruleset cache warm, a start-up reads JSON and never needs PyYAML.
    import yaml

    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return loader


def format_key_path(path: KeyPath) -> str:
    """rules[3].severity from ('rules', 3, 'severity')."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load(text: str, path: str) -> tuple[Any, Marks]:
    """Parse YAML text safely; return the data and a map from key path to (line, column), 1-based."""
    import yaml

    loader = _loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        marks: Marks = {}
        _mark(node, (), marks, [MAX_NODES], path)
        return loader.construct_document(node), marks
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        raise ProvenanceError(Problem(path, f"invalid YAML: {problem}", line, col)) from None
    finally:
        loader.dispose()


def _mark(node: yaml.Node, key: KeyPath, marks: Marks, budget: list[int], path: str) -> None:
    import yaml

    budget[0] -= 1
    if budget[0] < 0:
        raise ProvenanceError(Problem(path, f"YAML expands to more than {MAX_NODES} values (alias bomb?)"))
    marks.setdefault(key, (node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            name = str(key_node.value)
            where = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if name in seen:
                raise ProvenanceError(Problem(path, f"duplicate key '{name}'", *where, format_key_path(key) or None))
            seen.add(name)
            marks[(*key, name, KEY)] = where
            _mark(value_node, (*key, name), marks, budget, path)
    elif isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            _mark(child, (*key, i), marks, budget, path)
