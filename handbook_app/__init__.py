"""Consular Handbook: an offline, signed handbook on human trafficking for consular staff."""

__version__ = "0.1.0"
