"""`provenance report PATH...`: one report (Markdown or JSON) for a batch of articles.

Exit codes: 0 when at least one article was reported (files that could not be read are named on
stderr, listed in the report and counted in its summary); 2 when no file could be read, on a
ruleset or usage error, or when the output file cannot be written; 130 when interrupted (Ctrl-C).
"""

from __future__ import annotations

import sys
from pathlib import Path

from provenance.cli.exits import ExitCode, Stop, say
from provenance.cli.rulebooks import packs, rulebook
from provenance.errors import ProvenanceError
from provenance.io.batch import BookSpec, Interrupted, annotate_paths, collect_paths
from provenance.io.fetch import FetchSettings
from provenance.io.output import same_file, write_output, write_stdout
from provenance.model import Document
from provenance.render.options import RenderOptions
from provenance.render.report import FORMATS


def report(
    paths: list[str],
    output: Path | None,
    fmt: str,
    jobs: int | None,
    rules: list[Path],
    no_default_rules: bool,
    disable: list[str],
    options: RenderOptions,
    input_format: str,
    progress: bool,
    max_bytes: int,
    whole_page: bool = False,
    fetch: FetchSettings | None = None,
) -> ExitCode:
    """Annotate a batch of articles and write one report: corpus summary, then a section per article."""
    if disable:
        rulebook(rules, no_default_rules, disable)  # stops with 2 on a prefix that matches no rule
    found, skipped = collect_paths(paths)
    if output is not None:
        # `report DIR -o DIR/report.md` run twice must not read its first report as an article.
        found = [p for p in found if str(p) == "-" or not same_file(p, output)]
    say(skipped)
    docs: list[Document] = []
    try:
        spec = BookSpec(tuple(packs(rules, no_default_rules)), tuple(disable))
        outcomes = annotate_paths(
            found,
            spec,
            jobs=jobs,
            progress=progress,
            input_format=input_format,
            max_bytes=max_bytes,
            whole_page=whole_page,
            fetch=fetch,
        )
        for done, outcome in enumerate(outcomes):
            try:
                say(outcome.problems)
                if outcome.document is None:
                    skipped += outcome.problems
                else:
                    docs.append(outcome.document)
            except KeyboardInterrupt:
                # Ctrl-C between two outcomes lands here, not in annotate_paths: stop its pool, say the same.
                outcomes.close()
                raise Interrupted(done, len(found)) from None
    except ProvenanceError as exc:
        say(exc.problems)
        return ExitCode.ERROR
    except Interrupted as exc:
        sys.stderr.write(f"provenance: {exc}; no report written\n")
        return ExitCode.INTERRUPTED
    if not docs:
        sys.stderr.write("provenance: no article could be read; no report written\n")
        return ExitCode.ERROR
    writer = FORMATS[fmt]
    try:
        if output is None:
            write_stdout(lambda stream: writer(docs, skipped, stream, options))
        else:
            write_output(output, lambda stream: writer(docs, skipped, stream, options))
    except ProvenanceError as exc:
        say(exc.problems)
        raise Stop(ExitCode.ERROR) from None
    except KeyboardInterrupt:
        sys.stderr.write(f"provenance: interrupted while writing the report of {len(docs)} articles; nothing written\n")
        raise Stop(ExitCode.INTERRUPTED) from None
    if skipped:
        sys.stderr.write(f"provenance: {len(docs)} articles reported, {len(skipped)} files skipped\n")
    return ExitCode.OK
