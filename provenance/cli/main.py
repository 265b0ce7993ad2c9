"""The one argument parser: every command's options, handed as plain values to a function in provenance/cli/.

Command modules never import typer; they return an ExitCode or raise Stop, and `_run` turns both into the
process's exit status, so exit codes are decided in one place (provenance.model.verdict.ExitCode).
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from provenance.cli import options as opt
from provenance.cli.exits import ExitCode, Stop, new_run, say, sigterm_like_ctrl_c
from provenance.errors import Problem, ProvenanceError
from provenance.io.output import STDOUT, write_stdout
from provenance.model import Voice
from provenance.render.annotate import FORMATS as ANNOTATE_FORMATS
from provenance.render.check import FORMATS as CHECK_FORMATS
from provenance.render.options import RenderOptions
from provenance.render.report import FORMATS as REPORT_FORMATS

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Who said what in a news article, and how.")
rules_app = typer.Typer(no_args_is_help=True, help="Check, test, list and show rules.")
eval_app = typer.Typer(no_args_is_help=True, help="Score extraction against annotated corpora.")
index_app = typer.Typer(no_args_is_help=True, help="Index earlier texts (wires, state media) for `trace`.")
app.add_typer(rules_app, name="rules")
app.add_typer(eval_app, name="eval")
app.add_typer(index_app, name="index")


_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})


def _run(command: Callable[..., ExitCode], *args: Any, **kwargs: Any) -> None:
    """Call a command and exit with its code (or the code of the Stop it raised)."""
    new_run()
    try:
        code = command(*args, **kwargs)
    except Stop as stop:
        code = stop.code
    except KeyboardInterrupt:
        # Ctrl-C or SIGTERM where the command has no batch to report on; typer would say "Aborted!" and exit 1,
        # which `check` documents as "findings".
        sys.stderr.write("provenance: interrupted; nothing more written\n")
        code = ExitCode.INTERRUPTED
    except OSError as exc:
        # Only a write fails with these (files go through io/output, which names them): standard output is full.
        if exc.errno not in _WRITE_ERRORS:
            raise
        say([Problem(STDOUT, f"cannot write: {exc.strerror or exc}")])
        code = ExitCode.ERROR
    try:
        # What a command left in stdout's buffer (rules, eval) is flushed here, so a full disk is one line and 2,
        # not "Exception ignored" at exit.
        write_stdout(lambda stream: None)
    except ProvenanceError as exc:
        say(exc.problems)
        code = ExitCode.ERROR
    raise typer.Exit(int(code))


def _version(value: bool) -> None:
    if value:
        from provenance.version import __version__

        sys.stdout.write(f"provenance {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Who said what in a news article, relayed by whom, and in what words."""


@app.command()
def annotate(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Article files; '-' reads standard input.")],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            parser=opt.choice(ANNOTATE_FORMATS),
            help="terminal, json (JSON Lines) or html (one self-contained page).",
        ),
    ] = "terminal",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write here (default: stdout).")
    ] = None,
    rules: opt.Rules = None,
    no_default_rules: opt.NoDefaultRules = False,
    disable: opt.Disable = None,
    publisher: opt.Publisher = None,
    width: opt.Width = None,
    readability: Annotated[bool, typer.Option(help="Compute readability figures.")] = True,
    input_format: opt.InputFormat = "auto",
    max_bytes: opt.MaxBytes = opt.DEFAULT_MAX_BYTES,
    summary: Annotated[
        bool, typer.Option("--summary", help="Chain, counts and the notes that matter, without the article text.")
    ] = False,
    color: opt.Color = "auto",
    pager: Annotated[
        bool, typer.Option("--pager/--no-pager", help="Page output taller than the screen (terminal only).")
    ] = True,
    whole_page: opt.WholePage = False,
    cache: opt.Cache = None,
    timeout: opt.Timeout = 20.0,
) -> None:
    """Annotate articles: attribution chains, loaded terms, missing-comment notes."""
    from provenance.cli.annotate import annotate as command
    from provenance.io.batch import Settings

    render = RenderOptions(width=width, color=opt.COLORS[color], publisher=publisher, summary=summary)
    settings = Settings(readability, input_format, max_bytes, whole_page, opt.fetching(max_bytes, timeout, cache))
    _run(command, paths, fmt, rules or [], no_default_rules, disable or [], render, settings, pager, output)


@app.command()
def report(
    paths: opt.Paths,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the report here (default: stdout).")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", parser=opt.choice(REPORT_FORMATS), help="markdown, json or html."
        ),
    ] = "markdown",
    jobs: opt.Jobs = None,
    rules: opt.Rules = None,
    no_default_rules: opt.NoDefaultRules = False,
    disable: opt.Disable = None,
    publisher: opt.Publisher = None,
    input_format: opt.InputFormat = "auto",
    progress: Annotated[bool, typer.Option(help="Show a progress bar on a terminal.")] = True,
    max_bytes: opt.MaxBytes = opt.DEFAULT_MAX_BYTES,
    whole_page: opt.WholePage = False,
    cache: opt.Cache = None,
    timeout: opt.Timeout = 20.0,
) -> None:
    """Annotate a batch of articles and write one report: corpus summary, then a section per article."""
    from provenance.cli.report import report as command

    render = RenderOptions(publisher=publisher)
    _run(
        command,
        paths,
        output,
        fmt,
        jobs,
        rules or [],
        no_default_rules,
        disable or [],
        render,
        input_format,
        progress,
        max_bytes,
        whole_page,
        opt.fetching(max_bytes, timeout, cache),
    )


_SEVERITIES = opt.choice(("info", "warning", "error"))


@app.command()
def check(
    paths: opt.Paths,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            metavar="SEVERITY",
            parser=_SEVERITIES,
            help="Lowest severity that fails (default: the config's fail_on, else error).",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            parser=opt.choice(CHECK_FORMATS),
            help="human (default), json, sarif or github (default when GITHUB_ACTIONS=true).",
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", metavar="FILE", help="Use this config file instead of looking for .provenance.yaml."),
    ] = None,
    rules: opt.Rules = None,
    no_default_rules: opt.NoDefaultRules = False,
    jobs: opt.Jobs = None,
    show: Annotated[
        str | None,
        typer.Option(
            "--show",
            metavar="SEVERITY",
            parser=_SEVERITIES,
            help="Lowest severity listed (default: warning, or info with --fail-on info).",
        ),
    ] = None,
    max_bytes: opt.MaxBytes = opt.DEFAULT_MAX_BYTES,
    whole_page: opt.WholePage = False,
    cache: opt.Cache = None,
    timeout: opt.Timeout = 20.0,
    inline_config: Annotated[
        bool,
        typer.Option(
            "--inline-config/--no-inline-config",
            help="Apply <!-- provenance: ... --> directives in the articles (--no-inline-config ignores them).",
        ),
    ] = True,
) -> None:
    """Check articles before publication: exit 0 pass, 1 findings at or above --fail-on, 2 usage/config/input error."""
    from provenance.cli.check import check as command

    _run(
        command,
        paths,
        opt.severity(fail_on),
        fmt,
        config,
        rules or [],
        no_default_rules,
        jobs,
        opt.severity(show),
        max_bytes,
        opt.fetching(max_bytes, timeout, cache),
        whole_page,
        inline_config,
    )


RuleId = Annotated[
    str, typer.Argument(metavar="ID", help="A rule id as findings show it, or its unique end: loaded.labelling.")
]


@app.command()
def explain(rule_id: RuleId, rules: opt.Rules = None, no_default_rules: opt.NoDefaultRules = False) -> None:
    """Explain a rule: what its findings mean, why they matter, what to do, with references."""
    from provenance.cli.explain import explain as command

    _run(command, rule_id, rules or [], no_default_rules)


RulePaths = Annotated[
    list[Path] | None, typer.Argument(help="Ruleset folders or files, checked with the default pack they may build on.")
]


@rules_app.command("validate")
def rules_validate(paths: RulePaths = None) -> None:
    """Check rulesets against the schema; every problem is listed with file:line:col."""
    from provenance.cli.rules import validate

    _run(validate, paths or [])


@rules_app.command("test")
def rules_test(paths: RulePaths = None) -> None:
    """Run every rule's match / no_match examples; exit 1 if any fails."""
    from provenance.cli.rules import test

    _run(test, paths or [])


@rules_app.command("list")
def rules_list(rules: opt.Rules = None, no_default_rules: opt.NoDefaultRules = False) -> None:
    """A table of every loaded rule: id, type, category, severity, size and where it is defined."""
    from provenance.cli.rules import list_rules

    _run(list_rules, rules or [], no_default_rules)


@rules_app.command("show")
def rules_show(
    rule_id: RuleId,
    rules: opt.Rules = None,
    no_default_rules: opt.NoDefaultRules = False,
    show_all: Annotated[bool, typer.Option("--all", help="Show every entry, not just the first ones.")] = False,
) -> None:
    """One rule in full: description, where it is defined, examples and its terms (or outlets, verbs...)."""
    from provenance.cli.rules import show

    _run(show, rule_id, rules or [], no_default_rules, show_all)


@rules_app.command("schema")
def rules_schema(
    pack: Annotated[bool, typer.Option("--pack", help="The schema of pack.yaml instead of a ruleset.")] = False,
) -> None:
    """Print the JSON Schema of ruleset files (for editors: save it next to your rules)."""
    from provenance.cli.rules import schema

    _run(schema, pack)


Gold = Annotated[Path, typer.Option("--gold", metavar="FOLDER", help="Annotated corpus folder.")]
Limit = Annotated[int | None, typer.Option("--limit", min=1, metavar="N", help="Score only the first N documents.")]
Show = Annotated[
    int, typer.Option("--show", min=0, metavar="N", help="How many groups of misses / false alarms to list.")
]
EvalFormat = Annotated[
    str,
    typer.Option("--format", "-f", metavar="FORMAT", parser=opt.choice(("text", "json")), help="text or json."),
]


@eval_app.command("attribution")
def eval_attribution(
    gold: Gold,
    rules: opt.Rules = None,
    no_default_rules: opt.NoDefaultRules = False,
    limit: Limit = None,
    show: Show = 10,
    fmt: EvalFormat = "text",
) -> None:
    """Precision, recall and F1 of cue, source and content spans against brat gold (PolNeAR layout)."""
    from provenance.cli.eval import attribution

    _run(attribution, gold, rules or [], no_default_rules, limit, show, fmt)


@eval_app.command("loaded")
def eval_loaded(
    gold: Gold,
    rules: opt.Rules = None,
    no_default_rules: opt.NoDefaultRules = False,
    technique: Annotated[
        list[str] | None,
        typer.Option(
            "--technique",
            help="PTC technique counted as gold; repeatable (default: Loaded_Language and Name_Calling,Labeling).",
        ),
    ] = None,
    category: Annotated[
        list[str] | None,
        typer.Option(
            "--category",
            help="Finding category counted as a prediction; repeatable (default: the categories"
            " of the loaded ruleset, plus scare-quote).",
        ),
    ] = None,
    voice: Annotated[
        list[Voice] | None,
        typer.Option(
            "--voice",
            metavar="VOICE",
            help="Score only findings in this voice (narrator, headline, quoted, paraphrase); repeatable."
            " Recall stays against every gold span.",
        ),
    ] = None,
    limit: Limit = None,
    show: Show = 10,
    fmt: EvalFormat = "text",
) -> None:
    """Precision, recall and F1 of loaded-language findings against PTC span labels."""
    from provenance.cli.eval import loaded

    _run(loaded, gold, rules or [], no_default_rules, technique or [], category or [], voice or [], limit, show, fmt)


@eval_app.command("speakers")
def eval_speakers(
    gold: Annotated[Path, typer.Option("--gold", metavar="FILE", help="Gold file (JSON Lines, one article a line).")],
    root: Annotated[
        Path | None,
        typer.Option("--root", metavar="FOLDER", help="Folder the gold's paths are relative to (default: found)."),
    ] = None,
    rules: opt.Rules = None,
    no_default_rules: opt.NoDefaultRules = False,
    show: Annotated[int, typer.Option("--show", min=0, metavar="N", help="How many worst articles to list.")] = 5,
    fmt: EvalFormat = "text",
) -> None:
    """Who speaks, who is accused and heard, and the headline, against hand-made gold (docs/eval-speakers.md)."""
    from provenance.cli.eval import speakers

    _run(speakers, gold, root, rules or [], no_default_rules, show, fmt)


@app.command()
def trace(
    articles: Annotated[list[str], typer.Argument(metavar="ARTICLE...", help="Articles (files or folders) to trace.")],
    against: Annotated[
        list[Path],
        typer.Option(
            "--against", "--index", metavar="SOURCES", help="Earlier texts: files, folders, or an index file."
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            parser=opt.choice(("terminal", "json", "markdown")),  # cli/trace.py: FORMATS
            help="terminal, json or markdown.",
        ),
    ] = "terminal",
    limit: Annotated[int, typer.Option("--limit", min=1, metavar="N", help="Origins listed per article.")] = 5,
    fail_on: Annotated[
        str | None,
        typer.Option("--fail-on", metavar="SEVERITY", parser=_SEVERITIES, help="Exit 1 on a change at this level."),
    ] = None,
    families: Annotated[
        bool, typer.Option("--families", help="Group articles and sources into reuse families (who republishes whom).")
    ] = False,
    rules: opt.Rules = None,
    no_default_rules: opt.NoDefaultRules = False,
    width: Annotated[int | None, typer.Option(metavar="COLUMNS", help="Terminal width (default: detect).")] = None,
) -> None:
    """Which earlier texts an article reuses, passage by passage, and what the republisher changed."""
    from provenance.cli.trace import trace as command

    _run(command, articles, against, fmt, limit, opt.severity(fail_on), families, rules or [], no_default_rules, width)


@index_app.command("build")
def index_build(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Files and folders of earlier texts.")],
    output: Annotated[Path, typer.Option("--output", "-o", metavar="INDEX", help="The index file to create.")],
    outlet: Annotated[str | None, typer.Option(metavar="NAME", help="Credit every text to this outlet.")] = None,
) -> None:
    """A new index of earlier texts (one SQLite file), so tracing against many is a lookup."""
    from provenance.cli.trace import index_build as command

    _run(command, paths, output, outlet)


@index_app.command("add")
def index_add(
    index: Annotated[Path, typer.Argument(metavar="INDEX", help="An index file made by `index build`.")],
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Files and folders of texts to add.")],
    outlet: Annotated[str | None, typer.Option(metavar="NAME", help="Credit every text to this outlet.")] = None,
) -> None:
    """Add texts to an index file."""
    from provenance.cli.trace import index_add as command

    _run(command, index, paths, outlet)


@app.command()
def export(
    paths: opt.Paths,
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FOLDER", help="The dataset folder.")],
    jobs: opt.Jobs = None,
    batch_size: Annotated[
        int | None, typer.Option("--batch-size", min=1, metavar="N", help="Articles per Parquet part.")
    ] = None,
    run: Annotated[str | None, typer.Option(metavar="NAME", help="Name of this run's parts (default: a time).")] = None,
    catalog: Annotated[
        Path | None, typer.Option(metavar="CSV", help="path,outlet,date,url of each article (default: derived).")
    ] = None,
    dask: Annotated[
        str | None, typer.Option(metavar="ADDRESS", help="Run on a Dask cluster ('local' starts one here).")
    ] = None,
    max_bytes: opt.MaxBytes = opt.DEFAULT_MAX_BYTES,
) -> None:
    """Parquet tables of documents, attributions, speakers, findings, relays, notes and replies (needs [research])."""
    from provenance.cli.export import export as command

    _run(command, paths, output, jobs, batch_size, run, catalog, dask, max_bytes)


def main() -> None:
    """Console-script entry point."""
    sigterm_like_ctrl_c()
    app()
