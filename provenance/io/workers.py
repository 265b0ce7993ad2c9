"""Forked worker processes that claim a batch's articles one at a time, this process being one of them.

Each process (the workers and this one) takes the next unclaimed article from a shared counter, so no
process waits on a fixed share while another still has work: this process annotates an article itself only
when the next result in input order is not ready yet, and otherwise unpickles and yields. Results come back
in input order. Each worker sends on its own pipe, so one that dies (killed, out of memory) cannot garble the
others' results: the article it held comes back as a problem naming the file, the results it had not yet
sent are annotated again here, and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from queue import SimpleQueue
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from multiprocessing.context import ForkContext, ForkProcess

    from provenance.io.batch import Outcome

__all__ = ["forked_outcomes"]

Item = TypeVar("Item")
_Died = Callable[[Item, int], "Outcome"]

_IDLE = -1
# How long this process waits for a result before checking the workers again.
_POLL_SECONDS = 0.5
# Results held out of order before this process stops annotating and only waits: bounds memory on a slow consumer.
_AHEAD_PER_WORKER = 16
# How long a stopped worker may take to end before it is killed.
_STOP_SECONDS = 5.0


class _Claims:
    """The shared counter of articles handed out, who took each, and which article each worker holds."""

    def __init__(self, total: int, workers: int) -> None:
        context = multiprocessing.get_context("fork")
        self.total = total
        self.next = context.Value("q", 0)
        self.owner = context.Array("i", [_IDLE] * total, lock=False)  # written under self.next's lock
        self.held = context.Array("q", [_IDLE] * workers, lock=False)

    def take(self, slot: int = _IDLE) -> int | None:
        """The next unclaimed article's index, marked as held by worker `slot`; None when all are handed out."""
        with self.next.get_lock():  # claimed and marked held at once: a worker dying in between loses nothing
            index: int = self.next.value
            if index >= self.total:
                return None
            self.next.value = index + 1
            self.owner[index] = slot
            if slot != _IDLE:
                self.held[slot] = index
            return index


def _send_all(outbox: SimpleQueue[tuple[int, Outcome] | None], pipe: Connection) -> None:
    """Pickle and send results while the worker annotates the next article (as multiprocessing.Queue does)."""
    while (result := outbox.get()) is not None:
        pipe.send(result)


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
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, self.signals)

    def _start(self, items: Sequence[Item], work: Callable[[Item], Outcome], count: int, context: ForkContext) -> None:
        for slot in range(count):
            reader, writer = context.Pipe(duplex=False)
            process = context.Process(target=self._serve, args=(slot, items, work, writer), daemon=True)
            process.start()
            writer.close()  # this process keeps only the reading end, so a dead worker shows as end of file
            self.pipes[reader] = slot
            self.processes.append(process)

    def _serve(self, slot: int, items: Sequence[Item], work: Callable[[Item], Outcome], pipe: Connection) -> None:
        """A worker's life: claim, annotate, hand to the sending thread, until nothing is left."""
        # The parent handles Ctrl-C and stops the workers; workers printing tracebacks would only add noise. A worker
        # ends at once when stopped (the parent's SIGTERM handler, inherited by the fork, would raise and wait instead).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_SETMASK, self.signals)
        outbox: SimpleQueue[tuple[int, Outcome] | None] = SimpleQueue()
        # A daemon: a worker stopped mid-batch must not wait at exit for a send the parent will never read.
        sender = threading.Thread(target=_send_all, args=(outbox, pipe), daemon=True)
        sender.start()
        while (index := self.claims.take(slot)) is not None:
            outbox.put((index, work(items[index])))
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


def forked_outcomes(
    items: Sequence[Item], work: Callable[[Item], Outcome], workers: int, died: _Died[Item]
) -> Iterator[Outcome]:
    """`work` over every item in `workers` forked processes plus this one, yielded in input order.

    `died(item, exit code)` makes the outcome of an article whose worker died while annotating it.
    """
    pool = _Workers(items, work, workers)
    ahead: dict[int, Outcome] = {}
    redo: list[int] = []  # articles a dead worker had annotated but not yet sent
    try:
        for wanted in range(len(items)):
            while wanted not in ahead:
                _collect(pool, ahead, redo, wanted, 0.0, items, died)
                if wanted in ahead:
                    break
                mine = redo.pop() if redo else None
                if mine is None and len(ahead) < _AHEAD_PER_WORKER * workers:
                    mine = pool.claims.take()
                if mine is not None:
                    ahead[mine] = work(items[mine])
                else:
                    _collect(pool, ahead, redo, wanted, _POLL_SECONDS, items, died)
            yield ahead.pop(wanted)
    finally:
        pool.stop()


def _collect(
    pool: _Workers[Item],
    ahead: dict[int, Outcome],
    redo: list[int],
    wanted: int,
    timeout: float,
    items: Sequence[Item],
    died: _Died[Item],
) -> None:
    """Take the results sent; for a worker that died, report the article it held and redo the ones it never sent."""
    results, ended = pool.receive(timeout)
    ahead.update((index, outcome) for index, outcome in results if index >= wanted)
    for slot in ended:
        code = pool.exit_code(slot)
        held = pool.claims.held[slot]
        if code == 0 and held == _IDLE:
            continue
        unsent = [i for i in range(wanted, pool.claims.total) if pool.claims.owner[i] == slot and i not in ahead]
        for index in unsent:
            pool.claims.owner[index] = _IDLE
            if index == held:
                ahead[index] = died(items[index], code)
            else:
                redo.append(index)
