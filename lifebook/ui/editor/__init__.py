"""The book editor: canvas, page strip, photo strip, properties, findings."""
