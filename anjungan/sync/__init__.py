"""The client side of the HTTP API: outbox push, change pull, reference-data refresh.

Qt-free, except `qt_bridge` (the one module that turns sync progress into Qt signals).
Imports only `core` and requests. `api` is the typed client and `errors` its exception
tree; `engine` runs a sync (`queue` orders the pushes, `apply` writes the server's
answers, `state` keeps the engine's values), `runner` schedules runs, `cli` is
`anjungan sync`.
"""
