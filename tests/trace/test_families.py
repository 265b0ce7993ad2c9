"""Tests for provenance/trace/families.py."""

from __future__ import annotations

from provenance.trace.families import outlet_counts, reuse_families
from provenance.trace.render_json import families_dict
from provenance.trace.render_markdown import families_markdown
from provenance.trace.sources import SourceText

from .articles import ORIGIN, UNRELATED, republish


def test_copies_form_one_family_rooted_at_the_fuller_original() -> None:
    corpus = [
        SourceText("wire/origin.txt", ORIGIN, "Harbor Post"),
        SourceText("site-a/copy.txt", republish(headline="Harbor vote", drop=("Work on the channel",)), "Site A"),
        # Site B adds a paragraph (so it is the fuller text) but credits Harbor Post: it is the copier.
        SourceText(
            "site-b/copy.txt",
            republish(append="Our own comment on the harbor vote, at length and with several words of our own."),
            "Site B",
        ),
        SourceText("library.txt", UNRELATED, "Campus News"),
    ]
    [family] = reuse_families(corpus)
    assert family.root == "wire/origin.txt"
    assert family.members == ("site-a/copy.txt", "site-b/copy.txt", "wire/origin.txt")
    assert {(e.republisher, e.origin) for e in family.edges} >= {
        ("site-a/copy.txt", "wire/origin.txt"),
        ("site-b/copy.txt", "wire/origin.txt"),
    }
    assert all(0.2 <= e.coverage <= 1.0 for e in family.edges)
    outlets = {t.path: t.outlet for t in corpus}
    counts = outlet_counts([family], outlets.get)
    assert sum(n for _, _, n in counts) == len(family.edges)
    assert ("Site A", "Harbor Post", 1) in counts


def test_no_reuse_no_family() -> None:
    assert reuse_families([SourceText("a.txt", ORIGIN), SourceText("b.txt", UNRELATED)]) == []


def test_a_text_given_twice_is_one_text() -> None:
    # `trace DIR --against DIR --families`: every article is also a source.
    twice = [SourceText("a.txt", ORIGIN), SourceText("b.txt", UNRELATED)] * 2
    assert reuse_families(twice) == []
    [family] = reuse_families([SourceText("a.txt", ORIGIN), SourceText("c.txt", republish())] * 2)
    assert family.members == ("a.txt", "c.txt") and len(family.edges) == 1


def test_families_render_as_markdown_and_json() -> None:
    corpus = [
        SourceText("wire/origin.txt", ORIGIN, "Harbor Post"),
        SourceText("site-a/copy.txt", republish(headline="Harbor vote", drop=("Work on the channel",)), "Site *A*"),
    ]
    families = reuse_families(corpus)
    outlets = {t.path: t.outlet for t in corpus}
    text = families_markdown(families, outlets.get)
    assert "| Site \\*A\\* | Harbor Post | 1 |" in text
    assert "- site-a/copy.txt reuses wire/origin.txt (" in text
    data = families_dict(families)
    assert data["families"][0]["root"] == "wire/origin.txt"
    assert "No article reuses another" in families_markdown([], outlets.get)


def test_dates_decide_who_copied_whom() -> None:
    # The second site added a paragraph of its own: undated, the fuller text would pass for the original.
    fuller = republish(credit=None, append="A paragraph of background written by this site, with words of its own.")
    corpus = [
        SourceText("first.txt", ORIGIN, "First Site", published="2024-03-01"),
        SourceText("second.txt", fuller, "Second Site", published="2024-03-02T08:00"),
    ]
    [family] = reuse_families(corpus)
    assert [(e.republisher, e.origin) for e in family.edges] == [("second.txt", "first.txt")]
    undated = [SourceText(s.path, s.text, s.outlet) for s in corpus]
    [family] = reuse_families(undated)
    assert [(e.republisher, e.origin) for e in family.edges] == [("first.txt", "second.txt")]
