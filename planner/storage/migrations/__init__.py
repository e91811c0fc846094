"""Alembic migrations for the planner's SQLite file; run automatically when a file is opened."""
