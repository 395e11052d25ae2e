"""Request parsers of the API (named in REST_FRAMEWORK["DEFAULT_PARSER_CLASSES"])."""

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class SafeJSONParser(JSONParser):
    """JSONParser that answers a body nested too deep to decode with a 400, as any bad JSON.

    DRF turns the ValueError of malformed JSON into a 400 but lets RecursionError through: a
    body of 100,000 nested brackets was a 500 (tests/reliability/test_api_schema.py).
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - nested too deeply.") from None
        if _has_nul(data):
            # PostgreSQL cannot hold NUL in text: a lookup with one was a 500.
            raise ParseError("JSON parse error - NUL characters (\\u0000) are not accepted.")
        return data


def _has_nul(value) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(key) or _has_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_has_nul(item) for item in value)
    return False
