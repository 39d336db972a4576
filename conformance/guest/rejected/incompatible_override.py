class Animal:
    def sound(self, loud: bool) -> str:
        return "..."


class Dog(Animal):
    def sound(self, loud: int) -> str:
        return "woof"
