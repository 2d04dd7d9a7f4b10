"""Small helpers every app may use: below `municipalities`, importing none of the portal's apps."""
