"""The one place the version lives (read by the build and by the app)."""

__version__ = "0.1.0"
