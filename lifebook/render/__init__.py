"""Painters (pdf.py, qt.py) and image derivatives (images.py)."""
