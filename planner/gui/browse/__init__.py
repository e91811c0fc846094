"""Browsing the catalog: the navigation tree, the session list, search, the detail pane."""
