"""Writes of the meetings app (`<entity>_<action>(*, ...)`), one module per concern."""
