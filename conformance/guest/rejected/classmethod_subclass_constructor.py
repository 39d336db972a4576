# an inherited @classmethod is checked once per class: Robot(name) does not fit Robot.__init__
class Pet:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def named(cls, name: str) -> "Pet":
        return cls(name)


class Robot(Pet):
    def __init__(self) -> None:
        super().__init__("robot")


print(Pet.named("rex").name)
