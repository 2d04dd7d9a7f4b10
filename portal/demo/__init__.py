"""Demo content for development: loaded by `manage.py load_demo_content`, never in production.

Each module has a `load(log)` function that is idempotent (get-or-create on natural keys),
so running the loader again keeps what is there and adds only what is missing.
"""

STEPS = [
    "portal.demo.municipalities",
    "portal.demo.users",
    "portal.demo.pages",
    "portal.demo.experiences",
    "portal.demo.events",
    "portal.demo.forums",
    "portal.demo.indicators",
]
