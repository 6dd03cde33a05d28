"""Benchmark: importing very large phone photos (up to 200 megapixels).

Run on demand: ``python tests/perf/bench_import.py``. Prints the time and
peak memory to import a 12 MP and a ~192 MP JPEG, and a ~192 MP PNG. The
thumbnail decode uses Image.draft() for JPEGs, so even 192 MP stays quick.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image  # noqa: E402

from lifebook.services.children import add_child  # noqa: E402
from lifebook.services.photos import import_photos  # noqa: E402
from lifebook.store.db import Library  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make(path: Path, size: tuple[int, int], fmt: str) -> Path:
    im = Image.linear_gradient("L").resize(size).convert("RGB")
    im.save(path, fmt, **({"quality": 85} if fmt == "JPEG" else {"compress_level": 1}))
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lib = Library.open(folder / "library.sqlite3")
        child = add_child(lib, "Benchmark Child")
        cases = [("12 MP JPEG", (4000, 3000), "JPEG"), ("192 MP JPEG", (16000, 12000), "JPEG"),
                 ("192 MP PNG", (16000, 12000), "PNG")]
        for label, size, fmt in cases:
            path = make(folder / f"{label.replace(' ', '-')}.{fmt.lower()}", size, fmt)
            start = time.perf_counter()
            report = import_photos(lib, child.id, [path])
            took = time.perf_counter() - start
            status = "imported" if report.imported else f"REJECTED: {report.rejected[0].reason}"
            print(f"{label:12} {os.path.getsize(path) / 1e6:7.1f} MB on disk: {status} in "
                  f"{took:5.2f} s; peak memory so far {peak_mb():.0f} MB")
        lib.close()


if __name__ == "__main__":
    main()
