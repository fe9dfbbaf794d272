# String and bytes literals: single/double/triple quotes, raw strings
# (backslashes kept, raw f-strings), every escape sequence (\n \t \\ \'
# \" \a \b \f \v \0 \ooo \xhh \uXXXX \UXXXXXXXX \N{name}), line
# continuation inside literals, implicit concatenation across lines and
# kinds (str+f-string), bytes escapes, unknown escapes kept, and
# SyntaxErrors for bad literals.
print('single', "double", '''triple single''', """triple double""", 'it\'s', "say \"hi\"", "it's", 'say "hi"')
print(repr("\n\t\\\'\"\a\b\f\v\0"), repr("\101\x41\u0041\U00000041\N{LATIN CAPITAL LETTER A}"), "\N{SNOWMAN}", "\u00e9")
print(repr("\7"), repr("\18"), repr("\400" if False else "\377"), repr("\x7f"), repr("\u200b"), len("\U0001F600"))
print(r"raw\n\t\\", R"C:\path\new", rb"raw\x00", Rb"\d+", br"\w", len(r"\n"), r"\"quoted\"", r'\'')
name = "x"
print(rf"{name}\n", fr"\t{name}", Rf"{name!r}\d", f"{name}" r"\n" "\n".strip())
text = """line one
    line two, indented
line three\
 continued"""
print(text)
print(repr("""\
starts without newline
"""), repr('''a'b"c'''))
joined = ("implicit " "concatenation "
          'across ' """kinds """
          f"and f-{name}")
print(joined, "ab" "cd" == "abcd", b"by" b"tes", len("a" "b" "c"))
long_string = "first part \
second part"
print(long_string)
print(b"\x00\xff\n\t\\", list(b"\x41\101\n"), b"\u00e9", len(b"\u00e9"), repr(b"\N"), b"\'\"")
print(repr("\d \w \s \q"), len("\d"), repr("\ "), "\\d" == "\d")
print("tab\tseparated", "bell\a?".replace("\a", "<BEL>"), "nul\0byte".split("\0"), "caf\xe9", "\x41\x42")
print(type("").__name__, type(b"").__name__, type(r"").__name__, "" == r"" == str(), b"" == rb"" == bytes())
print(repr('\''), repr("\""), repr('"\''), repr("'\""), repr("\\"), repr(r"\\"), str("\\"))
for src in ('"unterminated', "'''never closed", '"\\N{NO SUCH NAME}"', '"\\x4"', '"\\u12"', '"\\U1234567"',
            'b"é"', '"\\U00110000"', "r'\\'", 'f"{"', 'f"}"', 'bu"x"', '"""ok"""'):
    try:
        print(repr(src), "->", repr(eval(src)))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)
