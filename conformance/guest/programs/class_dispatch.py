class Animal:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def sound(self) -> str:
        return "..."

    def speak(self, times: int = 1) -> str:
        return self.name + " says " + " ".join(self.sounds(times))

    def sounds(self, times: int) -> list[str]:
        out: list[str] = []
        for i in range(times):
            out.append(self.sound())
        return out

    def __str__(self) -> str:
        return "Animal(" + self.name + ")"


class Dog(Animal):
    def sound(self) -> str:
        return "woof"


class Puppy(Dog):
    def sound(self) -> str:
        return "yip"

    def __str__(self) -> str:
        return "Puppy(" + self.name + ")"


class Cat(Animal):
    lives: int

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.lives = 9

    def sound(self) -> str:
        return "meow" + "!" * (9 - self.lives)


class Kitten(Cat):
    pass


zoo: list[Animal] = [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom"), Kitten("kit")]
for a in zoo:
    print(a.speak(), "|", a.speak(times=2), "|", a)
k = Kitten("k2")
k.lives = 7
print(k.sound(), str(k), Dog("d").sounds(3))
d: Dog = Puppy("p2")
print(d.sound(), d)
