from __future__ import annotations

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
