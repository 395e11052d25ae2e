"""What the wire site's feed must leave in the database, however often its tasks ran."""

from ingest import engine
from ingest.choices import ArticleState
from ingest.models import Article
from stances.choices import Origin, ReviewStatus, Stance
from stances.models import Statement


def assert_wire_ingested_once(feed):
    articles = {a.url.rsplit("/", 1)[-1]: a for a in Article.objects.filter(feed=feed)}
    assert sorted(articles) == ["brazil-talks", "cambodia-neutral", "hun-sen-ukraine"]
    original, copy, brazil = (
        articles["cambodia-neutral"],
        articles["hun-sen-ukraine"],
        articles["brazil-talks"],
    )
    # Which copy of the Cambodia report counts as the original depends on which was fetched
    # first; the other must point to it.
    if original.state == ArticleState.DUPLICATE:
        original, copy = copy, original
    assert original.state == ArticleState.EXTRACTED, original.failure_reason
    assert (copy.state, copy.duplicate_of_id) == (ArticleState.DUPLICATE, original.pk)
    assert brazil.state == ArticleState.EXTRACTED, brazil.failure_reason
    assert not copy.statements.exists()

    for article in (original, brazil):
        found = {
            (c.actor_country, c.actor_bloc, c.conflict, c.stance, c.start)
            for c in engine.candidates_in(article.text, published=article.published)
        }
        filed = list(article.statements.select_related("actor_country", "actor_bloc"))
        assert len(filed) == len(found), "each candidate filed exactly once"
        for statement in filed:
            assert (statement.status, statement.origin) == (
                ReviewStatus.PENDING,
                Origin.PIPELINE,
            )
            assert (
                statement.quote == article.text[statement.evidence_start : statement.evidence_end]
            )
            assert (statement.source_url, statement.source_outlet) == (article.url, article.outlet)

    assert Statement.objects.filter(
        article=original,
        actor_country__iso3="KHM",
        conflict__slug="russia-ukraine-war",
        stance=Stance.NEUTRAL,
    ).exists()
    return original, copy, brazil
