"""Alembic environment for the Lifebook library.

Lifebook runs migrations itself at start-up (lifebook.store.migrate), passing
an open connection in ``config.attributes["connection"]``. SQLite needs batch
mode for ALTER TABLE; foreign keys are switched off around the migration by
the caller and checked afterwards.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from lifebook.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # plain `alembic` command line, for developers
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as conn:
        _run(conn)
