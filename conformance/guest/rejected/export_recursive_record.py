from dataclasses import dataclass


@dataclass
class Node:
    value: int
    next: "Node | None"


@export
def length(n: Node) -> int:
    k = 1
    cur = n.next
    while cur is not None:
        k += 1
        cur = cur.next
    return k
