from django.db import models


class Stance(models.TextChoices):
    SUPPORTS_SIDE_A = "supports_side_a", "Supports side A"
    SUPPORTS_SIDE_B = "supports_side_b", "Supports side B"
    NEUTRAL = "neutral", "Neutral"
    CONDEMNS = "condemns", "Condemns"
    CALLS_FOR_NEGOTIATION = "calls_for_negotiation", "Calls for negotiation"
    ABSTAINS = "abstains", "Abstains"
    OTHER = "other", "Other"


class Side(models.TextChoices):
    A = "a", "Side A"
    B = "b", "Side B"


class StatementKind(models.TextChoices):
    STATEMENT = "statement", "Statement"
    REPORTED_SPEECH = "reported_speech", "Reported speech"
    VOTE = "vote", "Vote"
    ACTION = "action", "Action"
    COMMENTARY = "commentary", "Commentary"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class ReviewStatus(models.TextChoices):
    PENDING = "pending", "Pending review"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class Origin(models.TextChoices):
    PIPELINE = "pipeline", "Ingestion pipeline"
    EDITOR = "editor", "Editor"


class Body(models.TextChoices):
    UNGA = "UNGA", "UN General Assembly"
    UNSC = "UNSC", "UN Security Council"
    HRC = "HRC", "UN Human Rights Council"


class VoteChoice(models.TextChoices):
    YES = "Y", "Yes"
    NO = "N", "No"
    ABSTAIN = "A", "Abstain"
    NON_VOTING = "X", "Non-voting"
