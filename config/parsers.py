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
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - nested too deeply.") from None
