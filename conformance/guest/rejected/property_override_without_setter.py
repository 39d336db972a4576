class Pet:
    @property
    def sound(self) -> str:
        return "..."

    @sound.setter
    def sound(self, v: str) -> None:
        pass


class Dog(Pet):
    @property
    def sound(self) -> str:
        return "woof"
