"""Expected minimum role of every endpoint, one module per area (``EXPECTED`` list).

The authorization-matrix test sends every endpoint a request as every role (and with
no token) and checks the answer against these tables; a route missing from them fails.
"""
