"""{% page_url %}: {% url %} for links repeated down long pages (see stances/links.py)."""

from django import template

from stances.links import page_url as remembered_url

register = template.Library()


@register.simple_tag
def page_url(viewname: str, *args) -> str:
    return remembered_url(viewname, *args)
