"""Read RSS and Atom feeds from standard input with Python's feedparser and
print, as JSON, what a feed reader built on it shows of each: the feed's title,
subtitle, rights and author, and for each entry its title, summary, content,
authors, categories, links, id, dates, enclosures and media. Used by
test/feed/feedparser.test.ts; feedparser runs with its defaults (HTML
sanitized, relative URLs resolved), as readers run it.

Several feeds may come at once, separated by a NUL byte (which no XML
document can hold), so that one Python start reads a whole corpus. The
output is always a JSON array, one result per feed.

Prints {"missing": "feedparser"} and exits 0 when feedparser is not
installed, so the test can skip with a clear message.
"""

import json
import sys
import time
from html.parser import HTMLParser

try:
    import feedparser
except ImportError:
    print(json.dumps({"missing": "feedparser"}))
    sys.exit(0)


class _Shown(HTMLParser):
    """The text of an HTML fragment, its references decoded: what a reader shows."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def shown(value, kind):
    """What a reader shows of a value: HTML as its text, anything else as it is."""
    if value is None or kind not in ("text/html", "application/xhtml+xml"):
        return value
    parser = _Shown()
    parser.feed(value)
    parser.close()
    return "".join(parser.parts)


def detail(value):
    """A text construct as a reader gets it: its value, how it was read, and what it shows."""
    if value is None:
        return None
    kind = value.get("type")
    return {"value": value.get("value"), "type": kind, "shown": shown(value.get("value"), kind)}


def stamp(parsed):
    """A parsed date (UTC struct_time) as an ISO string, or None."""
    if parsed is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)


def entry_of(entry):
    return {
        "title": detail(entry.get("title_detail")),
        "summary": detail(entry.get("summary_detail")),
        "content": [detail(item) for item in entry.get("content", [])],
        "authors": [author.get("name") for author in entry.get("authors", [])],
        "author": entry.get("author"),
        "tags": [tag.get("term") for tag in entry.get("tags", [])],
        "link": entry.get("link"),
        "links": [
            {"rel": link.get("rel"), "href": link.get("href"), "type": link.get("type")}
            for link in entry.get("links", [])
        ],
        "id": entry.get("id"),
        "guidislink": entry.get("guidislink"),
        "published": entry.get("published"),
        "published_parsed": stamp(entry.get("published_parsed")),
        "updated": entry.get("updated"),
        "updated_parsed": stamp(entry.get("updated_parsed")),
        "enclosures": [
            {"href": item.get("href"), "type": item.get("type"), "length": item.get("length")}
            for item in entry.get("enclosures", [])
        ],
        "media_content": [dict(item) for item in entry.get("media_content", [])],
        "media_thumbnail": [dict(item) for item in entry.get("media_thumbnail", [])],
        "media_description": entry.get("media_description"),
        "media_credit": [dict(item) for item in entry.get("media_credit", [])],
    }


def read(document):
    result = feedparser.parse(document)
    feed = result.feed
    return {
        "version": result.get("version"),
        "bozo": bool(result.get("bozo")),
        "bozo_exception": str(result.get("bozo_exception")) if result.get("bozo") else None,
        "feed": {
            "title": detail(feed.get("title_detail")),
            "subtitle": detail(feed.get("subtitle_detail")),
            "rights": detail(feed.get("rights_detail")),
            "author": feed.get("author"),
            "authors": [author.get("name") for author in feed.get("authors", [])],
            "link": feed.get("link"),
            "language": feed.get("language"),
            "updated": feed.get("updated"),
            "updated_parsed": stamp(feed.get("updated_parsed")),
            "id": feed.get("id"),
        },
        "entries": [entry_of(entry) for entry in result.entries],
    }


def main():
    documents = sys.stdin.buffer.read().split(b"\0")
    print(json.dumps([read(document) for document in documents], ensure_ascii=False))


main()
