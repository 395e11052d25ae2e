from django.db import models


class ArticleState(models.TextChoices):
    QUEUED = "queued", "Queued"
    FETCHED = "fetched", "Fetched"
    EXTRACTED = "extracted", "Extracted"
    DUPLICATE = "duplicate", "Duplicate of an earlier article"
    FAILED = "failed", "Failed"


class SubmissionSource(models.TextChoices):
    FEED = "feed", "Feed"
    URL = "url", "Submitted URL"
    TEXT = "text", "Submitted text"
    FILE = "file", "Imported file"
