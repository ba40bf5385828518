"""QunDesk's benchmark suite: every speed and memory target measured against a baseline.

Run it with `python -m benchmarks` (see `python -m benchmarks --help`); it is not part of
the default test run.
"""
