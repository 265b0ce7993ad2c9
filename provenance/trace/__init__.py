"""Trace: which earlier texts an article reuses, and what the republisher changed (issue 20).

Entry points for the CLI are in `provenance.trace.api`; renderers in `render_json`, `render_markdown`
and `render_terminal`; corpus families in `families`. Importing this package loads nothing heavy.
"""
