"""briefing: many articles about one story in, one balanced briefing out, as text and audio."""

__version__ = "0.1.0"
