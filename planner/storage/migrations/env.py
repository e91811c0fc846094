"""Alembic environment: always driven programmatically, on the connection the caller passes."""

from __future__ import annotations

from alembic import context

from planner.storage.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables instead
)
with context.begin_transaction():
    context.run_migrations()
