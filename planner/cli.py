"""The scripting interface over the Planner facade (placeholder until the facade lands)."""


def main() -> int:
    return 0
