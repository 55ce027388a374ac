"""Shared test configuration."""

# Fails the run when any log line of the whole run holds an unmasked card number or phone.
pytest_plugins = ["log_privacy"]
