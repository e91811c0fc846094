"""Changing picks from the window: the one runner every change goes through, undo, and the
agenda state the screens read."""
