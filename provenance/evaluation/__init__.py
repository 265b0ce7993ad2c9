"""Scoring harness: compare what `provenance` finds with annotated corpora (brat attributions, PTC spans)."""
