from wit_world.imports import geometry

print(geometry.add(1, 2))
