import json
import sys
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ingest.extraction import Extractor
from ingest.gazetteer import gazetteer_from_db


def _parse_day(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as error:
        raise CommandError(f"{where}: {value!r} is not a date in the form YYYY-MM-DD.") from error


class Command(BaseCommand):
    help = (
        "Print the candidate stance statements the engine finds in texts, as JSON Lines, "
        "one candidate a line. Reads plain-text FILEs, or JSON Lines documents with --jsonl "
        '({"id": ..., "text": ..., "published": "YYYY-MM-DD" or null}). Changes nothing.'
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", metavar="FILE", help="plain-text articles")
        parser.add_argument(
            "--published", metavar="YYYY-MM-DD", help="publication date of the FILEs"
        )
        parser.add_argument(
            "--jsonl", metavar="INPUT", help="a JSON Lines file of documents, or - for stdin"
        )

    def handle(self, *args, files, published, jsonl, **options):
        if bool(files) == bool(jsonl):
            raise CommandError("Give plain-text FILEs, or --jsonl INPUT (- for stdin).")
        if jsonl and published:
            raise CommandError("--published applies to FILEs; JSON Lines documents carry theirs.")
        documents = (
            self._jsonl_documents(jsonl) if jsonl else self._file_documents(files, published)
        )
        extractor = Extractor(gazetteer_from_db())
        for doc_id, text, day in documents:
            for candidate in extractor.extract(text, published=day):
                self.stdout.write(
                    json.dumps(candidate.to_contract_dict(doc_id), ensure_ascii=False)
                )

    def _file_documents(self, files, published):
        day = _parse_day(published, "--published") if published else None
        documents = []
        for name in files:
            path = Path(name)
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError as error:
                raise CommandError(f"{name}: no such file.") from error
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"{name}: cannot read it as UTF-8 text ({error}).") from error
            documents.append((path.stem, text, day))
        return documents

    def _jsonl_documents(self, source):
        if source == "-":
            lines = sys.stdin.read().splitlines()
        else:
            try:
                lines = Path(source).read_text(encoding="utf-8").splitlines()
            except FileNotFoundError as error:
                raise CommandError(f"{source}: no such file.") from error
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"{source}: cannot read it as UTF-8 text ({error}).") from error
        documents = []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{source} line {number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise CommandError(f"{where}: not valid JSON ({error.msg}).") from error
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise CommandError(f'{where}: expected an object with a "text" string.')
            if record.get("id") in (None, ""):
                raise CommandError(f'{where}: the document has no "id".')
            day = record.get("published")
            documents.append(
                (str(record["id"]), record["text"], _parse_day(day, where) if day else None)
            )
        return documents
