"""Shared test set-up. Qt runs offscreen here, not only in CI."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LIFEBOOK_USER", "test-worker")
