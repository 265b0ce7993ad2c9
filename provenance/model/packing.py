"""A Document's compact pickled form: every span as offsets into the one text, every part rebuilt by its constructor.

A batch's workers send each Document to the parent (`io/workers.py`), which unpickles it on the critical path.
Pickled field by field, a Document carried the text of each of its spans (about three times the article), and
each frozen slotted part unpickled through the dataclasses module's Python-level `__setstate__`. Packed, a Span
whose text is its slice of the Document's text travels as `(start, end)`; any other part travels as its class
and its field values, and is rebuilt by calling the class.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from enum import Enum
from operator import attrgetter
from typing import Any

from provenance.model import document
from provenance.model.document import Document, Span

# Field annotations whose values hold no part of the model: pickle sends them as they are.
_ENUMS = {name for name, value in vars(document).items() if isinstance(value, type) and issubclass(value, Enum)}
_PLAIN = frozenset({"str", "int", "float", "bool", "None", "tuple[str, ...]", *_ENUMS})


class _Plan:
    """How one dataclass is packed: a getter of all its field values, and the positions that hold parts."""

    __slots__ = ("deep", "values")

    def __init__(self, cls: type) -> None:
        names = [f.name for f in fields(cls)]
        getter = attrgetter(*names)
        self.values: Any = getter if len(names) > 1 else (lambda obj: (getter(obj),))
        self.deep = tuple(i for i, f in enumerate(fields(cls)) if not _plain(str(f.type)))


def _plain(annotation: str) -> bool:
    return all(part.strip() in _PLAIN for part in annotation.split("|"))


_PLANS: dict[type, _Plan | None] = {}


def _plan(cls: type) -> _Plan | None:
    """The plan of a dataclass whose fields are all set by its constructor, else None (pickled as it is)."""
    if cls not in _PLANS:
        usable = is_dataclass(cls) and all(f.init for f in fields(cls))
        _PLANS[cls] = _Plan(cls) if usable else None
    return _PLANS[cls]


_TEXT = [f.name for f in fields(Document)].index("text")


def pack(doc: Document) -> tuple[Any, ...]:
    """The Document as nested tuples: a part is (class, *fields), a span (start, end[, text]), a tuple a list."""
    text = doc.text

    def packed(value: Any) -> Any:
        kind = type(value)
        if kind is Span:
            start, end = value.start, value.end
            return (start, end) if value.text == text[start:end] else (start, end, value.text)
        if kind is tuple:
            return [packed(item) for item in value]
        plan = _PLANS[kind] if kind in _PLANS else _plan(kind)
        if plan is None:
            return value
        values = list(plan.values(value))
        for i in plan.deep:
            values[i] = packed(values[i])
        return (kind, *values)

    return packed(doc)  # type: ignore[no-any-return]


def unpack(packed: tuple[Any, ...]) -> Document:
    """The Document `pack` made: each span's text sliced from the Document's text."""
    text = packed[1 + _TEXT]
    return _unpacked(packed, text)  # type: ignore[no-any-return]


def _unpacked(value: Any, text: str) -> Any:
    kind = type(value)
    if kind is tuple:
        head = value[0]
        if type(head) is int:
            return Span(head, value[1], text[head : value[1]]) if len(value) == 2 else Span(*value)
        args = list(value[1:])
        plan = _PLANS[head] if head in _PLANS else _plan(head)
        for i in plan.deep:  # type: ignore[union-attr]
            args[i] = _unpacked(args[i], text)
        return head(*args)
    if kind is list:
        # Most lists are spans (sentences, mentions): built here without a call per item.
        return tuple(
            [
                Span(item[0], item[1], text[item[0] : item[1]])
                if type(item) is tuple and len(item) == 2 and type(item[0]) is int
                else _unpacked(item, text)
                for item in value
            ]
        )
    return value
