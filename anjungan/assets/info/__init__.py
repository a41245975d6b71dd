"""Info JKN content: one TOML file per language (id.toml, en.toml) and a README on editing.

Data only, read by `anjungan.core.info` through importlib.resources; holds no code.
"""
