"""Newsroom workflow: editor decisions, baselines, inline suppressions, changed files."""
