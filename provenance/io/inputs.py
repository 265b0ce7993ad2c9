"""Where articles come from: files, standard input, web addresses and web archives, read the same way."""

from __future__ import annotations

from collections.abc import Iterator

from provenance.errors import Problem, ProvenanceError
from provenance.io.fetch import FetchSettings, fetch, is_url
from provenance.io.reader import Article, read_article
from provenance.io.warc import is_warc, read_warc


def read_inputs(spec: str, settings: FetchSettings) -> Iterator[Article | Problem]:
    """The articles an argument names (one, or one per record of a web archive); problems name their source."""
    try:
        if is_url(spec):
            yield fetch(spec, settings)
        elif is_warc(spec):
            yield from read_warc(spec, settings.max_bytes)
        else:
            yield read_article(spec, settings.max_bytes)
    except ProvenanceError as exc:
        yield from exc.problems


def read_one(spec: str, settings: FetchSettings) -> Article:
    """The article a file or URL names; raises ProvenanceError (an archive holds many: use read_inputs)."""
    if is_url(spec):
        return fetch(spec, settings)
    return read_article(spec, settings.max_bytes)
