"""Export annotations as Parquet tables researchers can query (DuckDB, pandas, R, Spark), on one machine or Dask.

pyarrow and dask come with the optional extra `provenance[research]`; they are imported only when a
table is written or a cluster run starts, and a missing one is reported as a ProvenanceError that
names the install command.
"""

from __future__ import annotations

from provenance.export.dask_run import export_dask
from provenance.export.meta import Catalog, DocMeta, derive, doc_id, load_catalog
from provenance.export.parallel import export_paths
from provenance.export.plan import ExportSummary, default_batch_size, plan
from provenance.export.schema import SCHEMA_VERSION, TABLES
from provenance.export.worker import rulebook
from provenance.export.writer import Exporter, write_batch

__all__ = [
    "SCHEMA_VERSION",
    "TABLES",
    "Catalog",
    "DocMeta",
    "ExportSummary",
    "Exporter",
    "default_batch_size",
    "derive",
    "doc_id",
    "export_dask",
    "export_paths",
    "load_catalog",
    "plan",
    "rulebook",
    "write_batch",
]
