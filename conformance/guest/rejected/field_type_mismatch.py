class Account:
    balance: int

    def deposit(self, amount: float) -> None:
        self.balance = self.balance + amount
