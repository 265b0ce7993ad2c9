"""The page shell: doctype, a Content-Security-Policy that forbids every outside load, inline style and script."""

from __future__ import annotations

import base64
import hashlib

from provenance.render.html.escape import attr
from provenance.version import __version__


def csp_hash(source: str) -> str:
    """The CSP source expression allowing exactly this inline block: 'sha256-<base64 of its UTF-8 digest>'."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(css: str, script: str | None) -> str:
    """Nothing may load from anywhere; only this page's own style block and script (by hash) may run."""
    scripts = csp_hash(script) if script else "'none'"
    return (
        f"default-src 'none'; style-src {csp_hash(css)}; script-src {scripts}; "
        "connect-src 'none'; font-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )


def page(title: str, body: str, css: str, script: str | None = None) -> str:
    """A whole self-contained HTML document; `title` is untrusted text, `body` is already-escaped HTML."""
    policy = content_security_policy(css, script)
    tail = f"<script>{script}</script>\n" if script else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        # The policy comes first so that it applies to everything after it.
        f'<meta http-equiv="Content-Security-Policy" content="{attr(policy)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="provenance {attr(__version__)}">\n'
        f"<title>{attr(title)}</title>\n<style>{css}</style>\n</head>\n"
        f"<body>\n{body}\n{tail}</body>\n</html>\n"
    )
