"""The command line: one parser (main.py) and one plain function per command, which never imports the parser."""

from __future__ import annotations

import sys


def main() -> None:
    """Console-script entry point: `--version` answers before the parser and the annotator's libraries load."""
    if sys.argv[1:] == ["--version"]:
        from provenance.version import __version__

        sys.stdout.write(f"provenance {__version__}\n")
        return
    from provenance.cli.main import main as run

    run()
