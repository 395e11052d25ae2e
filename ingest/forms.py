from django import forms
from django.core.exceptions import ValidationError


class SubmissionForm(forms.Form):
    """An editor's submission: a URL to fetch, or a text pasted in (with what is known of it)."""

    url = forms.URLField(
        label="URL",
        required=False,
        max_length=2000,
        assume_scheme="https",
        help_text="The article's address. With no text, the page is fetched.",
    )
    text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 100}),
        help_text="Or paste the article's text; the URL, if given, is kept as its source.",
    )
    title = forms.CharField(required=False, max_length=1000)
    outlet = forms.CharField(required=False, max_length=200)
    published = forms.DateField(required=False, help_text="YYYY-MM-DD")

    def clean(self):
        data = super().clean()
        if not data.get("url") and not data.get("text", "").strip():
            raise ValidationError("Give a URL to fetch, or paste the text.")
        return data
