"""The client side of the HTTP API: outbox push, change pull, reference-data refresh.

Qt-free (a small bridge elsewhere turns progress into signals). Imports only `core`
and requests.
"""
