# Classes with inheritance, lists of instances, and list methods on their histories.


class Account:
    owner: str
    balance: int
    history: list[int]

    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount: int) -> None:
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount: int) -> bool:
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True

    def __str__(self) -> str:
        return f"{self.owner}: {self.balance} ({len(self.history)} moves)"


class Savings(Account):
    rate: float

    def __init__(self, owner: str, balance: int, rate: float) -> None:
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self) -> None:
        self.deposit(int(self.balance * self.rate))


accounts: list[Account] = [Account("ann", 100), Savings("bob", 1000, 0.05), Account("cid", 0)]
accounts[0].deposit(50)
print(accounts[0].withdraw(500), accounts[2].withdraw(1))
s = Savings("eve", 200, 0.1)
s.add_interest()
s.add_interest()
accounts.append(s)
for a in accounts:
    print(a)
print(s.history, s.history[::-1], s.history.count(20))
rich = [a.owner for a in accounts if a.balance >= 150]
print(rich, sorted([a.balance for a in accounts], reverse=True))
