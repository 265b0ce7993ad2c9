"""A Dask worker plugin that builds the rules when a worker starts, before its first task needs them."""

from __future__ import annotations

from distributed import Worker, WorkerPlugin

from provenance.export.worker import RulesLoader, rulebook


class RulesPlugin(WorkerPlugin):
    """Loads the rules once per worker process at start-up (a worker that joins later loads them too)."""

    name = "provenance-rules"

    def __init__(self, loader: RulesLoader) -> None:
        self.loader = loader

    def setup(self, worker: Worker) -> None:
        """Build the rules into this process's cache, where every task of this worker finds them."""
        rulebook(self.loader)
