import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("experiences", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="municipalitysectionpage",
            name="editors_group",
            field=models.OneToOneField(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="experience_section",
                to="auth.group",
                verbose_name="skrivegruppe",
            ),
        ),
        migrations.CreateModel(
            name="ThemeFeaturedExperience",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="experiences.experiencepage",
                        verbose_name="erfaring",
                    ),
                ),
                (
                    "theme",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="featured_experiences",
                        to="experiences.theme",
                    ),
                ),
            ],
            options={
                "verbose_name": "framhevet erfaring",
                "verbose_name_plural": "framhevede erfaringer",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
    ]
