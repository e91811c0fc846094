"""Storage: SQLAlchemy tables, engine set-up, migrations and repositories (the only SQL here)."""
