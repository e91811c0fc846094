"""Sharing: calendar export, agenda files, their preview, and colleagues' overlays."""
