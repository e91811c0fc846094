"""A hypothesis strategy that damages a real file: the shared tool of the readers' fuzz tests."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st


@st.composite
def damaged(draw: st.DrawFn, data: bytes, tokens: Sequence[bytes] = ()) -> bytes:
    """The data truncated, or with a few pieces deleted, replaced or inserted.

    ``tokens`` are pieces of the format's own syntax, so that damage looks like a near miss
    rather than only noise.
    """
    pieces = st.binary(min_size=1, max_size=12)
    if tokens:
        pieces = st.one_of(st.sampled_from(list(tokens)), pieces)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["truncate", "delete", "insert", "overwrite"]))
        piece = draw(pieces)
        if kind == "truncate":
            data = data[:at]
        elif kind == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 80)) :]
        elif kind == "insert":
            data = data[:at] + piece + data[at:]
        else:
            data = data[:at] + piece + data[at + len(piece) :]
    return data
