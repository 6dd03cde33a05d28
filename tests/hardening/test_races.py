"""Two Lifebooks at once: the same photos imported by two real processes together."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from cli.cli_helpers import cli_env, run
from photo_files import write_jpeg


def test_two_processes_importing_the_same_photos_store_each_once(tmp_path: Path) -> None:
    photos = [write_jpeg(tmp_path / f"p{n}.jpg", (320, 240), colour=(5 * n, 120, 200))
              for n in range(40)]
    for attempt in range(3):  # a race needs a few tries to show itself: a new library each
        db = tmp_path / f"lib{attempt}.sqlite3"
        assert run(tmp_path, "add-child", "--name", "Ruby", library=db).returncode == 0
        cmd = [sys.executable, "-m", "lifebook", "--library", str(db), "import-photos",
               "--child", "1", "--json", *map(str, photos)]
        procs = [subprocess.Popen(cmd, cwd=tmp_path, env=cli_env(tmp_path), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outs = [p.communicate(timeout=180) for p in procs]
        for proc, (out, err) in zip(procs, outs, strict=True):
            assert proc.returncode == 0, err
            assert "Traceback" not in err and "UNIQUE" not in err
            report = json.loads(out)
            assert len(report["imported"]) + len(report["duplicates"]) == len(photos), report
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("SELECT count(*) FROM media_items").fetchone()[0] == len(photos)
        finally:
            conn.close()
        firsts = [json.loads(o)["imported"] for o, _ in outs]
        assert len(firsts[0]) + len(firsts[1]) == len(photos)  # each stored by one of them


def test_a_photo_stored_by_another_program_meanwhile_counts_as_already_there(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The database's uniqueness has the last word, whatever the check before it saw."""
    from lifebook.services import photos as photo_service
    from lifebook.services.children import add_child
    from lifebook.store.db import Library

    library = Library.open(tmp_path / "lib.sqlite3")
    try:
        child = add_child(library, "Ruby")
        photo = write_jpeg(tmp_path / "p.jpg", (320, 240))
        first = photo_service.import_photos(library, child.id, [photo])
        assert len(first.imported) == 1
        from sqlalchemy.orm import Session

        calls = {"n": 0}
        original = Session.scalar

        def blind_first_look(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            calls["n"] += 1
            return None if calls["n"] == 1 else original(self, *args, **kwargs)

        monkeypatch.setattr(Session, "scalar", blind_first_look)
        again = photo_service.import_photos(library, child.id, [photo])
        assert (len(again.imported), len(again.duplicates), len(again.rejected)) == (0, 1, 0)
    finally:
        library.close()
