"""Building blocks of scripts/build_state_media_registry.py: curation tables, name parsing, outlets, output."""
