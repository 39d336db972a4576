import helper

LIMIT = 3
print(helper.twice_limit())
