"""The CLI's progress reporter: an updating line on a terminal, plain lines when redirected."""

from __future__ import annotations

import io

from riskapp.commands.progress import Progress


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class TtyStream(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_gets_one_line_rewritten_in_place_and_a_final_newline() -> None:
    clock, stream = FakeClock(), TtyStream()
    with Progress(stream, "Importerar", "importing", clock=clock, delay=0) as progress:
        for done in range(0, 1001):
            clock.now += 0.001  # 1 ms per item: at most one rewrite per 0.1 s
            progress(done, 1000)
    text = stream.getvalue()
    assert text.count("\n") == 1
    assert text.endswith("\n")
    assert 5 <= text.count("\r") <= 15
    last = text.rstrip("\n").split("\r")[-1]
    assert last.strip() == "Importerar (importing): 1000/1000 (100 %)"


def test_terminal_line_is_padded_over_a_longer_previous_line() -> None:
    clock, stream = FakeClock(), TtyStream()
    progress = Progress(stream, "A", "a", clock=clock, delay=0)
    progress(5, 10)
    clock.now += 1
    progress(10, 10)
    first, second = stream.getvalue().split("\r")[1:]
    assert len(second) >= len(first)


def test_redirected_stream_gets_plain_lines_every_10_percent() -> None:
    clock, stream = FakeClock(), io.StringIO()
    with Progress(stream, "Skapar demodata", "creating demo data", clock=clock, delay=0) as p:
        for done in range(0, 20_001):
            p(done, 20_000)
    lines = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue()
    assert lines[0] == "Skapar demodata (creating demo data): 0/20000 (0 %)"
    assert lines[-1] == "Skapar demodata (creating demo data): 20000/20000 (100 %)"
    assert [line.rsplit("(", 1)[1] for line in lines] == [f"{n} %)" for n in range(0, 101, 10)]


def test_redirected_stream_also_gets_a_line_after_the_interval() -> None:
    clock, stream = FakeClock(), io.StringIO()
    progress = Progress(stream, "A", "a", clock=clock, delay=0, interval=30)
    progress(1, 1000)
    clock.now += 10
    progress(2, 1000)  # too soon, no step passed
    clock.now += 25
    progress(3, 1000)  # 35 s after the last line
    progress(3, 1000)  # nothing moved
    assert stream.getvalue().splitlines() == ["A (a): 1/1000 (0 %)", "A (a): 3/1000 (0 %)"]


def test_quick_work_stays_silent() -> None:
    clock, stream = FakeClock(), io.StringIO()
    with Progress(stream, "A", "a", clock=clock) as progress:  # default delay: 1 s
        for done in range(11):
            clock.now += 0.05
            progress(done, 10)
    assert stream.getvalue() == ""
    tty = TtyStream()
    with Progress(tty, "A", "a", clock=clock) as progress:
        progress(10, 10)
    assert tty.getvalue() == ""


def test_nothing_for_an_empty_total_and_counts_are_clamped() -> None:
    stream = io.StringIO()
    progress = Progress(stream, "A", "a", delay=0)
    progress(0, 0)
    assert stream.getvalue() == ""
    progress(12, 10)
    assert stream.getvalue() == "A (a): 10/10 (100 %)\n"
