"""Form fields written in Python where Django's widget templates cost the most: selects.

Django writes a select through its template with one {% include %} an option, and another for
the option's attributes: the conflict page's 26 region and bloc options cost a tenth of the
page. select_field writes the same markup from the same widget context, escaping every value.
"""

from django import template
from django.forms import BoundField
from django.utils.safestring import SafeString, mark_safe

from stances.templatetags.stance_rows import esc

register = template.Library()


def _attrs(attrs: dict) -> str:
    """Write attributes as django/forms/widgets/attrs.html does: True alone, False left out."""
    return "".join(
        f" {esc(name)}" if value is True else f' {esc(name)}="{esc(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


@register.simple_tag
def select_field(field: BoundField) -> SafeString:
    """Return str(field) for a field with a Select widget: django/forms/widgets/select.html.

    The attributes are those BoundField.as_widget() gives the widget (its id, required,
    aria-invalid when the field has errors, aria-describedby for its help text).
    """
    widget = field.field.widget
    attrs = field.build_widget_attrs({}, widget)
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    context = widget.get_context(field.html_name, field.value(), attrs)["widget"]
    parts = [f'<select name="{esc(context["name"])}"{_attrs(context["attrs"])}>']
    for group_name, options, _index in context["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{esc(group_name)}">')
        parts.extend(
            f'\n  <option value="{esc(option["value"])}"{_attrs(option["attrs"])}>'
            f"{esc(option['label'])}</option>\n"
            for option in options
        )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return mark_safe("".join(parts))  # noqa: S308 - every value is escaped by esc()
