"""My agenda: the day timeline, its layout and painting, and the clash panel."""
