"""Sitrep's benchmark suite: `python -m bench` (or `make bench`) prints throughput, build times and peak
memory on the White House corpus and on synthetic corpora, with the machine named. See docs/benchmarks.md."""
