"""Site-wide signal handlers."""
