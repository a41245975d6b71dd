"""Packaged rule data of the JKN domain (tariffs with effective dates), read-only.

Loaded through `importlib.resources` by `anjungan.core.domain.tariffs`; holds no code.
"""
