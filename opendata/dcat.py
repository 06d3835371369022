"""The open-data catalogue as DCAT-AP in JSON-LD, for CKAN's DCAT harvester (ckanext-dcat, data.go.th).

ckanext-dcat's RDF harvester reads any RDF serialisation RDFLib parses, chosen by the answer's
content type (``application/ld+json`` here). Its DCAT-AP profile maps: ``dct:title``,
``dct:description``, ``dcat:keyword``, ``dct:identifier``, ``dct:issued``/``dct:modified``,
``dct:language``, ``dcat:landingPage``, ``dct:accrualPeriodicity``, ``dct:spatial``,
``dct:temporal`` (``dcat:startDate``/``dcat:endDate``), ``dct:publisher`` (``foaf:name``),
``dcat:contactPoint`` (``vcard:fn``, ``vcard:hasEmail``/``vcard:hasURL``) and each
``dcat:distribution`` (``dct:title``, ``dcat:accessURL``, ``dcat:downloadURL``, ``dct:format``,
``dcat:mediaType``, ``dct:license``). The context is inline: nothing is fetched to read it.
"""

import datetime as dt

from django.utils import timezone

from opendata.datasets import COUNTRY_THAILAND, FREQUENCY, LICENCE_URL, PUBLISHER_EN, PUBLISHER_TH, Dataset

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
LANGUAGE = "http://publications.europa.eu/resource/authority/language/"
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
MEDIA_TYPE = {"JSON": "application/json", "CSV": "text/csv"}


def _both(thai: str, english: str) -> list[dict]:
    return [{"@value": thai, "@language": "th"}, {"@value": english, "@language": "en"}]


def _moment(value) -> dict | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return {"@value": timezone.localtime(value).isoformat(timespec="seconds"), "@type": "xsd:dateTime"}
    return {"@value": value.isoformat(), "@type": "xsd:date"}


def _dataset(item: Dataset, origin: str, page: str, publisher: dict, contact: dict) -> dict:
    node = {
        "@id": f"{origin}{page}#{item.slug}",
        "@type": "dcat:Dataset",
        "dct:identifier": f"most-portal-{item.slug}",
        "dct:title": _both(item.title_th, item.title_en),
        "dct:description": _both(item.description_th, item.description_en),
        "dcat:keyword": item.keywords,
        "dct:language": [{"@id": LANGUAGE + "THA"}, {"@id": LANGUAGE + "ENG"}],
        "dcat:landingPage": {"@id": f"{origin}{page}#{item.slug}"},
        "dct:publisher": publisher,
        "dcat:contactPoint": contact,
        "dct:accrualPeriodicity": {"@id": FREQUENCY + item.frequency},
        "dct:spatial": {"@id": COUNTRY_THAILAND},
        "dct:license": {"@id": LICENCE_URL},
        "dcat:distribution": [],
    }
    if modified := _moment(item.modified):
        node["dct:modified"] = modified
    if item.temporal_start:
        period = {"@type": "dct:PeriodOfTime", "dcat:startDate": _moment(item.temporal_start)}
        if item.temporal_end:
            period["dcat:endDate"] = _moment(item.temporal_end)
        node["dct:temporal"] = period
    for fmt in item.formats:
        url = origin + (item.json_url if fmt == "JSON" else item.csv_url)
        distribution = {
            "@id": f"{origin}{page}#{item.slug}-{fmt.lower()}",
            "@type": "dcat:Distribution",
            "dct:title": f"{item.title_en} ({fmt})",
            "dcat:accessURL": {"@id": url},
            "dcat:downloadURL": {"@id": url},
            "dct:format": {"@id": FILE_TYPE + fmt},
            "dcat:mediaType": {"@id": f"https://www.iana.org/assignments/media-types/{MEDIA_TYPE[fmt]}"},
            "dct:license": {"@id": LICENCE_URL},
        }
        if modified := _moment(item.modified):
            distribution["dct:modified"] = modified
        node["dcat:distribution"].append(distribution)
    return node


def catalogue(
    items: list[Dataset], *, origin: str, page: str, catalogue_url: str, contact_url: str, email: str
) -> dict:
    """The DCAT catalogue of ``items`` as a JSON-LD document (absolute addresses under ``origin``)."""
    publisher = {
        "@id": f"{origin}/#publisher",
        "@type": "foaf:Organization",
        "foaf:name": _both(PUBLISHER_TH, PUBLISHER_EN),
    }
    contact = {
        "@id": f"{origin}/#contact",
        "@type": "vcard:Organization",
        "vcard:fn": PUBLISHER_EN,
        "vcard:hasURL": {"@id": contact_url},
    }
    if email:
        contact["vcard:hasEmail"] = {"@id": f"mailto:{email}"}
    modified = [item.modified for item in items if item.modified]
    document = {
        "@context": CONTEXT,
        "@id": catalogue_url,
        "@type": "dcat:Catalog",
        "dct:title": _both("ข้อมูลเปิดของพอร์ทัลโครงการบูรณาการ วทน. ระดับจังหวัด", "MOST Portal open data"),
        "dct:description": _both(
            "ข้อมูลสาธารณะของโครงการบูรณาการงานด้านวิทยาศาสตร์และเทคโนโลยีในระดับจังหวัด",
            "Public data of the ministry's provincial S&T integration programme.",
        ),
        "dct:publisher": publisher,
        "foaf:homepage": {"@id": f"{origin}{page}"},
        "dct:language": [{"@id": LANGUAGE + "THA"}, {"@id": LANGUAGE + "ENG"}],
        "dct:license": {"@id": LICENCE_URL},
        "dcat:dataset": [_dataset(item, origin, page, publisher, contact) for item in items],
    }
    if modified:
        latest = max(
            value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time(), tzinfo=dt.UTC)
            for value in modified
        )
        document["dct:modified"] = _moment(latest)
    return document
