"""Open data: the licence in the OpenAPI schema and on the page, catalogue metadata, and DCAT for CKAN."""

import json

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

from tests.factories import RequestFactory

pytestmark = pytest.mark.django_db
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
CC_BY = URIRef("https://creativecommons.org/licenses/by/4.0/")


def test_the_openapi_schema_names_the_licence(client):
    schema = json.loads(client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").content)
    assert schema["info"]["license"] == {"name": "CC BY 4.0", "identifier": "CC-BY-4.0"}


@pytest.mark.parametrize("path", ["/open-data/", "/en/open-data/"])
def test_the_open_data_page_lists_each_dataset_with_its_metadata(client, path):
    request = RequestFactory()
    html = client.get(path).content.decode()
    for slug in ["provinces", "clusters", "centres", "agencies", "workshops", "requests", "figures"]:
        assert f'id="{slug}"' in html, slug
    assert "creativecommons.org/licenses/by/4.0/" in html
    english = path.startswith("/en/")
    for label in (["Publisher", "Contact", "Update frequency", "Last modified", "Coverage", "Licence", "Formats"]
                  if english else ["ผู้เผยแพร่", "ติดต่อ", "ความถี่", "แก้ไขล่าสุด", "ขอบเขต", "สัญญาอนุญาต", "รูปแบบ"]):  # fmt: skip
        assert label in html, label
    day = request.updated_at
    assert (str(day.year) if english else str(day.year + 543)) in html
    for link in ["/api/v1/requests/?format=csv", "/api/v1/provinces/"]:
        assert client.get(link).status_code == 200


def test_the_dcat_catalogue_is_what_ckans_rdf_harvester_reads(client):
    """Parsed as ckanext-dcat does (RDFLib, by the answer's content type), it holds a catalogue of
    datasets, each with title, publisher, contact, frequency, spatial and temporal coverage, and
    distributions with an access URL, a format and the licence."""
    RequestFactory()
    response = client.get("/open-data/catalog.jsonld")
    assert response["Content-Type"].startswith("application/ld+json")
    graph = Graph().parse(data=response.content, format="json-ld")
    catalogues = list(graph.subjects(RDF.type, DCAT.Catalog))
    assert len(catalogues) == 1
    datasets = list(graph.objects(catalogues[0], DCAT.dataset))
    assert len(datasets) == 7
    for dataset in datasets:
        assert (dataset, RDF.type, DCAT.Dataset) in graph
        titles = {str(title.language): str(title) for title in graph.objects(dataset, DCTERMS.title)}
        assert titles.keys() == {"th", "en"}
        publisher = graph.value(dataset, DCTERMS.publisher)
        assert "Ministry of Science and Technology" in {
            str(name) for name in graph.objects(publisher, FOAF.name)
        }
        contact = graph.value(dataset, DCAT.contactPoint)
        assert graph.value(contact, VCARD.fn) is not None
        assert str(graph.value(dataset, DCTERMS.accrualPeriodicity)).startswith(
            "http://publications.europa.eu/resource/authority/frequency/"
        )
        assert graph.value(dataset, DCTERMS.spatial) is not None
        distributions = list(graph.objects(dataset, DCAT.distribution))
        assert distributions
        for distribution in distributions:
            assert graph.value(distribution, DCTERMS.license) == CC_BY
            url = str(graph.value(distribution, DCAT.accessURL))
            assert client.get(url.split("testserver", 1)[1]).status_code == 200
            assert graph.value(distribution, DCTERMS["format"]) is not None
    requests = next(d for d in datasets if str(d).endswith("#requests"))
    assert graph.value(requests, DCTERMS.modified) is not None
    assert graph.value(graph.value(requests, DCTERMS.temporal), DCAT.startDate) is not None
