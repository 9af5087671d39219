"""Names in pinyin order (阿… before 北… before 长… before 中…), the same on every database engine.

The key is stored beside the name (`name_pinyin`, filled on every write) and lists sort by it:
SQLite compares Chinese text by code point and PostgreSQL by its collation, neither in pinyin.
"""

from __future__ import annotations

KEY_LENGTH = 400  # the column's width; a longer key is cut (only the order of very long names changes)


def name_sort_key(name: str | None) -> str | None:
    """Toneless pinyin of each character, space-separated and lower case ("长江托育" -> "chang jiang tuo yu");
    other characters are kept as they are (lower case). None for None."""
    if name is None:
        return None
    from pypinyin import lazy_pinyin  # its dictionaries load on the first name written, not at start-up

    return " ".join(lazy_pinyin(name.strip())).lower()[:KEY_LENGTH]


def load_dictionaries() -> None:
    """Load pypinyin's dictionaries now (~0.5 s of CPU): a page about to save names calls this on a
    thread of its own, so the first save does not pay for it while the clerk waits."""
    import pypinyin  # noqa: F401
