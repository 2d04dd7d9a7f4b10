"""Signal handlers for forums (notifications are connected here)."""
