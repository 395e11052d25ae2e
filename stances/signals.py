"""Keep the stance changes table (StanceChange) right on every write to a statement.

Signals, not service calls, because statements are written by services, the admin, the API,
history reverts, fixtures, factories and shells alike. Writes that bypass the models
(QuerySet.update, COPY) call stances.services.stance_changes_touched or stance_changes_rebuild
themselves.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from .models import Statement
from .selectors import counts
from .services import SeriesKey, stance_changes_touched

# What decides whether a statement counts, in which series and how; the rule reads no more.
RULE_FIELDS = ("actor_country_id", "conflict_id", "status", "kind", "date", "stance", "target_side")


def _series_counted(values: dict) -> SeriesKey | None:
    """Return the series a statement's values count in, or None when they do not count."""
    counted = counts(
        status=values["status"],
        actor_country_id=values["actor_country_id"],
        date=values["date"],
        kind=values["kind"],
    )
    return (values["actor_country_id"], values["conflict_id"]) if counted else None


@receiver(pre_save, sender=Statement, dispatch_uid="stance_changes_before_save")
def remember_stored_statement(sender, instance: Statement, using, **kwargs):
    stored = None
    if instance.pk is not None:
        rows = Statement.objects.using(using).filter(pk=instance.pk)
        # Locked when in a transaction (Statement.save opens one), so that a concurrent edit
        # of the same statement waits, then reads this one's series rather than a stale one.
        if transaction.get_connection(using).in_atomic_block:
            rows = rows.select_for_update()
        stored = rows.values(*RULE_FIELDS).first()
    instance._stance_stored = stored


@receiver(post_save, sender=Statement, dispatch_uid="stance_changes_after_save")
def refresh_after_save(sender, instance: Statement, **kwargs):
    stored = instance.__dict__.pop("_stance_stored", None)
    # A field deferred when the statement was loaded, and never set, is as stored.
    deferred = instance.get_deferred_fields() if stored else set()
    current = {
        name: stored[name] if name in deferred else getattr(instance, name) for name in RULE_FIELDS
    }
    if current == stored:
        return
    keys = {_series_counted(current), stored and _series_counted(stored)} - {None}
    if keys:
        stance_changes_touched(keys=keys)


@receiver(pre_delete, sender=Statement, dispatch_uid="stance_changes_before_delete")
def remember_deleted_series(sender, instance: Statement, **kwargs):
    # Read before the row goes: a deferred field can no longer be loaded after.
    instance._stance_series = _series_counted(
        {name: getattr(instance, name) for name in RULE_FIELDS}
    )


@receiver(post_delete, sender=Statement, dispatch_uid="stance_changes_after_delete")
def refresh_after_delete(sender, instance: Statement, **kwargs):
    if key := instance.__dict__.pop("_stance_series", None):
        stance_changes_touched(keys=[key])
