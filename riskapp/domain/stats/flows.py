"""A small minimum-cost flow solver for disclosure control (no dependencies).

A published table with its margins is a circulation (see ``linked``): every line equation
is flow conservation at a node. "Can this hidden number change by t while everything shown
stays as published?" is then "is there a flow that carries the change", which this module
answers exactly for one table (network matrices are totally unimodular, so an integral flow
exists whenever any flow does), and cheaply: tables have a few dozen nodes.

``min_cost_flow`` uses successive shortest paths with Bellman-Ford (residual costs can be
negative); capacities and costs are integers.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

#: A capacity that no count reaches ("can grow without bound").
UNBOUNDED = 10**12


@dataclass(frozen=True)
class Edge:
    """An arc ``tail -> head`` that can carry up to ``capacity`` units at ``cost`` each."""

    tail: Hashable
    head: Hashable
    capacity: int
    cost: int
    key: Hashable


def min_cost_flow(
    edges: Sequence[Edge], supply: Mapping[Hashable, int]
) -> tuple[int, dict[Hashable, int]] | None:
    """The cheapest flow that meets ``supply`` (positive: node sends, negative: receives).

    Returns (cost, flow per edge key, summed over edges with that key) or None when no flow
    meets the supplies. Supplies must sum to zero.
    """
    if sum(supply.values()) != 0:
        raise ValueError("supplies must balance")
    need = sum(v for v in supply.values() if v > 0)
    if need == 0:
        return 0, {}
    source, sink = object(), object()
    nodes: dict[Hashable, int] = {source: 0, sink: 1}

    def node(name: Hashable) -> int:
        if name not in nodes:
            nodes[name] = len(nodes)
        return nodes[name]

    # Residual arcs as parallel lists; arc k and k ^ 1 are each other's reverse.
    head: list[int] = []
    cap: list[int] = []
    cost: list[int] = []
    keys: list[Hashable | None] = []
    out: dict[int, list[int]] = {}

    def add(u: int, v: int, capacity: int, c: int, key: Hashable | None) -> None:
        for a, b, capa, cc in ((u, v, capacity, c), (v, u, 0, -c)):
            out.setdefault(a, []).append(len(head))
            head.append(b)
            cap.append(capa)
            cost.append(cc)
            keys.append(key)

    for edge in edges:
        if edge.capacity > 0:
            add(node(edge.tail), node(edge.head), edge.capacity, edge.cost, edge.key)
    for name, amount in supply.items():
        if amount > 0:
            add(0, node(name), amount, 0, None)
        elif amount < 0:
            add(node(name), 1, -amount, 0, None)

    total = 0
    sent = 0
    n = len(nodes)
    while sent < need:
        dist = [UNBOUNDED] * n
        via = [-1] * n
        dist[0] = 0
        for _ in range(n):
            improved = False
            for u in range(n):
                if dist[u] == UNBOUNDED:
                    continue
                for k in out.get(u, ()):
                    if cap[k] > 0 and dist[u] + cost[k] < dist[head[k]]:
                        dist[head[k]] = dist[u] + cost[k]
                        via[head[k]] = k
                        improved = True
            if not improved:
                break
        if dist[1] == UNBOUNDED:
            return None
        push = need - sent
        v = 1
        while v != 0:
            k = via[v]
            push = min(push, cap[k])
            v = head[k ^ 1]
        v = 1
        while v != 0:
            k = via[v]
            cap[k] -= push
            cap[k ^ 1] += push
            v = head[k ^ 1]
        sent += push
        total += push * dist[1]

    flows: dict[Hashable, int] = {}
    for k in range(0, len(head), 2):
        key = keys[k]
        if key is not None and cap[k + 1] > 0:
            flows[key] = flows.get(key, 0) + cap[k + 1]
    return total, flows
