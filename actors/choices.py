from django.db import models


class UNStatus(models.TextChoices):
    MEMBER = "member", "UN member state"
    OBSERVER = "observer", "UN observer state"
    NONE = "none", "Not a UN member"


class CountryNameKind(models.TextChoices):
    ALIAS = "alias", "Alias"
    DEMONYM = "demonym", "Demonym"
    CAPITAL = "capital", "Capital"
    METONYM = "metonym", "Metonym"


class BlocRole(models.TextChoices):
    MEMBER = "member", "Member"
    OBSERVER = "observer", "Observer"
    PARTNER = "partner", "Partner"


class OfficeKind(models.TextChoices):
    HEAD_OF_STATE = "head_of_state", "Head of state"
    HEAD_OF_GOVERNMENT = "head_of_government", "Head of government"
    FOREIGN_MINISTER = "foreign_minister", "Foreign minister"
    UN_ENVOY = "un_envoy", "UN envoy"
    SPOKESPERSON = "spokesperson", "Spokesperson"
