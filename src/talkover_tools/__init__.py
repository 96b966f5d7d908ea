"""Maintainer tools: client generation and drift check, spec diffing, benchmarks."""
