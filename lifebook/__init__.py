"""Lifebook: life story books, words and pictures and later life letters."""

__version__ = "0.1.0"
