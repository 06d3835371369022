"""``{% once %}``: the parts of the page frame that only the code can change, rendered once.

The header, the menu and the footer are the same on every page for a given language: their links
come from the URLconf, their words from the translation catalogue, their file addresses from the
static manifest, and all of those change only with a new release, that is with a new process.
Rendering them again on every request (a dozen ``{% url %}`` and two dozen ``{% translate %}``
tags) cost more than many pages' own content, so a ``{% once %}`` block renders them the first time
a process needs them in a language and reuses the text afterwards, as the cached template loader
reuses compiled templates.

A ``{% once %}`` block sees no request, user or page variables: it is rendered in a context that
holds only ``LANGUAGE_CODE``, so a block that mistakenly used one would show it empty on every page
(and fail its tests) rather than show one visitor's data to another. Blocks that child templates
override (``{% block %}``) are refused inside it.
"""

from django import template
from django.conf import settings
from django.template.base import Node, NodeList
from django.template.loader_tags import BlockNode
from django.urls import get_script_prefix, get_urlconf
from django.utils.translation import get_language

register = template.Library()


class OnceNode(Node):
    def __init__(self, nodelist: NodeList):
        self.nodelist = nodelist
        self.rendered: dict[tuple, str] = {}

    def render(self, context) -> str:
        language = get_language() or ""
        # Whatever decides the links: the language, the script prefix and the URLconf in use.
        key = (language, get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)
        text = self.rendered.get(key)
        if text is None:
            # A context with the language only: no request, user, context-processor or page data.
            text = self.nodelist.render(context.new({"LANGUAGE_CODE": language}))
            self.rendered[key] = text
        return text


@register.tag("once")
def do_once(parser, token) -> OnceNode:
    """``{% once %}…{% endonce %}``: markup that depends only on the code and the language."""
    if len(token.split_contents()) != 1:
        raise template.TemplateSyntaxError("'once' takes no arguments")
    nodelist = parser.parse(("endonce",))
    parser.delete_first_token()
    if nodelist.get_nodes_by_type(BlockNode):
        raise template.TemplateSyntaxError("'once' cannot hold a {% block %}: child templates change those")
    return OnceNode(nodelist)
