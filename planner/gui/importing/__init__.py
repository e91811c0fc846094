"""Importing schedules: the import flow and its worker, dropped files, and what changed."""
