"""Renderers: one package per job (annotate, report, check), one module per format, reading the model only."""
