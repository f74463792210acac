"""Sitrep ingest: read landing files, clean and segment text, extract actors, incidents and contacts.

Pure polars. Nothing in this package imports dagster: orchestration/ wires these functions into assets.
"""
