"""Forked worker processes that claim a batch's articles one at a time, this process being one of them.

Each process (the workers and this one) takes the next unclaimed article from a shared counter, so no
process waits on a fixed share while another still has work: this process annotates an article itself only
when the next result in input order is not ready yet, and otherwise unpickles and yields. Results come back
in input order, and no process claims more than a bounded stretch ahead of what has been yielded, so memory
stays bounded on a slow article or a slow consumer. Each worker sends on its own pipe, so one that dies
(killed, out of memory) cannot garble the others' results: the article it held comes back as a problem naming
the file, the results it had not yet sent are annotated again here, and the batch goes on. A worker whose
parent dies finds its pipe broken and ends.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from queue import Queue
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from multiprocessing.context import ForkContext, ForkProcess

    from provenance.io.batch import Outcome

__all__ = ["Forked"]

Item = TypeVar("Item")
_Died = Callable[[Item, int], "Outcome"]

_IDLE = -1
# How long this process waits for a result before checking the workers again.
_POLL_SECONDS = 0.5
# Articles claimed beyond the last one yielded, per worker: bounds memory on a slow article or a slow consumer.
_AHEAD_PER_WORKER = 16
# How long a worker waits before claiming again when it is that far ahead.
_AHEAD_WAIT_SECONDS = 0.01
# How long a stopped or finished worker may take to end before it is killed.
_STOP_SECONDS = 5.0
# A worker's exit code when its results can no longer be sent (a broken pipe, a result that does not pickle).
_SEND_FAILED = 70


class _Claims:
    """The shared counter of articles handed out, who took each, which article each worker holds, how far yielded."""

    def __init__(self, total: int, workers: int) -> None:
        context = multiprocessing.get_context("fork")
        self.total = total
        self.limit = _AHEAD_PER_WORKER * max(workers, 1)
        self.next = context.Value("q", 0)
        self.yielded = context.Value("q", 0, lock=False)  # written by this process only
        self.owner = context.Array("i", [_IDLE] * total, lock=False)  # written under self.next's lock
        self.held = context.Array("q", [_IDLE] * workers, lock=False)

    def take(self, slot: int = _IDLE) -> int | None:
        """The next unclaimed article's index, marked as held by worker `slot`; None when all are handed out.

        A worker waits here while it would run more than `limit` articles ahead of what has been yielded.
        """
        while True:
            with self.next.get_lock():  # claimed and marked held at once: a worker dying in between loses nothing
                index: int = self.next.value
                if index >= self.total:
                    return None
                if slot == _IDLE or index < self.yielded.value + self.limit:
                    self.next.value = index + 1
                    self.owner[index] = slot
                    if slot != _IDLE:
                        self.held[slot] = index
                    return index
            time.sleep(_AHEAD_WAIT_SECONDS)


def _send_all(outbox: Queue[tuple[int, Outcome] | None], pipe: Connection) -> None:
    """Pickle and send results while the worker annotates the next article (as multiprocessing.Queue does)."""
    try:
        while (result := outbox.get()) is not None:
            pipe.send(result)
    except BaseException:  # the parent is gone, or a result cannot be pickled: the parent redoes what it lacks
        os._exit(_SEND_FAILED)


class _Workers(Generic[Item]):
    """The forked processes of one batch, each with the pipe its results come back on."""

    def __init__(self, items: Sequence[Item], work: Callable[[Item], Outcome], count: int) -> None:
        context = multiprocessing.get_context("fork")
        self.claims = _Claims(len(items), count)
        self.pipes: dict[Connection, int] = {}
        self.processes: list[ForkProcess] = []
        # Ctrl-C is held back while forking, so no worker can receive it before it has set itself to ignore it.
        self.signals = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            self._start(items, work, count, context)
        except BaseException:
            self.stop()
            raise
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, self.signals)

    def _start(
        self, items: Sequence[Item], work: Callable[[Item], Outcome], count: int, context: ForkContext
    ) -> None:
        """Fork the workers, keeping the reading end of each one's pipe."""
        for slot in range(count):
            reader, writer = context.Pipe(duplex=False)
            process = context.Process(target=self._serve, args=(slot, items, work, writer, reader), daemon=True)
            self.processes.append(process)
            process.start()
            writer.close()  # this process keeps only the reading end, so a dead worker shows as end of file
            self.pipes[reader] = slot

    def _serve(
        self, slot: int, items: Sequence[Item], work: Callable[[Item], Outcome], pipe: Connection, own: Connection
    ) -> None:
        """A worker's life: claim, annotate, hand to the sending thread, until nothing is left."""
        # The parent handles Ctrl-C and stops the workers; workers printing tracebacks would only add noise. A worker
        # ends at once when stopped (the parent's SIGTERM handler, inherited by the fork, would raise and wait instead).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_SETMASK, self.signals)
        # Only the parent may hold reading ends: then a send fails once the parent is gone, and the worker ends.
        for reader in (own, *self.pipes):
            reader.close()
        # A small outbox: the worker waits for the parent to read rather than piling up pickled results.
        outbox: Queue[tuple[int, Outcome] | None] = Queue(maxsize=2)
        # A daemon: a worker stopped mid-batch must not wait at exit for a send the parent will never read.
        sender = threading.Thread(target=_send_all, args=(outbox, pipe), daemon=True)
        sender.start()
        while (index := self.claims.take(slot)) is not None:
            try:
                outcome = work(items[index])
            except BaseException:
                os._exit(1)  # as a crash: the parent reports this article and redoes the unsent ones
            outbox.put((index, outcome))
        self.claims.held[slot] = _IDLE
        outbox.put(None)
        sender.join()
        pipe.close()

    def receive(self, timeout: float) -> tuple[list[tuple[int, Outcome]], list[int]]:
        """Results sent so far (waiting up to `timeout` for one), and the slots of workers that have ended."""
        results, ended = [], []
        for reader in wait(list(self.pipes), timeout):
            assert isinstance(reader, Connection)
            try:
                results.append(reader.recv())
            except (EOFError, OSError):  # the worker finished, or died (then perhaps mid-message)
                ended.append(self.pipes.pop(reader))
                reader.close()
        return results, ended

    def exit_code(self, slot: int) -> int:
        """How the worker in `slot` ended, once its pipe has closed."""
        process = self.processes[slot]
        process.join(_STOP_SECONDS)
        if process.is_alive():
            process.kill()
            process.join()
        return process.exitcode or 0

    def stop(self) -> None:
        """End every worker, finished or not (Ctrl-C, an error in the consumer, or the batch done)."""
        for process in self.processes:
            if process.is_alive():
                process.terminate()
        for process in self.processes:
            process.join(_STOP_SECONDS)
            if process.is_alive():  # SIGTERM did not end it: nothing of a worker is worth waiting for
                process.kill()
                process.join()
        for reader in self.pipes:
            reader.close()
        self.pipes = {}


class Forked(Generic[Item]):
    """`work` over every item in `workers` forked processes plus this one, yielded in input order.

    The workers start when this is made (before any progress bar starts its thread, which a fork must not
    copy); `stop()` ends them, and is safe to call more than once. `died(item, exit code)` makes the outcome of
    an article whose worker died while annotating it.
    """

    def __init__(self, items: Sequence[Item], work: Callable[[Item], Outcome], workers: int, died: _Died[Item]):
        self.items, self.work, self.died = items, work, died
        self.pool = _Workers(items, work, workers)

    def stop(self) -> None:
        """End the workers."""
        self.pool.stop()

    def __iter__(self) -> Iterator[Outcome]:
        ahead: dict[int, Outcome] = {}
        redo: list[int] = []  # articles a dead worker had annotated but not sent, highest first
        claims = self.pool.claims
        try:
            for wanted in range(len(self.items)):
                while wanted not in ahead:
                    self._collect(ahead, redo, wanted, 0.0)
                    if wanted in ahead:
                        break
                    mine = redo.pop() if redo else None
                    if mine is None and len(ahead) < claims.limit:
                        mine = claims.take()
                    if mine is not None:
                        ahead[mine] = self.work(self.items[mine])
                    else:
                        self._collect(ahead, redo, wanted, _POLL_SECONDS)
                claims.yielded.value = wanted + 1
                yield ahead.pop(wanted)
        finally:
            self.stop()

    def _collect(self, ahead: dict[int, Outcome], redo: list[int], wanted: int, timeout: float) -> None:
        """Take the results sent; for a worker that ended, report the article it held, redo what it never sent."""
        claims = self.pool.claims
        results, ended = self.pool.receive(timeout)
        ahead.update((index, outcome) for index, outcome in results if index >= wanted)
        for slot in ended:
            code = self.pool.exit_code(slot)
            held = claims.held[slot]
            # Every result a worker sent has been read before its end of file, so what it owned and is not here was
            # never sent: normally nothing.
            unsent = [i for i in range(wanted, claims.total) if claims.owner[i] == slot and i not in ahead]
            for index in unsent:
                claims.owner[index] = _IDLE
                if index == held and code != 0:
                    ahead[index] = self.died(self.items[index], code)
                else:
                    redo.append(index)
            redo.sort(reverse=True)
