"""Werkfit Desktop: the administration of learn-work trajectories."""

from werkfit_desktop.version import __version__

__all__ = ["__version__"]
