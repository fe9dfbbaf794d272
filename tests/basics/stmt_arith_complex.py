# Complex numbers: literals, construction, arithmetic with int/float,
# power, abs, conjugate, real/imag attributes, comparisons (only equality),
# division by zero, cmath functions, formatting and repr.
import cmath
z = 3 + 4j
w = complex(1, -2)
print(z, w, z.real, z.imag, type(z.real).__name__, abs(z), z.conjugate())
print(z + w, z - w, z * w, z / w, -z, +z, z ** 2, z ** 0.5, 2 ** z)
print(z + 1, 1 + z, z * 2.5, z / 2, 1j ** 2, 1j * 1j, (1j) ** 1j)
print(complex(), complex(2), complex(2.5, -1), complex("1+2j"), complex(" 3-4j "), complex("j"))
print(complex(1j, 1j), complex(1, 1j), complex("-1.5e2-2.5E-1j"))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(1 + 0j))
print(complex(1e300, 1e300) * 10, complex(float("inf"), 0), complex("nan+nanj"))
print(z == 3 + 4j, z == complex(3, 4), z != w, (1 + 0j) == 1, (1 + 0j) == 1.0, 1j == 1)
print(hash(1 + 0j) == hash(1), bool(0j), bool(1j), bool(complex(0, -0.0)))
print(f"{z}", f"{z:.2f}", f"{z:>20}", f"{w:+.1e}", format(z, ""), str(z), "%s" % z)
print(cmath.sqrt(-1), cmath.phase(-1), cmath.polar(z), cmath.exp(1j * cmath.pi).real)
print(abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15, cmath.isclose(cmath.rect(5, cmath.phase(z)), z))
print(divmod.__name__, (2 + 0j) ** 3, (1 + 1j) ** -1, 0j ** 0, pow(z, 2))
import math
for label, bad in (("z < w", lambda: z < w), ("z // w", lambda: z // w),
                   ("z % w", lambda: z % w), ("divmod", lambda: divmod(z, w)),
                   ("int(z)", lambda: int(z)), ("float(z)", lambda: float(z)),
                   ("round(z)", lambda: round(z)), ("complex('1+')", lambda: complex('1+')),
                   ("0j ** -1", lambda: 0j ** -1), ("z / 0", lambda: z / 0),
                   ("complex('1', 2)", lambda: complex('1', 2)),
                   ("complex(1, '2')", lambda: complex(1, '2')),
                   ("math.floor(z)", lambda: math.floor(z)), ("z >= 1", lambda: z >= 1)):
    try:
        print(label, "->", bad())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
print(sorted([3 + 1j, 1 + 2j, 2 + 0j], key=abs), sum([1j, 2, 3.5]))
print(z.__add__(1), z.__radd__(1), z.__eq__("a"), (1).__add__(z))
