from django.db import migrations

# The role groups of atnet.accounts.roles (names copied: a migration must not
# change when the code does). Their permissions are granted after migrate
# (atnet.accounts.permissions), once every app's permissions exist.
GROUPS = ["administrator", "coordinator", "editor", "translator", "focal point", "member"]
# Wagtail's own starter groups, replaced by the roles above when nobody uses them.
WAGTAIL_STARTER_GROUPS = ["Editors", "Moderators"]


def groups_create(apps, schema_editor):
    group_model = apps.get_model("auth", "Group")
    for name in GROUPS:
        group_model.objects.get_or_create(name=name)
    group_model.objects.filter(name__in=WAGTAIL_STARTER_GROUPS, user__isnull=True).delete()
    _memberships_to_groups(apps)


def _memberships_to_groups(apps):
    group_model = apps.get_model("auth", "Group")
    membership_model = apps.get_model("network", "Membership")
    for role, name in (("focal_point", "focal point"), ("member", "member")):
        group = group_model.objects.get(name=name)
        users = membership_model.objects.filter(role=role).values_list("user_id", flat=True)
        group.user_set.add(*set(users))


def groups_delete(apps, schema_editor):
    names = [name for name in GROUPS if name != "coordinator"]
    apps.get_model("auth", "Group").objects.filter(name__in=names).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_coordinator_group"),
        ("network", "0002_directory_page"),
        # After the migrations that fill Wagtail's starter groups.
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(groups_create, groups_delete)]
