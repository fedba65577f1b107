"""eventcoder's benchmark: `python -m bench` (or `make bench`) writes BENCHMARKS.md."""
