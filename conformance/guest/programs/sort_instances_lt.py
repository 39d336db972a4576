# Sorting instances of a class with __lt__: sorted(), list.sort(), reverse=True (equal items keep
# their order, as in CPython's stable sort), inherited __lt__, min/max, and floats whose equal
# values print differently (0.0 and -0.0) under reverse=True.


class Task:
    def __init__(self, priority: int, name: str) -> None:
        self.priority = priority
        self.name = name

    def __lt__(self, other: "Task") -> bool:
        return self.priority < other.priority

    def __repr__(self) -> str:
        return f"{self.name}:{self.priority}"


class Urgent(Task):
    def __init__(self, name: str) -> None:
        super().__init__(0, name)


tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b1"), Task(2, "b2"), Task(1, "a2"), Task(5, "e")]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
tasks.sort()
print(tasks, min(tasks), max(tasks))
tasks.sort(reverse=True)
print(tasks)
urgent = [Urgent("x"), Urgent("y")]
mixed: list[Task] = [Task(4, "d"), Urgent("z"), Task(0, "zero")]
print(sorted(urgent), sorted(tasks + mixed))
many = [Task((k * 7919) % 101, "t" + str(k)) for k in range(300)]
ordered = sorted(many)
print(all(not ordered[k + 1] < ordered[k] for k in range(299)), ordered[:4], ordered[-3:])
empty: list[Task] = []
print(sorted(empty), sorted([Task(1, "only")]))
print(sorted([0.0, -0.0, 1.0, -0.0], reverse=True), sorted([-0.0, 0.0]), sorted((0.0, -0.0), reverse=True))
