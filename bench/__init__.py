"""Benchmarks: speed and quality figures, each reported against a baseline measured in the same run."""
