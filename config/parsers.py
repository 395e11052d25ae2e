"""Request parsers of the API (named in REST_FRAMEWORK["DEFAULT_PARSER_CLASSES"]).

DRF turns the ValueError of malformed JSON into a 400 but lets RecursionError through: a body of
100,000 nested brackets was a 500. PostgreSQL cannot hold NUL in text: a body carrying one, in
JSON or in a form, was a 500 at the first lookup (tests/reliability/test_api_schema.py).
"""

from django.http import QueryDict
from rest_framework.exceptions import ParseError
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser

NUL_REFUSED = "Parse error - NUL characters (\\u0000) are not accepted."


def _has_nul(value) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, QueryDict):
        return any(_has_nul(key) or _has_nul(items) for key, items in value.lists())
    if isinstance(value, dict):
        return any(_has_nul(key) or _has_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_has_nul(item) for item in value)
    return False


class SafeJSONParser(JSONParser):
    """JSONParser answering a body nested too deep, or carrying NUL, with a 400."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - nested too deeply.") from None
        if _has_nul(data):
            raise ParseError(NUL_REFUSED)
        return data


class SafeFormParser(FormParser):
    """FormParser answering a body carrying NUL with a 400."""

    def parse(self, stream, media_type=None, parser_context=None):
        data = super().parse(stream, media_type, parser_context)
        if _has_nul(data):
            raise ParseError(NUL_REFUSED)
        return data


class SafeMultiPartParser(MultiPartParser):
    """MultiPartParser answering fields carrying NUL with a 400."""

    def parse(self, stream, media_type=None, parser_context=None):
        parsed = super().parse(stream, media_type, parser_context)
        if _has_nul(parsed.data):
            raise ParseError(NUL_REFUSED)
        return parsed
