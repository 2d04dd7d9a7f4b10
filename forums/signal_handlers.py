"""Forum signal handlers: none yet. Notifications are sent explicitly by posting.py and
moderation.py, so that bulk operations (demo data, merges) never mail anyone by accident."""
