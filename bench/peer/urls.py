"""The peer's pages: a bare response, a filtered paginated list, an article."""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import path

from bench.peer.models import Article, Request


def bare(request):
    return HttpResponse("ok")


def request_list(request):
    requests = Request.objects.select_related("province", "category").order_by("-submitted_at", "-pk")
    if request.GET.get("status"):
        requests = requests.filter(status=request.GET["status"])
    if request.GET.get("category"):
        requests = requests.filter(category__code=request.GET["category"])
    page = Paginator(requests, 25).get_page(request.GET.get("page"))
    return render(request, "request_list.html", {"page": page})


def article(request, slug):
    article = Article.objects.filter(slug=slug, status="published").first()
    if article is None:
        raise Http404
    return render(request, "article.html", {"article": article})


urlpatterns = [
    path("bare", bare),
    path("requests/", request_list),
    path("news/<slug:slug>/", article),
]
