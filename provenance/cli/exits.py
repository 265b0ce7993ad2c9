"""How commands end: exit codes (defined once, in provenance.model.verdict) and one-line messages on stderr."""

from __future__ import annotations

import os
import re
import signal
import sys
from collections.abc import Iterable

from provenance.errors import TIMEOUT_MARK, Problem
from provenance.model.verdict import ExitCode

__all__ = ["ExitCode", "Stop", "new_run", "quiet_broken_pipe", "say", "sigterm_like_ctrl_c", "stop_interrupted"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class Stop(Exception):
    """Raised by a command to end with an exit code once it has said why on stderr."""

    def __init__(self, code: ExitCode) -> None:
        self.code = code
        super().__init__(int(code))


# A pattern rule stopped on its time budget is named once per run, not once per article of a batch.
_SAID_ONCE: set[str] = set()


def new_run() -> None:
    """Forget what was said once (a new command in the same process: the tests' CliRunner)."""
    _SAID_ONCE.clear()


def say(problems: Iterable[Problem]) -> None:
    """Write problems to stderr, one per line, with control characters made inert."""
    for problem in problems:
        if TIMEOUT_MARK in problem.message:
            if problem.message in _SAID_ONCE:
                continue
            _SAID_ONCE.add(problem.message)
        line = _CONTROL.sub("\N{REPLACEMENT CHARACTER}", str(problem))
        sys.stderr.write(f"provenance: {line}\n")


def stop_interrupted(done: int, total: int, current: str) -> Stop:
    """Ctrl-C in a batch: say how far it got; the caller raises the returned Stop (exit 130)."""
    sys.stderr.write(f"provenance: interrupted at {current}: {done} of {total} files done\n")
    return Stop(ExitCode.INTERRUPTED)


def quiet_broken_pipe() -> None:
    """The reader of our output has gone (`| head`): send the rest to /dev/null so exiting stays silent."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


_MAIN_PID = [os.getpid()]  # the CLI's own process; forked pool workers are not it


def _terminate(signum: int, frame: object) -> None:
    if os.getpid() != _MAIN_PID[0]:
        # A forked worker: the parent decides; die the default way so Pool.terminate() works as before.
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)
        return
    raise KeyboardInterrupt


def sigterm_like_ctrl_c() -> None:
    """SIGTERM is handled like Ctrl-C: stop, say how far it got, remove any half-written output."""
    _MAIN_PID[0] = os.getpid()
    signal.signal(signal.SIGTERM, _terminate)
