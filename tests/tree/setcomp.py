# A set comprehension adds to set() in a <setcomp> function.
s = {word.lower() for word in words if word}
