"""Experiences (erfaringer), themes and events (samlinger): one module per part, re-exported here."""

from .events import EventIndexPage, EventPage, ics_response
from .experiences import (
    CONTENT_LANGUAGES,
    ExperienceIndexPage,
    ExperiencePage,
    ExperiencePageQuerySet,
    ExperienceRelatedLink,
    MunicipalitySectionPage,
    Theme,
    ThemeFeaturedExperience,
)

__all__ = [
    "CONTENT_LANGUAGES",
    "EventIndexPage",
    "EventPage",
    "ExperienceIndexPage",
    "ExperiencePage",
    "ExperiencePageQuerySet",
    "ExperienceRelatedLink",
    "MunicipalitySectionPage",
    "Theme",
    "ThemeFeaturedExperience",
    "ics_response",
]
