"""readout: Korean and English news to a deduplicated, source-linked database of diplomatic events.

The public entry points are `readout.api` (library functions that the CLI, HTTP API and tests share)
and the `readout` command (`readout.cli`).
"""
__version__ = "0.2.0"

from readout import budget  # noqa: E402 - first, so that its finder sees every readout module after it (budget52)

budget.install_import_finder()
