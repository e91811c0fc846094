"""Readers and writers of the file formats the planner understands, one module per format."""
