"""`python -m anjungan` is the same as the `anjungan` command."""

from anjungan.cli import main

raise SystemExit(main())
