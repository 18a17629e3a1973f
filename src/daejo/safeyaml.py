"""YAML read with a safe loader only: libyaml's (about six times faster than the
pure-Python one, same documents) when PyYAML was built with it, else PyYAML's own.
Never a loader that builds Python objects. Used for daejo's packaged rule and data
files, which are read at every start."""

from __future__ import annotations

import yaml


def safe_load(text: str):
    if hasattr(yaml, "CSafeLoader"):
        return yaml.load(text, Loader=yaml.CSafeLoader)
    return yaml.safe_load(text)
