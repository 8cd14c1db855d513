"""The benchmark suite (`make bench`) and its data generator; see docs/performance.md."""
