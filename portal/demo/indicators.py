"""Illustrative indicator values (filled in by the indicator tool's demo)."""


def load(log):
    return None
