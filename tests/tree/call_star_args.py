# Star arguments make a complex call: *args unpack into the positional
# tuple, **kwargs merge into the keyword dict, with call-site messages.
f(*args)
f(**kwargs)
f(*args, **kwargs)
f(a, *args, key=b)
