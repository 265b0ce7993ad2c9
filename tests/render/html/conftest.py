"""Fixtures of the HTML tests: the sample's document and a hostile article."""

from __future__ import annotations

import pytest

from provenance import annotate
from provenance.model import Document

from ...conftest import SAMPLE

# Article text that would act if it reached the page unescaped: scripts, handlers, links, style breakouts, bidi.
HOSTILE = (
    "<script>window.pwned = 1; alert('x')</script> Attack on <b onmouseover=\"window.pwned=2\">"
    "council</b>, the mayor said.\n\n"
    '“Read [this](javascript:window.pwned=3) and <a href="javascript:window.pwned=4">that</a>,” '
    'said the terrorist spokesman </style><img src=x onerror="window.pwned=5"> of the regime.\n\n'
    'A source said " onfocus="window.pwned=6" x=" the attack was unprovoked. '
    'Officials in <iframe src="https://evil.example/"></iframe> have yet to comment.\n\n'
    'Reversed: \u202egnp.exe\u202c and zero\u200bwidth, said Dr. <img src="http://evil.example/p.png"> Smith.\n'
    '</textarea></title><svg onload="window.pwned=7"><!-- --></body></html>\n'
)


@pytest.fixture(scope="session")
def sample_doc() -> Document:
    return annotate(SAMPLE.read_text(encoding="utf-8"), path="samples/al-tanf-sputnik.txt")


@pytest.fixture(scope="session")
def hostile_doc() -> Document:
    return annotate(HOSTILE, path="<script>alert(1)</script>\u202e.txt")
