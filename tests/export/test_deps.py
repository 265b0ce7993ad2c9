from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.export.deps import INSTALL, require


def test_a_missing_optional_package_names_the_extra_to_install() -> None:
    with pytest.raises(ProvenanceError) as caught:
        require("no_such_module_for_provenance.sub")
    assert INSTALL in str(caught.value)
    assert "no_such_module_for_provenance" in str(caught.value)


def test_an_installed_package_is_returned() -> None:
    assert require("json").dumps([1]) == "[1]"


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)


def test_importing_the_export_package_loads_neither_pyarrow_nor_dask() -> None:
    done = _run("import sys, provenance.export; print(sorted(m for m in ('pyarrow', 'dask') if m in sys.modules))")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_writing_without_pyarrow_is_a_clear_error_naming_the_extra(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "from pathlib import Path\n"
        "from provenance import annotate\n"
        "from provenance.errors import ProvenanceError\n"
        "from provenance.export import write_batch\n"
        "try:\n"
        f"    write_batch([annotate('Text.', None, 'a.txt')], Path({str(tmp_path / 'out')!r}), 'b')\n"
        "except ProvenanceError as exc:\n"
        "    print(exc)\n"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr
    assert INSTALL in done.stdout and "pyarrow" in done.stdout
    assert not (tmp_path / "out").exists()
