"""Read the Propaganda Techniques Corpus layout: `DIR/articles/article<ID>.txt` plus a span labels file."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import Problem, ProvenanceError
from provenance.evaluation.spans import LabeledSpan

DEFAULT_TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")
LABELS_FILE = "train-task2-TC.labels"


@dataclass(frozen=True, slots=True)
class PtcArticle:
    """One article: its id, text and the gold spans of the chosen techniques (merged where they overlap)."""

    id: str
    text: str
    spans: tuple[LabeledSpan, ...]


def merged(spans: Collection[LabeledSpan], label: str) -> tuple[LabeledSpan, ...]:
    """Overlapping or identical spans joined into one (techniques are scored as one class)."""
    result: list[tuple[int, int]] = []
    for start, end in sorted((s.start, s.end) for s in spans):
        if result and start < result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return tuple(LabeledSpan(label, ((s, e),)) for s, e in result)


def labels_file(root: Path) -> Path:
    """`train-task2-TC.labels` in `root`, else its only `*.labels` file; raises ProvenanceError otherwise."""
    preferred = root / LABELS_FILE
    if preferred.is_file():
        return preferred
    found = sorted(p for p in root.glob("*TC.labels") if p.is_file()) or sorted(root.glob("*.labels"))
    if len(found) != 1:
        raise ProvenanceError(Problem(str(root), f"expected {LABELS_FILE} (or one *.labels file) in this folder"))
    return found[0]


def parse_labels(content: str, path: str) -> tuple[list[tuple[str, str, int, int]], list[Problem]]:
    """(article id, technique, start, end) per line; unreadable lines become problems and are skipped."""
    rows: list[tuple[str, str, int, int]] = []
    problems: list[Problem] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 4 or not parts[2].isdigit() or not parts[3].isdigit() or int(parts[2]) > int(parts[3]):
            problems.append(Problem(path, "expected <id>\\t<technique>\\t<start>\\t<end>; line skipped", number))
            continue
        rows.append((parts[0], parts[1], int(parts[2]), int(parts[3])))
    return rows, problems


def read_corpus(
    root: Path, techniques: Collection[str] = DEFAULT_TECHNIQUES, limit: int | None = None, label: str = "Loaded"
) -> tuple[list[PtcArticle], list[Problem]]:
    """Every article under `root/articles` with its gold spans; raises ProvenanceError when the layout is missing."""
    folder = root / "articles"
    for needed in (root, folder):
        if not needed.is_dir():
            raise ProvenanceError(Problem(str(needed), "no such folder; expected DIR/articles/article<ID>.txt"))
    source = labels_file(root)
    try:
        rows, problems = parse_labels(source.read_text(encoding="utf-8-sig"), str(source))
    except (OSError, UnicodeDecodeError) as exc:
        raise ProvenanceError(Problem(str(source), f"cannot read: {exc}")) from None
    by_article: dict[str, list[LabeledSpan]] = {}
    for article_id, technique, start, end in rows:
        if technique in techniques:
            by_article.setdefault(article_id, []).append(LabeledSpan(label, ((start, end),)))
    paths = sorted(folder.glob("article*.txt"))
    if not paths:
        raise ProvenanceError(Problem(str(folder), "no article<ID>.txt files found"))
    articles: list[PtcArticle] = []
    for path in paths[:limit]:
        article_id = path.stem.removeprefix("article")
        try:
            text = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(path), f"cannot read: {exc}; not scored"))
            continue
        spans = by_article.get(article_id, [])
        outside = [s for s in spans if s.end > len(text)]
        problems.extend(
            Problem(str(source), f"article {article_id}: span {s.start}-{s.end} past the text") for s in outside
        )
        articles.append(PtcArticle(article_id, text, merged([s for s in spans if s not in outside], label)))
    return articles, problems
