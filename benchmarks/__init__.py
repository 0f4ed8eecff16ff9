"""Benchmarks of newskg: a corpus generator and a harness (python -m benchmarks.run)."""
