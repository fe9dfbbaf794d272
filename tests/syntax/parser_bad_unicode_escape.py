# An unknown character name in a \N escape.
text = "\N{NO SUCH CHARACTER NAME}"
