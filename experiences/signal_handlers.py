"""Signal handlers for experiences (workflow e-mails are connected here)."""
