"""Conference Planner: a personal agenda planner for conference attendees."""

__version__ = "0.1.0"
