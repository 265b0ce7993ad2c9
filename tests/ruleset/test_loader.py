"""Broken rulesets give one clear, located error each, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.ruleset.cache import RulesetCache
from provenance.ruleset.loader import Pack, default_pack, load_rulebook, read_ruleset, ruleset_files, user_packs
from provenance.ruleset.rulebook import Rulebook
from provenance.ruleset.rules import PatternRule

GOOD_RULE = """\
ruleset: mine
rules:
  - id: words
    type: terms
    category: loaded-term
    terms: [bad]
    examples: {match: [a bad day], no_match: [a good day]}
"""


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProvenanceError) as caught:
        read_ruleset(path, "user")
    return [str(p).replace(str(path), "r.yaml") for p in caught.value.problems]


def test_good_ruleset_loads(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(GOOD_RULE, encoding="utf-8")
    (rule,) = read_ruleset(tmp_path / "r.yaml", "user")
    assert rule.meta.id == "user.mine.words"
    assert rule.meta.line == 3


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (
            GOOD_RULE.replace("terms: [bad]", "terms: [bad"),
            "r.yaml:7:13: invalid YAML: did not find expected ',' or ']'",
        ),
        (
            GOOD_RULE.replace("    category:", "    colour: red\n    category:"),
            "r.yaml:5:5: rules[0].colour: unknown key 'colour'",
        ),
        (
            GOOD_RULE.replace("    category:", "    severity: warn\n    category:"),
            "r.yaml:5:15: rules[0].severity: expected one of info, warning, error, got 'warn'",
        ),
        (GOOD_RULE.replace("terms: [bad]", "terms: 7"), "r.yaml:6:12: rules[0].terms: expected array, got int 7"),
        (GOOD_RULE + GOOD_RULE.split("rules:\n")[1], "r.yaml:8:9: rules[1].id: duplicate rule id 'words'"),
        (
            GOOD_RULE.replace("type: terms", "type: pattern").replace("terms: [bad]", "regex: ['(unclosed']"),
            "r.yaml:6:13: rules[0].regex[0]: cannot compile '(unclosed'",
        ),
        (
            GOOD_RULE.replace("type: terms", "type: pattern").replace("terms: [bad]", "patterns: ['{nobody} said']"),
            "r.yaml:6:16: rules[0].patterns[0]: cannot compile '{nobody} said': unknown slot {nobody}",
        ),
        (GOOD_RULE.replace("terms: [bad]", "terms: [no]"), "(YAML reads yes/no/on/off/true/false as booleans"),
    ],
    ids=["yaml-syntax", "unknown-key", "bad-enum", "wrong-type", "duplicate-id", "bad-regex", "unknown-slot", "bool"],
)
def test_broken_ruleset_is_located(tmp_path: Path, broken: str, expected: str) -> None:
    problems = _problems(tmp_path, broken)
    assert len(problems) == 1, problems
    assert expected in problems[0]


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("    category:", "    severity: warn\n    colour: red\n    category:")
    assert len(_problems(tmp_path, text)) == 2


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 8)]
    (problem,) = _problems(tmp_path, "\n".join(lines) + "\n")
    assert "alias bomb" in problem


def test_python_object_tags_are_not_constructed(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, "ruleset: !!python/object/apply:os.system ['echo hi']\nrules: []\n")
    assert "invalid YAML" in problem


def test_rulebook_disables_by_prefix(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(GOOD_RULE, encoding="utf-8")
    assert load_rulebook([Pack("user", tmp_path)], disabled=["user.mine"]).rules == ()
    assert len(load_rulebook([Pack("user", tmp_path)]).rules) == 1


def test_missing_folder_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(ProvenanceError, match="rules folder not found"):
        load_rulebook([Pack("user", tmp_path / "nope")])


# --- packs: pack.yaml, extends, disable --------------------------------------------------------


def _pack(folder: Path, pack_yaml: str | None, rules: str = GOOD_RULE) -> Path:
    folder.mkdir(parents=True)
    (folder / "r.yaml").write_text(rules, encoding="utf-8")
    if pack_yaml is not None:
        (folder / "pack.yaml").write_text(pack_yaml, encoding="utf-8")
    return folder


def _ids(book: Rulebook) -> list[str]:
    return [r.meta.id for r in book.rules]


def test_pack_extends_default_and_disables_by_prefix(tmp_path: Path) -> None:
    folder = _pack(tmp_path / "folder", "name: newsroom\nextends: [default]\ndisable: [default.loaded.labelling]\n")
    ids = _ids(load_rulebook([Pack("ignored", folder)]))
    assert "newsroom.mine.words" in ids
    assert "default.loaded.delegitimizing" in ids and "default.loaded.labelling" not in ids
    # pack.yaml is the pack's settings, not a ruleset
    assert not any(".pack." in i for i in ids)


def test_default_is_loaded_once_when_also_extended(tmp_path: Path) -> None:
    folder = _pack(tmp_path / "newsroom", "extends: [default]\n")
    ids = _ids(load_rulebook([default_pack(), Pack("newsroom", folder)]))
    assert len(ids) == len(set(ids))
    assert ids[-1] == "newsroom.mine.words"


def test_pack_extends_a_relative_folder(tmp_path: Path) -> None:
    _pack(tmp_path / "shared", "name: shared\n", GOOD_RULE.replace("terms: [bad]", "terms: [grim]"))
    folder = _pack(tmp_path / "desk", "name: desk\nextends: [../shared]\n")
    assert _ids(load_rulebook([Pack("desk", folder)])) == ["shared.mine.words", "desk.mine.words"]


def test_extends_cycle_and_missing_folder_are_located(tmp_path: Path) -> None:
    _pack(tmp_path / "a", "extends: [../b]\n")
    _pack(tmp_path / "b", "extends: [../a, ../nowhere]\n")
    with pytest.raises(ProvenanceError) as caught:
        load_rulebook([Pack("a", tmp_path / "a")])
    messages = sorted(str(p).replace(str(tmp_path), "T") for p in caught.value.problems)
    assert messages == [
        "T/b/pack.yaml:1:11: extends '../a', which extends this pack",
        "T/b/pack.yaml:1:17: extends '../nowhere': no such folder",
    ]


def test_pack_file_is_validated(tmp_path: Path) -> None:
    folder = _pack(tmp_path / "p", "name: Bad Name\nextend: [default]\n")
    with pytest.raises(ProvenanceError) as caught:
        load_rulebook([Pack("p", folder)])
    messages = [str(p).replace(str(folder), "P") for p in caught.value.problems]
    assert messages[0].startswith("P/pack.yaml:1:7: name: 'Bad Name' must match")
    assert messages[1] == "P/pack.yaml:2:1: extend: unknown key 'extend'"


def test_disabling_a_prefix_that_matches_nothing_is_reported(tmp_path: Path) -> None:
    folder = _pack(tmp_path / "p", "extends: [default]\ndisable: [default.loded]\n")
    with pytest.raises(ProvenanceError) as caught:
        load_rulebook([Pack("p", folder)])
    (problem,) = caught.value.problems
    assert str(problem).endswith("pack.yaml:2:11: disable[0]: 'default.loded' matches no rule id")


def test_two_packs_with_one_name_are_refused(tmp_path: Path) -> None:
    a = _pack(tmp_path / "a", "name: same\n")
    b = _pack(tmp_path / "b", "name: same\n")
    with pytest.raises(ProvenanceError, match="pack name 'same' is also used by"):
        load_rulebook([Pack("a", a), Pack("b", b)])


def test_a_single_file_is_a_pack(tmp_path: Path) -> None:
    path = tmp_path / "House Style.yaml"
    path.write_text(GOOD_RULE, encoding="utf-8")
    assert _ids(load_rulebook(user_packs([path], no_default=True))) == ["house-style.mine.words"]


def test_enabled_false_turns_a_rule_off(tmp_path: Path) -> None:
    folder = _pack(tmp_path / "p", None, GOOD_RULE.replace("    type: terms", "    enabled: false\n    type: terms"))
    assert load_rulebook([Pack("p", folder)]).rules == ()


# --- metadata and inflection ------------------------------------------------------------------


def test_explanation_and_references_reach_the_rule(tmp_path: Path) -> None:
    text = GOOD_RULE.replace(
        "    terms:",
        "    reference: https://example.org/a\n    explanation: Means x.\n    references: [Book, p. 3]\n    terms:",
    )
    (rule,) = read_ruleset(_pack(tmp_path / "p", None, text) / "r.yaml", "user")
    assert rule.meta.explanation == "Means x."
    assert rule.meta.references == ("https://example.org/a", "Book", "p. 3")


def test_every_shipped_rule_has_an_explanation(book: Rulebook) -> None:
    assert [r.meta.id for r in book.rules if not r.meta.explanation] == []


def test_one_inflected_entry_matches_every_form(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("terms: [bad]", "terms: [{term: slam, inflect: verb}]").replace(
        "{match: [a bad day], no_match: [a good day]}", "{match: [They slam it.], no_match: [a slamdunk]}"
    )
    book = load_rulebook([Pack("user", _pack(tmp_path / "p", None, text))])
    text = "She slams it, he slammed it, they are slamming it, we slam it; a slamdunk and slammer do not count."
    hits = [text[h.start : h.end] for h in book.terms.find(text)]
    assert hits == ["slams", "slammed", "slamming", "slam"]



def test_not_forms_drops_generated_verb_forms(book: Rulebook) -> None:
    # rules/attribution.yaml: "state" keeps "stated" and "stating" but not "state"/"states" (Western states).
    assert "stated" in book.verbs and "state" not in book.verbs and "states" not in book.verbs
    verb, _ = book.verbs["stated"]
    assert verb.noun_forms == frozenset()


# --- the cache ---------------------------------------------------------------------------------


def test_cache_gives_the_same_rules_and_is_used(tmp_path: Path) -> None:
    cache = RulesetCache(tmp_path / "cache")
    fresh = load_rulebook(cache=None)
    cold = load_rulebook(cache=cache)
    assert len(list((tmp_path / "cache").glob("*.json"))) == len(ruleset_files(default_pack().folder))
    warm = load_rulebook(cache=cache)
    assert [r.meta for r in warm.rules] == [r.meta for r in cold.rules] == [r.meta for r in fresh.rules]
    assert warm.rules == fresh.rules


def test_an_edited_file_is_not_served_from_the_cache(tmp_path: Path) -> None:
    cache = RulesetCache(tmp_path / "cache")
    folder = _pack(tmp_path / "p", None)
    assert _ids(load_rulebook([Pack("p", folder)], cache=cache)) == ["p.mine.words"]
    (folder / "r.yaml").write_text(GOOD_RULE.replace("id: words", "id: other"), encoding="utf-8")
    assert _ids(load_rulebook([Pack("p", folder)], cache=cache)) == ["p.mine.other"]


def test_a_corrupt_cache_entry_falls_back_to_the_file(tmp_path: Path) -> None:
    cache = RulesetCache(tmp_path / "cache")
    folder = _pack(tmp_path / "p", None)
    load_rulebook([Pack("p", folder)], cache=cache)
    (entry,) = (tmp_path / "cache").glob("*.json")
    for garbage in ("{not json", '{"format": "other"}', "[]", '{"format": "provenance-ruleset-cache/1"}'):
        entry.write_text(garbage, encoding="utf-8")
        assert _ids(load_rulebook([Pack("p", folder)], cache=cache)) == ["p.mine.words"]


def test_a_forged_entry_for_other_content_is_ignored(tmp_path: Path) -> None:
    cache = RulesetCache(tmp_path / "cache")
    folder = _pack(tmp_path / "p", None)
    load_rulebook([Pack("p", folder)], cache=cache)
    (entry,) = (tmp_path / "cache").glob("*.json")
    record = json.loads(entry.read_text(encoding="utf-8"))
    record["data"]["rules"][0]["id"] = "forged"
    record["digest"] = "0" * 64
    entry.write_text(json.dumps(record), encoding="utf-8")
    assert _ids(load_rulebook([Pack("p", folder)], cache=cache)) == ["p.mine.words"]


def test_an_unwritable_cache_folder_is_silently_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    cache = RulesetCache(blocker / "cache")  # cannot be created: its parent is a file
    assert len(load_rulebook(cache=cache).rules) == len(load_rulebook().rules)


def test_a_file_that_does_not_build_is_not_cached_and_is_located_every_time(tmp_path: Path) -> None:
    # Cached rulesets compile their regexes on first use, so only a file that built may enter the cache.
    cache = RulesetCache(tmp_path / "cache")
    for n, (key, source) in enumerate((("patterns", "'{verb:speech} x'"), ("regex", "'(unclosed'"))):
        text = GOOD_RULE.replace("type: terms", "type: pattern").replace("terms: [bad]", f"{key}: [{source}]")
        folder = _pack(tmp_path / f"p{n}", None, text)
        for _ in range(2):
            with pytest.raises(ProvenanceError) as caught:
                load_rulebook([Pack("p", folder)], cache=cache)
            (problem,) = caught.value.problems
            assert (problem.line, problem.key_path) == (6, f"rules[0].{key}[0]")
    assert not list((tmp_path / "cache").glob("*.json"))


def test_rules_from_the_cache_compile_their_regexes_on_first_use(tmp_path: Path) -> None:
    cache = RulesetCache(tmp_path / "cache")
    load_rulebook(cache=cache)
    warm = load_rulebook(cache=cache)
    pattern = next(r for r in warm.rules if isinstance(r, PatternRule)).patterns[0]
    assert pattern._compiled is None
    assert pattern.search("x", 0, 1) is None and pattern._compiled is not None


def test_cache_location_follows_xdg_and_can_be_turned_off(tmp_path: Path) -> None:
    cache = RulesetCache.for_user({"XDG_CACHE_HOME": str(tmp_path)})
    assert cache is not None and cache.folder == tmp_path / "provenance" / "rulesets"
    assert RulesetCache.for_user({"PROVENANCE_NO_CACHE": "1"}) is None
