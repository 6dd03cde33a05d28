"""Fixtures for the store tests; shared photo makers live in tests/photo_files.py."""

from __future__ import annotations




