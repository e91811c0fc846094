"""The domain and its pure functions: no database, no Qt, no file formats."""
