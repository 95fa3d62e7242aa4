"""Console text never fails on a character the console's encoding cannot represent."""

from __future__ import annotations

import io
import json

from riskapp.commands.streams import json_text, robust_stream

NAME = "Łukasz Şahin"


def _stream(encoding: str, errors: str = "strict") -> tuple[io.BytesIO, io.TextIOWrapper]:
    raw = io.BytesIO()
    return raw, io.TextIOWrapper(raw, encoding=encoding, errors=errors)


def test_cp1252_stream_escapes_what_it_cannot_encode() -> None:
    raw, stream = _stream("cp1252")
    assert robust_stream(stream) is stream
    stream.write(f"Åsa Öberg, {NAME}\n")
    stream.flush()
    assert raw.getvalue().decode("cp1252") == "Åsa Öberg, \\u0141ukasz \\u015eahin\n"


def test_utf8_stream_and_string_buffers_are_left_alone() -> None:
    _, stream = _stream("utf-8")
    robust_stream(stream)
    assert stream.errors == "strict"
    buffer = io.StringIO()
    assert robust_stream(buffer) is buffer


def test_json_keeps_letters_when_the_stream_can_encode_them() -> None:
    data = [{"first_name": "Åsa", "last_name": "Öberg"}]
    _, utf8 = _stream("utf-8")
    _, cp1252 = _stream("cp1252")
    assert "Åsa" in json_text(data, utf8)
    assert "Åsa" in json_text(data, cp1252)
    assert "Åsa" in json_text(data, io.StringIO())


def test_json_falls_back_to_ascii_escapes_and_stays_valid() -> None:
    data = [{"first_name": "Łukasz", "last_name": "Şahin", "emoji": "\U0001f600"}]
    raw, stream = _stream("cp1252")
    robust_stream(stream)
    text = json_text(data, stream)
    assert text.isascii()
    stream.write(text)
    stream.flush()
    assert json.loads(raw.getvalue().decode("cp1252")) == data
