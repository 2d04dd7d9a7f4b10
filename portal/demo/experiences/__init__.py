"""Demo experiences, written for the demo in Norwegian: two to four per programme municipality.

The texts live in one module per region; `load` creates the pages that are missing and leaves
existing ones alone, so running it again adds nothing.
"""

import datetime

from django.utils import timezone
from wagtail.models import Revision

from experiences.models import ExperiencePage, ExperienceRelatedLink, MunicipalitySectionPage, Theme
from municipalities.models import ProgrammePeriod

from . import innherred_og_namdalen, moere_og_romsdal, trondheimsregionen
from .blocks import rich

EXPERIENCES = (
    moere_og_romsdal.EXPERIENCES + trondheimsregionen.EXPERIENCES + innherred_og_namdalen.EXPERIENCES
)


def load(log):
    existing = set(ExperiencePage.objects.values_list("municipality__slug", "slug"))
    missing = [e for e in EXPERIENCES if (e.municipality, e.slug) not in existing]
    if not missing:
        return
    sections = {
        s.municipality.slug: s for s in MunicipalitySectionPage.objects.select_related("municipality")
    }
    themes = {t.slug: t for t in Theme.objects.all()}
    periods = {p.start_year: p for p in ProgrammePeriod.objects.all()}
    for experience in missing:
        section = sections[experience.municipality]
        published = experience.published
        page = ExperiencePage(
            title=experience.title,
            slug=experience.slug,
            municipality=section.municipality,
            period=periods.get(2013 if published.year >= 2013 else 2009),
            summary=experience.summary,
            body=experience.body,
            what_worked=rich(experience.worked),
            do_differently=rich(experience.differently),
            contact_name=experience.contact[0],
            contact_role=experience.contact[1],
            contact_email=experience.contact[2],
            published_date=published,
            featured=experience.featured,
            language=experience.language,
            # Listings sorted by publication show the demo in the order the stories were written.
            first_published_at=timezone.make_aware(datetime.datetime.combine(published, datetime.time(9))),
        )
        page.themes = [themes[slug] for slug in experience.themes]
        # Related experiences are listed earlier in EXPERIENCES, so they exist by now.
        targets = ExperiencePage.objects.filter(slug__in=experience.related)
        page.related_links = [ExperienceRelatedLink(target=target) for target in targets]
        add_live_page(section, page)
        log(f"  erfaring {experience.title}")


def add_live_page(parent, page):
    """Add `page` under `parent`, published, with its first revision as the live one.

    The end state of add_child() + save_revision().publish() in one save instead of three:
    every save re-indexes the page, and the demo content is loaded before each test.
    """
    page.live, page.has_unpublished_changes = True, False
    page.first_published_at = page.first_published_at or timezone.now()
    page.last_published_at = page.first_published_at
    parent.add_child(instance=page)
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        content=page.serializable_data(),
        object_str=str(page),
    )
    type(page).objects.filter(pk=page.pk).update(
        latest_revision=revision, live_revision=revision, latest_revision_created_at=revision.created_at
    )
    return page
