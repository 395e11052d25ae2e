import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from actors.models import Country
from config.roles import EDITORS_GROUP
from stances.choices import ReviewStatus, Stance
from stances.models import Statement
from tests.factories import StatementFactory, UserFactory, statement_admin_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = UserFactory(username="editor", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    client.force_login(user)
    return user


def changelist():
    return reverse("admin:stances_statement_changelist")


def test_the_review_queue_lists_pending_statements_first_with_what_matters(client, editor):
    StatementFactory(quote="Approved long ago.", status=ReviewStatus.APPROVED)
    StatementFactory(
        quote="Waiting for review.",
        status=ReviewStatus.PENDING,
        confidence=0.87,
        source_outlet="Khmer Times",
    )
    response = client.get(changelist())
    assert response.status_code == 200
    page = response.content.decode()
    assert page.index("Waiting for review.") < page.index("Approved long ago.")
    for shown in ("Cambodia", "Russia-Ukraine war", "Neutral", "0.87", "Khmer Times"):
        assert shown in page


def test_bulk_approve_records_the_reviewer_the_time_and_a_history_entry(client, editor):
    pending = StatementFactory.create_batch(3, status=ReviewStatus.PENDING)
    response = client.post(
        changelist(),
        {"action": "approve_selected", "_selected_action": [s.pk for s in pending]},
        follow=True,
    )
    assert "Approved 3 statement(s)." in response.content.decode()
    for statement in Statement.objects.filter(pk__in=[s.pk for s in pending]):
        assert statement.status == ReviewStatus.APPROVED
        assert statement.reviewed_by == editor
        assert statement.reviewed_at is not None
        latest = statement.history.first()
        assert (latest.status, latest.history_user) == (ReviewStatus.APPROVED, editor)


def test_bulk_reject_marks_every_selected_statement_rejected(client, editor):
    pending = StatementFactory.create_batch(2, status=ReviewStatus.PENDING)
    client.post(
        changelist(), {"action": "reject_selected", "_selected_action": [s.pk for s in pending]}
    )
    assert set(Statement.objects.values_list("status", flat=True)) == {ReviewStatus.REJECTED}


def test_an_editor_can_correct_a_candidate_then_approve_it_in_one_step(client, editor):
    statement = StatementFactory(status=ReviewStatus.PENDING, stance=Stance.OTHER)
    url = reverse("admin:stances_statement_change", args=[statement.pk])
    response = client.post(
        url, statement_admin_form(statement, stance="neutral", _save_and_approve="1")
    )
    assert response.status_code == 302
    statement.refresh_from_db()
    assert (statement.stance, statement.status, statement.reviewed_by) == (
        "neutral",
        ReviewStatus.APPROVED,
        editor,
    )


def test_a_statement_history_can_be_reverted_in_the_admin(client, editor):
    statement = StatementFactory(quote="The original words.")
    original = statement.history.first()
    statement.quote = "A wrong edit."
    statement.save()
    url = reverse(
        "admin:stances_statement_simple_history", args=[statement.pk, original.history_id]
    )
    response = client.post(url, statement_admin_form(statement, quote="The original words."))
    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.quote == "The original words."
    assert statement.history.count() == 3
    history_page = client.get(reverse("admin:stances_statement_history", args=[statement.pk]))
    assert history_page.status_code == 200


def test_editors_curate_statements_but_cannot_change_reference_data(client, editor):
    assert editor.has_perm("stances.change_statement")
    assert editor.has_perm("stances.add_statement")
    assert editor.has_perm("actors.view_country")
    assert not editor.has_perm("actors.change_country")
    assert not editor.has_perm("stances.change_conflict")
    assert not editor.has_perm("stances.delete_statement")
    khm = reverse("admin:actors_country_change", args=[Country.objects.get(iso3="KHM").pk])
    response = client.post(khm, {"name": "Renamed"})
    assert response.status_code == 403


def test_every_model_has_an_admin_page_that_opens(admin_client):
    for name in (
        "actors_country",
        "actors_countryname",
        "actors_bloc",
        "actors_blocmembership",
        "actors_person",
        "actors_office",
        "actors_term",
        "stances_conflict",
        "stances_statement",
        "stances_resolution",
        "stances_vote",
    ):
        response = admin_client.get(reverse(f"admin:{name}_changelist"))
        assert response.status_code == 200, name
