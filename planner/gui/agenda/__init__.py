"""My agenda: the day timeline, its layout and painting, the decisions (clash panel), the
best plan's preview, and the gap finder ("What's on then?")."""
