"""Services: the Planner facade over storage and formats."""
