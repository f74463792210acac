"""Sitrep orchestration: Dagster assets, resources, schedules and sensors around `ingest` and dbt."""
