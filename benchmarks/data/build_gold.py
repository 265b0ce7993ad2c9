"""Build our own gold files from the marked-up articles in `marked/`: brat attributions and PTC-style loaded labels.

Markup: `[[S3 ...]]` source, `[[C3 ...]]` cue, `[[Q3 ...]]` content of attribution 3 (a span may serve several:
`[[S7,8 ...]]`; a content marked twice is one discontinuous span); `[[L ...]]` Loaded_Language and
`[[N ...]]` Name_Calling,Labeling. Spans nest. Every written span is checked against the text it claims.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPEN = re.compile(r"\[\[([SCQLN])([0-9,]*) ")
ROLES = {"S": "Source", "C": "Cue", "Q": "Content"}
TECHNIQUES = {"L": "Loaded_Language", "N": "Name_Calling,Labeling"}
ANNOTATOR = "own1"
FIRST_ID = 900001  # PTC-style article ids, far from the corpus's own


@dataclass
class Marked:
    """An article's plain text and the spans its markup gave."""

    text: str
    spans: list[tuple[str, tuple[int, ...], int, int]] = field(default_factory=list)  # kind, relation ids, start, end


def parse(source: str, name: str) -> Marked:
    """Strip the markup, recording each span's code-point offsets in the plain text."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, tuple[int, ...], int]] = []
    result = Marked("")
    i = 0
    while i < len(source):
        opened = OPEN.match(source, i)
        if opened:
            ids = tuple(int(n) for n in opened[2].split(",") if n)
            if (opened[1] in ROLES) != bool(ids):
                raise ValueError(f"{name}: {opened[0]!r} needs relation ids exactly when it is S, C or Q")
            stack.append((opened[1], ids, length))
            i = opened.end()
        elif source.startswith("]]", i):
            if not stack:
                raise ValueError(f"{name}: unbalanced ]] at {i}")
            kind, ids, start = stack.pop()
            result.spans.append((kind, ids, start, length))
            i += 2
        else:
            out.append(source[i])
            length += 1
            i += 1
    if stack:
        raise ValueError(f"{name}: unclosed [[{stack[-1][0]}")
    result.text = "".join(out)
    for kind, _, start, end in result.spans:
        words = result.text[start:end]
        if not words or words != words.strip():
            raise ValueError(f"{name}: [[{kind} span {words!r} is empty or has surrounding whitespace")
    return result


def brat(marked: Marked, name: str) -> str:
    """The .ann file: T lines for sources, cues and contents, an anchor per relation and its E line."""
    text = marked.text
    lines: list[str] = []
    t_of: dict[tuple[str, int, int], str] = {}
    fragments: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for kind, ids, start, end in marked.spans:
        if kind == "Q":
            for rel in ids:
                fragments.setdefault(("Q", rel), []).append((start, end))
    relations = sorted({rel for kind, ids, _, _ in marked.spans if kind in ROLES for rel in ids})

    def t_line(label: str, parts: list[tuple[int, int]]) -> str:
        key = (label, parts[0][0], parts[-1][1])
        if key not in t_of:
            t_of[key] = f"T{len(t_of) + 1}"
            offsets = ";".join(f"{s} {e}" for s, e in parts)
            shown = " ".join(text[s:e] for s, e in parts)
            lines.append(f"{t_of[key]}\t{label} {offsets}\t{shown}")
        return t_of[key]

    for rel in relations:
        args: list[str] = []
        cue: list[tuple[int, int]] = []
        for kind, ids, start, end in sorted(marked.spans, key=lambda s: s[2]):
            if rel in ids and kind in ("S", "C"):
                args.append(f"{ROLES[kind]}:{t_line(ROLES[kind], [(start, end)])}")
                cue += [(start, end)] if kind == "C" else []
        if len(cue) != 1:
            raise ValueError(f"{name}: attribution {rel} has {len(cue)} cues")
        if ("Q", rel) in fragments:
            args.append(f"Content:{t_line('Content', sorted(fragments[('Q', rel)]))}")
        anchor = "Attribution" if any(a.startswith("Source:") for a in args) else "Attribution-no-source"
        args.insert(0, f"{anchor}:{t_line(anchor, cue)}")
        lines.append(f"E{rel}\t{' '.join(args)}")
    return "\n".join(lines) + "\n"


def check(text: str, ann: str, name: str) -> None:
    """Every T line's text is what its offsets slice; no span starts or ends with a space; no markup left."""
    if "[[" in text or "]]" in text:
        raise ValueError(f"{name}: markup left in the text")
    for line in ann.splitlines():
        if line.startswith("T"):
            _, spec, shown = line.split("\t")
            parts = [tuple(map(int, f.split())) for f in spec.split(" ", 1)[1].split(";")]
            if " ".join(text[s:e] for s, e in parts) != shown:
                raise ValueError(f"{name}: {line!r} does not slice correctly")
            if any(text[s:e] != text[s:e].strip() or s == e for s, e in parts):
                raise ValueError(f"{name}: {line!r} has surrounding whitespace or is empty")


def main() -> int:
    """Write attribution/ and loaded/ from marked/; exit 1 on any inconsistency."""
    sources = sorted((HERE / "marked").glob("*.txt"))
    for sub in ("attribution/text", "attribution/attributions", "loaded/articles"):
        (HERE / sub).mkdir(parents=True, exist_ok=True)
    labels: list[str] = []
    for number, path in enumerate(sources):
        marked = parse(path.read_text(encoding="utf-8"), path.name)
        ann = brat(marked, path.name)
        check(marked.text, ann, path.name)
        (HERE / "attribution/text" / path.name).write_text(marked.text, encoding="utf-8", newline="")
        (HERE / "attribution/attributions" / f"{path.stem}_{ANNOTATOR}.ann").write_text(ann, encoding="utf-8")
        article = FIRST_ID + number
        (HERE / f"loaded/articles/article{article}.txt").write_text(marked.text, encoding="utf-8", newline="")
        for kind, _, start, end in sorted(marked.spans, key=lambda s: s[2]):
            if kind in TECHNIQUES:
                labels.append(f"{article}\t{TECHNIQUES[kind]}\t{start}\t{end}")
    (HERE / "loaded/train-task2-TC.labels").write_text("\n".join(labels) + "\n", encoding="utf-8")
    print(f"{len(sources)} articles, {len(labels)} loaded-language spans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
