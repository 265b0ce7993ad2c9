"""Reading brat standoff corpora in the PolNeAR layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.evaluation.brat import parse_ann, read_corpus

TEXT = "“We will win,” said Ann Lee. “No doubt.”\nThe mayor said the bridge would reopen.\n"
ANN = (
    "T1\tContent 0 14;29 40\t“We will win,” “No doubt.”\n"
    "T2\tCue 15 19\tsaid\n"
    "T3\tSource 20 27\tAnn Lee\n"
    "T4\tAttribution 15 19\tsaid\n"
    "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n"
    "#1\tAnnotatorNotes T1\ta note\n"
)


def write_corpus(root: Path, docs: dict[str, tuple[str, str]]) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for name, (text, ann) in docs.items():
        (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
        (root / "attributions" / f"{name}_ab12.ann").write_text(ann, encoding="utf-8", newline="")
    return root


def test_spans_relations_and_discontinuous_fragments() -> None:
    spans, relations, problems = parse_ann(ANN, TEXT, "x.ann")
    assert problems == []
    assert spans["T1"].fragments == ((0, 14), (29, 40))
    assert spans["T1"].text(TEXT, " ") == "“We will win,” “No doubt.”"
    assert spans["T3"].text(TEXT) == "Ann Lee"
    assert relations[0].arguments == (("Attribution", "T4"), ("Content", "T1"), ("Cue", "T2"), ("Source", "T3"))


def test_broken_line_is_reported_with_its_line_and_the_rest_kept() -> None:
    ann = "T1\tCue 15 19\tsaid\nT2 Source twenty\nT3\tSource 900 905\tnope\nT4\tSource 20 27\tAnn Lee\n"
    spans, _, problems = parse_ann(ann, TEXT, "x.ann")
    assert sorted(spans) == ["T1", "T4"]
    assert [(p.path, p.line) for p in problems] == [("x.ann", 2), ("x.ann", 3)]


def test_span_text_running_over_a_newline_continues_on_the_next_line() -> None:
    text = "He said:\nfirst line\nsecond line\n"
    ann = "T1\tContent 9 31\tfirst line\nsecond line\nT2\tCue 3 8\tsaid:\n"
    spans, _, problems = parse_ann(ann, text, "x.ann")
    assert problems == []
    assert sorted(spans) == ["T1", "T2"]


def test_shared_spans_count_once_and_cue_of_links_content_to_its_cue() -> None:
    ann = ANN + "T5\tCue 15 19\tsaid\nT6\tContent 30 39\tNo doubt.\nE2\tAttribution:T4 Content:T6 Cue:T5 Source:T3\n"
    spans, relations, _ = parse_ann(ann, TEXT, "x.ann")
    from provenance.evaluation.brat import BratDocument

    doc = BratDocument("x", TEXT, spans, tuple(relations))
    assert [tid for tid, _ in doc.labelled("Cue")] == ["T2"]  # T5 is the same extent
    assert [tid for tid, _ in doc.labelled("Content")] == ["T1", "T6"]
    cue = doc.cue_of("T6")
    assert cue is not None and cue.text(TEXT) == "said"


def test_corpus_takes_the_first_annotator_file_and_names_what_it_skips(tmp_path: Path) -> None:
    root = write_corpus(tmp_path / "gold", {"a": (TEXT, ANN), "b_c": ("nothing here", "")})
    (root / "attributions" / "a_zz99.ann").write_text("T1\tCue 0 1\tx\n", encoding="utf-8")
    (root / "attributions" / "orphan_ab12.ann").write_text("", encoding="utf-8")
    (root / "text" / "lonely.txt").write_text("no annotations", encoding="utf-8")
    docs, problems = read_corpus(root)
    assert [d.name for d in docs] == ["a", "b_c"]
    assert "T3" in docs[0].spans  # from a_ab12.ann, the first in sorted order
    assert sorted(Path(p.path).name for p in problems) == ["lonely.txt", "orphan_ab12.ann"]
    assert [d.name for d in read_corpus(root, limit=1)[0]] == ["a"]


def test_missing_layout_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ProvenanceError) as info:
        read_corpus(tmp_path / "nowhere")
    assert info.value.problems[0].path == str(tmp_path / "nowhere")
    (tmp_path / "text").mkdir()
    with pytest.raises(ProvenanceError) as info:
        read_corpus(tmp_path)
    assert info.value.problems[0].path == str(tmp_path / "attributions")
    (tmp_path / "attributions").mkdir()
    with pytest.raises(ProvenanceError, match="no annotated texts"):
        read_corpus(tmp_path)
