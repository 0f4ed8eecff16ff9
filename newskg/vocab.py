"""The vocabulary of the graph contract (docs/ontology.md) in one place.

The graph builder names classes and properties with these keys; the exports
turn them into IRIs, labels and comments. Change this file only together with
the contract.
"""

from __future__ import annotations

import hashlib

__all__ = [
    "CLASS_INFO",
    "NKG",
    "NKR",
    "PROPERTY_INFO",
    "PROV",
    "SCHEMA",
    "node_iri",
]

NKG = "https://w3id.org/newskg/ontology#"
NKR = "https://w3id.org/newskg/resource/"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"

#: class name -> (Chinese label, English label, comment, superclasses as full IRIs)
CLASS_INFO: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "Person": ("人物", "Person", "A named person, usually an official.", (SCHEMA + "Person",)),
    "Position": ("职务", "Position",
                 "One post of one body, resolved to its place (永康市委书记).", ()),
    "PositionHolding": ("任职", "Position holding",
                        "A person's holding of one post, with the first and last day "
                        "the papers show it.", ()),
    "Organization": (
        "机构",
        "Organization",
        "A government body, party organ, institute or other organisation.",
        (SCHEMA + "Organization",),
    ),
    "Enterprise": (
        "企业",
        "Enterprise",
        "A company or other business.",
        (NKG + "Organization", SCHEMA + "Corporation"),
    ),
    "Place": ("地点", "Place", "A named place: province, city, town, village, zone.", (
        SCHEMA + "Place",
    )),
    "Event": ("活动", "Event", "A meeting, forum, ceremony or talks.", (SCHEMA + "Event",)),
    "Campaign": ("行动", "Campaign", "A named action, programme or policy.", ()),
    "Article": ("文章", "Article", "An article cut out of a newspaper page.", (
        SCHEMA + "NewsArticle",
    )),
}

#: property name -> (Chinese label, English label, comment)
PROPERTY_INFO: dict[str, tuple[str, str, str]] = {
    "holdsPosition": ("担任", "holds position", "A person holds a post (Person -> Position)."),
    "chaired": ("主持", "chaired", "A person chaired a meeting (Person -> Event)."),
    "attended": ("出席", "attended", "A person or body attended an event."),
    "spokeAt": ("讲话", "spoke at", "A person or body spoke at an event."),
    "inspected": (
        "调研",
        "inspected",
        "A person visited a place, enterprise or organisation to inspect or survey it.",
    ),
    "accompanied": ("陪同", "accompanied", "A companion accompanied a person (companion -> host)."),
    "met": ("会见", "met", "A host met a guest (会见, 会谈)."),
    "deployed": ("部署", "deployed", "An event deployed a campaign."),
    "locatedIn": ("位于", "located in", "A node lies in a place."),
    "reportedBy": ("记者", "reported by", "An article was written by a reporter."),
    "mentions": ("提及", "mentions", "An article names a node."),
    "jurisdiction": ("辖区", "jurisdiction", "The place whose post it is (Position -> Place)."),
    "body": ("所属机构", "body", "The body a post belongs to (Position -> Organization)."),
    "holder": ("任职者", "holder", "Who holds the post (PositionHolding -> Person)."),
    "position": ("职务", "position", "The post held (PositionHolding -> Position)."),
}


def node_iri(cls: str, key: str, base: str = NKR) -> str:
    """An opaque IRI for a node: a short hash of its class and canonical key.

    >>> node_iri("Person", "张三") == node_iri("Person", "张三")
    True
    """
    digest = hashlib.sha1(f"{cls}\x1f{key}".encode()).hexdigest()[:16]
    return f"{base}{cls.lower()}-{digest}"
