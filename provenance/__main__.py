"""python -m provenance."""

from provenance.cli.main import main

main()
