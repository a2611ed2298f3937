"""NGO Calendar: a desktop editorial calendar for small associations."""

__version__ = "0.1.0"
