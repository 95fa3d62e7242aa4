"""Console text that never crashes on a character the console cannot show.

A client may be called "Łukasz Şahin" while the console's code page is Windows-1252 (a
Windows console redirected to a file or a pipe, ``PYTHONIOENCODING=cp1252``, an old
terminal): printing the name must not end in ``UnicodeEncodeError``.

* ``robust_stream(stream)``: when the stream's encoding is not a Unicode one, it is
  reconfigured to write ``\\u0141ukasz \\u015eahin`` (``backslashreplace``) for what it
  cannot encode -- visible, unambiguous and never a crash. A UTF-8 stream is left alone.
  A real Windows console needs nothing: Python writes to it through the console's
  Unicode API (PEP 528) whatever the code page.
* ``json_text(data, stream)``: JSON for ``--json``. It keeps å ä ö as characters when the
  stream can encode all of the text and falls back to ``\\uXXXX`` escapes (ASCII JSON)
  when it cannot, so the output is always valid JSON and parses to the same values.
"""

from __future__ import annotations

import codecs
import io
import json
from typing import IO, Any

__all__ = ["json_text", "robust_stream"]

_UNICODE = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"})


def _encoding(stream: IO[str]) -> str | None:
    name = getattr(stream, "encoding", None)
    if not isinstance(name, str):
        return None  # io.StringIO and friends hold str: nothing to encode
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def robust_stream(stream: IO[str]) -> IO[str]:
    """``stream`` itself, reconfigured to ``backslashreplace`` unencodable characters when
    its encoding is not a Unicode one (and it can be reconfigured)."""
    encoding = _encoding(stream)
    if encoding is None or encoding in _UNICODE:
        return stream
    if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
        stream.reconfigure(errors="backslashreplace")
    return stream


def json_text(data: Any, stream: IO[str]) -> str:
    """``data`` as indented JSON that ``stream`` can write as it is."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    encoding = _encoding(stream)
    if encoding is None or encoding in _UNICODE:
        return text
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, indent=1)
    return text
