"""Read brat standoff attribution corpora in the PolNeAR layout: `text/NAME.txt` + `attributions/NAME_<annotator>.ann`.

Every T annotation labelled Cue, Source or Content is one gold item, counted once however many
relations (E lines) share it; a relation with two contents (PolNeAR's `Content2` role) thus gives
two content items. Discontinuous spans keep their fragments (see `spans`). Relations are kept only
to tell which cue a content or source belongs to, for reporting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import Problem, ProvenanceError
from provenance.evaluation.spans import Fragment, LabeledSpan

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t(.*))?$")
_E_LINE = re.compile(r"^(E\d+)\t(\S+:\S+(?: \S+:\S+)*)\s*$")
# Other brat annotation kinds (attributes, notes, normalisations, relations) carry nothing we score.
_IGNORED = re.compile(r"^(?:[ARNM#*]\d*)\t")


@dataclass(frozen=True, slots=True)
class Relation:
    """One E line: role -> T id, roles in file order (a role may repeat)."""

    id: str
    arguments: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class BratDocument:
    """One annotated text: its name, text, T annotations by id and relations."""

    name: str
    text: str
    spans: dict[str, LabeledSpan]
    relations: tuple[Relation, ...]

    def labelled(self, label: str) -> list[tuple[str, LabeledSpan]]:
        """(T id, span) of one label, duplicates of the same extent dropped, in text order."""
        seen: dict[tuple[Fragment, ...], str] = {}
        for tid, span in self.spans.items():
            if span.label == label and span.fragments not in seen:
                seen[span.fragments] = tid
        return sorted(((tid, self.spans[tid]) for tid in seen.values()), key=lambda item: item[1].fragments)

    def cue_of(self, tid: str) -> LabeledSpan | None:
        """The cue of the first relation that has T `tid` as an argument."""
        for relation in self.relations:
            if any(t == tid for _, t in relation.arguments):
                for role, other in relation.arguments:
                    if role == "Cue" and other in self.spans:
                        return self.spans[other]
        return None


def parse_ann(content: str, text: str, path: str) -> tuple[dict[str, LabeledSpan], list[Relation], list[Problem]]:
    """T spans and E relations of one .ann file; unreadable lines become problems and are skipped."""
    spans: dict[str, LabeledSpan] = {}
    relations: list[Relation] = []
    problems: list[Problem] = []
    continuation = 0  # brat writes a span's newlines verbatim, so its text field can run onto further lines
    for number, line in enumerate(content.split("\n"), start=1):
        line = line.rstrip("\r")
        t_line, e_line = _T_LINE.match(line), _E_LINE.match(line)
        if t_line:
            # Fragments are kept in text order; brat files occasionally list them otherwise.
            fragments = tuple(sorted((int(a), int(b)) for a, b in (f.split() for f in t_line[3].split(";"))))
            if any(not 0 <= s <= e <= len(text) for s, e in fragments):
                problems.append(
                    Problem(path, f"span {t_line[3]} lies outside the text ({len(text)} characters)", number)
                )
                continuation = 0
                continue
            spans[t_line[1]] = LabeledSpan(t_line[2], fragments)
            continuation = sum(text[s:e].count("\n") for s, e in fragments)
        elif e_line:
            arguments = tuple((role, ref) for role, ref in (a.split(":", 1) for a in e_line[2].split()))
            relations.append(Relation(e_line[1], arguments))
            continuation = 0
        elif _IGNORED.match(line) or not line.strip():
            continuation = 0 if line.strip() else continuation
        elif continuation > 0:
            continuation -= 1
        else:
            problems.append(Problem(path, "cannot read this annotation line; skipped", number))
    return spans, relations, problems


def _annotation_files(folder: Path) -> dict[str, Path]:
    """The first .ann file (in sorted order) for each name: `NAME.ann` or `NAME_<annotator>.ann`."""
    chosen: dict[str, Path] = {}
    for ann in sorted(folder.glob("*.ann")):
        chosen.setdefault(ann.stem, ann)
        if "_" in ann.stem:
            chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return chosen


def read_corpus(root: Path, limit: int | None = None) -> tuple[list[BratDocument], list[Problem]]:
    """Every annotated text under `root`; raises ProvenanceError when the layout is missing."""
    text_dir, ann_dir = root / "text", root / "attributions"
    for folder in (root, text_dir, ann_dir):
        if not folder.is_dir():
            raise ProvenanceError(
                Problem(str(folder), "no such folder; expected DIR/text/*.txt and DIR/attributions/*.ann")
            )
    annotations = _annotation_files(ann_dir)
    texts = sorted(text_dir.glob("*.txt"))
    if not texts or not annotations:
        raise ProvenanceError(Problem(str(root), "no annotated texts found (text/*.txt with attributions/*.ann)"))
    documents: list[BratDocument] = []
    problems: list[Problem] = []
    for text_path in texts:
        if limit is not None and len(documents) >= limit:
            break
        ann = annotations.get(text_path.stem)
        if ann is None:
            problems.append(Problem(str(text_path), "no .ann file in attributions/; not scored"))
            continue
        try:
            text = text_path.read_bytes().decode("utf-8-sig")
            content = ann.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(text_path), f"cannot read: {exc}; not scored"))
            continue
        spans, relations, found = parse_ann(content, text, str(ann))
        problems.extend(found)
        documents.append(BratDocument(text_path.stem, text, spans, tuple(relations)))
    names = {t.stem for t in texts}
    stray = [a for a in sorted(ann_dir.glob("*.ann")) if a.stem not in names and a.stem.rsplit("_", 1)[0] not in names]
    problems.extend(Problem(str(path), "no matching text in text/; not scored") for path in stray)
    return documents, problems
