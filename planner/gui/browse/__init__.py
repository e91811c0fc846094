"""Browsing the catalog: the navigation tree (days, rooms, tracks), the filter and its chips,
the session list with its columns and sorting, search, and the detail pane."""
