"""Forum views, thin: access through `visible_to(user)`, work in posting.py and moderation.py."""
