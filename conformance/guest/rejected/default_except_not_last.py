try:
    print(1)
except:
    print(2)
except ValueError:
    print(3)
