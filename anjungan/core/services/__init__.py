"""Use cases: one function per thing a user does, each taking a unit of work.

Screens and the server call these; they never build queries themselves. Imports
`core.domain`, `core.store` and `core.wire` only.
"""
