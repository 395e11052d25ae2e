from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ingest.choices import SubmissionSource
from ingest.services import article_submit_text
from ingest.text import decode_html, extract_page

SUFFIXES = {".txt", ".html", ".htm"}


class Command(BaseCommand):
    help = (
        "Import article files: .txt as texts (first line the title), .html/.htm as saved pages. "
        "Directories are searched recursively. Files already imported are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", type=Path)

    def handle(self, *args, paths, **options):
        files = sorted(self.files(paths))
        if not files:
            raise CommandError("No .txt, .html or .htm files found.")
        counts = {"queued": 0, "skipped": 0}
        for file in tqdm(files, unit="file", disable=options["verbosity"] < 1):
            try:
                title, text, published = self.read(file)
                article_submit_text(
                    text=text, title=title, published=published, source=SubmissionSource.FILE
                )
            except (ValidationError, OSError) as error:
                counts["skipped"] += 1
                tqdm.write(self.style.WARNING(f"{file}: skipped ({error})"))
            else:
                counts["queued"] += 1
        self.stdout.write(f"{counts['queued']} files submitted, {counts['skipped']} skipped.")

    def files(self, paths):
        for path in paths:
            if path.is_dir():
                yield from (p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
            elif path.suffix.lower() in SUFFIXES:
                yield path
            else:
                raise CommandError(f"{path}: not a .txt or .html file, nor a directory")

    def read(self, file: Path):
        """Return (title, text, published) of a file."""
        if file.suffix.lower() == ".txt":
            text = file.read_text(encoding="utf-8")
            title = text.strip().split("\n", 1)[0][:200]
            return title, text, None
        page = extract_page(decode_html(file.read_bytes()))
        if page is None:
            raise ValidationError("no article text found in the page")
        return page.title, page.text, page.published
