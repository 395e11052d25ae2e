"""Writes to conflicts, statements and votes."""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from .choices import ReviewStatus
from .models import Statement


def statement_review(
    *, statement: Statement, reviewer: AbstractBaseUser, status: ReviewStatus
) -> Statement:
    """Record `reviewer`'s verdict on `statement`, with the time, in its history."""
    if status not in (ReviewStatus.APPROVED, ReviewStatus.REJECTED):
        raise ValueError(f"A review approves or rejects; {status!r} is neither.")
    statement.status = status
    statement.reviewed_by = reviewer
    statement.reviewed_at = timezone.now()
    statement._history_user = reviewer
    statement._change_reason = f"{status.label} by {reviewer}"
    statement.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
    return statement


def statement_approve(*, statement: Statement, reviewer: AbstractBaseUser) -> Statement:
    return statement_review(statement=statement, reviewer=reviewer, status=ReviewStatus.APPROVED)


def statement_reject(*, statement: Statement, reviewer: AbstractBaseUser) -> Statement:
    return statement_review(statement=statement, reviewer=reviewer, status=ReviewStatus.REJECTED)


def statements_review(
    *, statements: Iterable[Statement], reviewer: AbstractBaseUser, status: ReviewStatus
) -> int:
    """Review many statements at once, each with its own history record; return how many."""
    count = 0
    with transaction.atomic():
        for statement in statements:
            statement_review(statement=statement, reviewer=reviewer, status=status)
            count += 1
    return count
