"""Errors that stop a run because the configuration, not the data, is wrong.

Bad *data* never raises: it becomes a quarantine row. A bad *setting* raises a ConfigError whose
message is one line and names the setting, so the analyst knows what to change.
"""


class ConfigError(ValueError):
    """A setting (environment variable or argument) has a value the pipeline cannot use."""
