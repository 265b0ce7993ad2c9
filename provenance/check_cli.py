"""`provenance check PATH...`: the pre-publication gate. Parse arguments, call the core, hand results to a format."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from provenance.batch import BookSpec, Interrupted, annotate_paths, collect_paths
from provenance.check import EXIT_ERROR, CheckResult, check_document, exit_code
from provenance.check_thresholds import POLICY_RULES
from provenance.config import Config, configs_for, longest_match, matches, rule_enabled
from provenance.errors import Problem, ProvenanceError
from provenance.markup import detect_format
from provenance.model import Severity
from provenance.reader import DEFAULT_MAX_BYTES, read_article
from provenance.render.check_formats import CHECK_FORMATS, CheckRenderOptions, RuleInfo
from provenance.ruleset.loader import is_disabled
from provenance.ruleset.rulebook import Rulebook
from provenance.suppress import DIRECTIVE_RULE, blank_directives, find_directives


class Level(StrEnum):
    """Severity levels as command-line choices."""

    info = "info"
    warning = "warning"
    error = "error"


class CheckFormat(StrEnum):
    """Output formats of `check` (github is chosen automatically when GITHUB_ACTIONS=true)."""

    human = "human"
    json = "json"
    sarif = "sarif"
    github = "github"


def _report(problems: list[Problem]) -> None:
    from provenance.cli import report

    report(problems)


def _book(config: Config, rules: list[Path], no_default: bool) -> tuple[BookSpec, Rulebook]:
    """The rules a config asks for: its folders and --rules, minus what it disables (most specific prefix wins)."""
    from provenance.cli import packs

    chosen = packs([*config.folders, *rules], no_default or not config.default_rules)
    full = BookSpec(tuple(chosen)).load()
    disabled = tuple(r.meta.id for r in full.rules if not rule_enabled(r.meta.id, config))
    # The same prefix test BookSpec.load applies in workers, so both hold exactly the same rules.
    kept = Rulebook(tuple(r for r in full.rules if not is_disabled(r.meta.id, disabled)))
    unknown = [
        p
        for p in (*config.disable, *config.enable, *(rule for rule, _ in config.severity))
        if not any(matches(rid, p) for rid in (*(r.meta.id for r in full.rules), *POLICY_RULES, DIRECTIVE_RULE))
    ]
    _report([Problem(str(config.path), f"no rule matches '{p}' (a typo?)") for p in unknown])
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
) -> list[CheckResult]:
    """Read, blank suppression directives, annotate (in worker processes) and check the files of one config."""
    results: list[CheckResult | None] = []
    articles = []
    directives = []
    for path in paths:
        try:
            article = read_article(path, max_bytes)
        except ProvenanceError as exc:
            results.append(CheckResult.unreadable(path, exc.problems))
            continue
        found = find_directives(article.text, plain=detect_format(article.path) == "text")
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
    )
    slots = (i for i, r in enumerate(results) if r is None)
    for slot, found, outcome in zip(slots, directives, outcomes, strict=True):
        if outcome.document is None:
            results[slot] = CheckResult.unreadable(outcome.path, outcome.problems)
        else:
            results[slot] = check_document(outcome.document, config, found, known, outcome.problems, fail_on)
    return [r for r in results if r is not None]


def _format(requested: CheckFormat | None) -> str:
    if requested is not None:
        return requested.value
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "human"


def check(
    paths: Annotated[
        list[str],
        typer.Argument(metavar="PATH...", help="Article files, folders (searched recursively) or globs; '-' is stdin."),
    ],
    fail_on: Annotated[
        Level | None,
        typer.Option(
            "--fail-on",
            metavar="SEVERITY",
            help="Lowest severity that fails (default: the config's fail_on, else error).",
        ),
    ] = None,
    output: Annotated[
        CheckFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="human (default), json, sarif or github (default when GITHUB_ACTIONS=true).",
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", metavar="FILE", help="Use this config file instead of looking for .provenance.yaml."),
    ] = None,
    rules: Annotated[
        list[Path] | None, typer.Option("--rules", metavar="FOLDER", help="Extra rules folder (a pack); repeatable.")
    ] = None,
    no_default_rules: Annotated[bool, typer.Option("--no-default-rules", help="Use only the --rules folders.")] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes (default: all cores).")
    ] = None,
    show: Annotated[
        Level | None,
        typer.Option(
            "--show", metavar="SEVERITY", help="Lowest severity listed (default: warning, or info with --fail-on info)."
        ),
    ] = None,
    max_bytes: Annotated[int, typer.Option(metavar="BYTES", help="Refuse files larger than this.")] = DEFAULT_MAX_BYTES,
) -> None:
    """Check articles before publication: exit 0 pass, 1 findings at or above --fail-on, 2 usage/config/input error."""
    found, problems = collect_paths(paths)
    chosen, config_problems = configs_for(found, config)
    if config_problems:
        _report(config_problems)
        raise typer.Exit(EXIT_ERROR)
    level = Severity(fail_on.value) if fail_on else None
    groups: dict[int, tuple[Config, list[str]]] = {}
    for path in found:
        cfg = chosen[str(path)]
        groups.setdefault(id(cfg), (cfg, []))[1].append(str(path))
    by_path: dict[str, CheckResult] = {}
    info: dict[str, RuleInfo] = {}
    try:
        for cfg, members in groups.values():
            book = _book(cfg, rules or [], no_default_rules)
            info |= _rule_info(book[1], cfg)
            by_path |= zip(members, _check_group(members, cfg, book, jobs, level, max_bytes), strict=True)
    except ProvenanceError as exc:
        _report(exc.problems)
        raise typer.Exit(EXIT_ERROR) from None
    except Interrupted as exc:
        sys.stderr.write(f"provenance: {exc}\n")
        raise typer.Exit(130) from None
    except KeyboardInterrupt:
        # Ctrl-C while reading or judging (outside the worker pool): typer would exit 130 without a word.
        sys.stderr.write(f"provenance: interrupted after {len(by_path)} of {len(found)} files; nothing reported\n")
        raise typer.Exit(130) from None
    results = [CheckResult.unreadable(p.path, [p]) for p in problems] + [by_path[str(p)] for p in found]
    lowest = min((r.fail_on for r in results), key=lambda s: s.rank, default=Severity.ERROR)
    shown = Severity(show.value) if show else min(lowest, Severity.WARNING, key=lambda s: s.rank)
    options = CheckRenderOptions(show=shown, rules=info)
    CHECK_FORMATS[_format(output)](results, sys.stdout, options)
    sys.stdout.flush()
    raise typer.Exit(exit_code(results))
