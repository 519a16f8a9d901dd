"""`python -m readout.cli`: the `readout` command run as a module (tests and benchmarks start it so)."""
import sys

from readout.cli import main

sys.exit(main())
