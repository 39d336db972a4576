nums: list[int] = [5, 3, 8, 1]
nums.append(7)
print(nums, len(nums), nums[0], nums[-1], nums[-2])
nums[1] = 30
nums[-1] += 100
print(nums)
print(sum(nums), min(nums), max(nums), 8 in nums, 9 in nums, 9 not in nums)
last = nums.pop()
print(last, nums)
floats = [1.5, 2.25, -0.5]
print(floats, sum(floats), min(floats), max(floats))
words = ["pear", "apple"]
words.append("fig")
print(words, "apple" in words)
flags = [True, False]
print(flags, [[1, 2], [3]], [""])
empty: list[int] = []
print(empty, len(empty))
total = 0
for x in nums:
    total += x
print(total)
grow: list[int] = []
for i in range(1000):
    grow.append(i * i)
print(len(grow), grow[999], sum(grow))
matrix: list[list[int]] = []
for r in range(3):
    row: list[int] = []
    for c in range(3):
        row.append(r * 3 + c)
    matrix.append(row)
print(matrix, matrix[1][2])
matrix[2][0] = -1
print(matrix[2])
