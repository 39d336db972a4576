class Base:
    def hello(self) -> str:
        return "b"


class Sub(Base):
    @staticmethod
    def make() -> str:
        return super().hello()


print(Sub.make())
