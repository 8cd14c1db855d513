"""Merging work from several laptops: operation log, hybrid logical clock, transports."""
