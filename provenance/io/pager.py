"""Show long terminal output through a pager, the way git does: only on a terminal, only when it does not fit."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys


def page(text: str) -> bool:
    """Send `text` to $PAGER (else `less -R`) on a terminal when it is taller than the screen; True if paged."""
    if not sys.stdout.isatty() or text.count("\n") < shutil.get_terminal_size().lines:
        return False
    command = shlex.split(os.environ.get("PAGER") or "less -R")
    if not command or shutil.which(command[0]) is None:
        return False
    # LESS=R keeps colours when the user's own PAGER is less without -R; F/X are git's defaults too.
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    try:
        subprocess.run(command, input=text, text=True, env=env, check=False)
    except OSError:
        return False
    return True
