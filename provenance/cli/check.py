"""`provenance check PATH...`: the pre-publication gate: read, annotate, judge by the project policy, render."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

from provenance.cli.exits import ExitCode, say
from provenance.cli.rulebooks import packs
from provenance.core.gate.check import check_document
from provenance.core.gate.policy import Config, longest_match, matches, rule_enabled
from provenance.core.gate.suppress import DIRECTIVE_RULE, blank_directives, find_directives
from provenance.core.gate.thresholds import POLICY_RULES
from provenance.core.markup import detect_format
from provenance.errors import TIMEOUT_MARK, Problem, ProvenanceError
from provenance.io.batch import BookSpec, Interrupted, annotate_paths, collect_paths
from provenance.io.config import configs_for
from provenance.io.fetch import FetchSettings
from provenance.io.inputs import read_inputs
from provenance.io.output import write_stdout
from provenance.io.reader import DEFAULT_MAX_BYTES
from provenance.model import Severity
from provenance.model.verdict import CheckResult, exit_code
from provenance.render.check import FORMATS, CheckRenderOptions, RuleInfo
from provenance.ruleset.loader import is_disabled
from provenance.ruleset.rulebook import Rulebook


def _book(config: Config, rules: list[Path], no_default: bool) -> tuple[BookSpec, Rulebook]:
    """The rules a config asks for: its folders and --rules, minus what it disables (most specific prefix wins)."""
    chosen = packs([*config.folders, *rules], no_default or not config.default_rules)
    full = BookSpec(tuple(chosen)).load()
    disabled = tuple(r.meta.id for r in full.rules if not rule_enabled(r.meta.id, config))
    # The same prefix test BookSpec.load applies in workers, so both hold exactly the same rules.
    kept = Rulebook(tuple(r for r in full.rules if not is_disabled(r.meta.id, disabled)))
    unknown = [
        p
        for p in (*config.disable, *config.enable, *(r for r, _ in config.severity),
                  *(r for r, _, _ in config.severity_by_voice))
        if not any(matches(rid, p) for rid in (*(r.meta.id for r in full.rules), *POLICY_RULES, DIRECTIVE_RULE))
    ]
    say([Problem(str(config.path), f"no rule matches '{p}' (a typo?)") for p in unknown])
    return BookSpec(tuple(chosen), disabled), kept


def _rule_info(book: Rulebook, config: Config) -> dict[str, RuleInfo]:
    info = {
        r.meta.id: RuleInfo(r.meta.id, r.meta.description.strip(), r.meta.reference, r.meta.severity)
        for r in book.rules
    }
    info |= {rid: RuleInfo(rid, text, None, Severity.ERROR) for rid, text in POLICY_RULES.items()}
    info[DIRECTIVE_RULE] = RuleInfo(
        DIRECTIVE_RULE, "A suppression directive that cannot be applied.", None, Severity.WARNING
    )
    overrides = dict(config.severity)
    for rid, rule in info.items():
        prefix = longest_match(rid, overrides)
        if prefix is not None and overrides[prefix] is not None:
            info[rid] = replace(rule, severity=overrides[prefix] or rule.severity)
    return info


def _check_group(
    paths: list[str],
    config: Config,
    book: tuple[BookSpec, Rulebook],
    jobs: int | None,
    fail_on: Severity | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fetch: FetchSettings | None = None,
    whole_page: bool = False,
) -> dict[str, list[CheckResult]]:
    """Read, blank suppression directives, annotate (in worker processes) and check the files of one config.

    Each path's results, in order: one per file or URL, one per HTML record of a web archive.
    """
    results: list[CheckResult | None] = []
    owners: list[str] = []
    articles = []
    directives = []
    for path in paths:
        for article in read_inputs(path, replace(fetch or FetchSettings(), max_bytes=max_bytes)):
            owners.append(path)
            if isinstance(article, Problem):
                results.append(CheckResult.unreadable(article.path, [article]))
                continue
            found = find_directives(article.text, detect_format(article.path, text=article.text))
            directives.append(found)
            articles.append(replace(article, text=blank_directives(article.text, found)))
            results.append(None)
    known = {r.meta.id for r in book[1].rules}
    # Articles already read (directives blanked, stdin consumed) go to the workers as they are.
    outcomes = annotate_paths(
        articles,  # type: ignore[arg-type]
        book[0],
        jobs=jobs,
        progress=True,
        readability=False,
        book=book[1],
        whole_page=whole_page,
    )
    slots = (i for i, r in enumerate(results) if r is None)
    for slot, found, outcome in zip(slots, directives, outcomes, strict=True):
        if outcome.document is None:
            results[slot] = CheckResult.unreadable(outcome.path, outcome.problems)
        else:
            results[slot] = check_document(outcome.document, config, found, known, outcome.problems, fail_on)
    grouped: dict[str, list[CheckResult]] = {path: [] for path in paths}
    for owner, result in zip(owners, results, strict=True):
        if result is not None:
            grouped[owner].append(result)
    return grouped


def _timeouts_once(results: list[CheckResult]) -> list[CheckResult]:
    """A pattern rule stopped on its time budget is named at the first file it stopped on, not at every file."""
    said: set[str] = set()
    out = []
    for result in results:
        kept = []
        for problem in result.problems:
            if TIMEOUT_MARK in problem.message:
                if problem.message in said:
                    continue
                said.add(problem.message)
            kept.append(problem)
        out.append(replace(result, problems=tuple(kept)) if len(kept) != len(result.problems) else result)
    return out


def _format(requested: str | None) -> str:
    if requested is not None:
        return requested
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "human"


def check(
    paths: list[str],
    fail_on: Severity | None,
    fmt: str | None,
    config: Path | None,
    rules: list[Path],
    no_default_rules: bool,
    jobs: int | None,
    show: Severity | None,
    max_bytes: int,
    fetch: FetchSettings | None = None,
    whole_page: bool = False,
    inline: bool = True,
) -> ExitCode:
    """Check articles before publication: exit 0 pass, 1 findings at or above --fail-on, 2 usage/config/input error."""
    found, problems = collect_paths(paths)
    chosen, config_problems = configs_for(found, config)
    if config_problems:
        say(config_problems)
        return ExitCode.ERROR
    if not inline:
        # --no-inline-config: every config (one object per config file, so groups stay whole) ignores directives.
        swapped: dict[int, Config] = {}
        chosen = {name: swapped.setdefault(id(c), replace(c, inline=False)) for name, c in chosen.items()}
    level = fail_on
    groups: dict[int, tuple[Config, list[str]]] = {}
    for path in found:
        cfg = chosen[str(path)]
        groups.setdefault(id(cfg), (cfg, []))[1].append(str(path))
    by_path: dict[str, list[CheckResult]] = {}
    info: dict[str, RuleInfo] = {}
    try:
        for cfg, members in groups.values():
            book = _book(cfg, rules, no_default_rules)
            info |= _rule_info(book[1], cfg)
            by_path |= _check_group(members, cfg, book, jobs, level, max_bytes, fetch, whole_page)
    except ProvenanceError as exc:
        say(exc.problems)
        return ExitCode.ERROR
    except Interrupted as exc:
        sys.stderr.write(f"provenance: {exc}\n")
        return ExitCode.INTERRUPTED
    except KeyboardInterrupt:
        # Ctrl-C while reading or judging (outside the worker pool): typer would exit 130 without a word.
        sys.stderr.write(f"provenance: interrupted after {len(by_path)} of {len(found)} files; nothing reported\n")
        return ExitCode.INTERRUPTED
    results = [CheckResult.unreadable(p.path, [p]) for p in problems] + _timeouts_once(
        [r for p in found for r in by_path[str(p)]]
    )
    lowest = min((r.fail_on for r in results), key=lambda s: s.rank, default=Severity.ERROR)
    shown = show if show else min(lowest, Severity.WARNING, key=lambda s: s.rank)
    options = CheckRenderOptions(show=shown, rules=info)
    try:
        write_stdout(lambda stream: FORMATS[_format(fmt)](results, stream, options))
    except ProvenanceError as exc:
        # Not 1: "findings" would let a CI step that tolerates findings count a lost report as a pass.
        say(exc.problems)
        return ExitCode.ERROR
    return exit_code(results)
