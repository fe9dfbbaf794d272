/* The integer operators // % << >> & | ^ (see helper/operations.h): two
 * small ints compute as C longs, anything else takes the number protocol.
 * One function each, not inlined at every site. */
#include "nuitka_cc/prelude.h"

/* Floor division and modulo round towards negative infinity; C's towards
 * zero. */
PyObject *NuitkaCC_FloorDivide(PyObject *a, PyObject *b) {
  if (NuitkaCC_BothSmallExactInts(a, b) && Py_SIZE(b) != 0) {
    long x = NuitkaCC_SmallIntValue(a), y = NuitkaCC_SmallIntValue(b);
    long quotient = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0))) {
      quotient -= 1;
    }
    return NuitkaCC_LongFromSmallResult(quotient);
  }
  return PyNumber_FloorDivide(a, b);
}

PyObject *NuitkaCC_Remainder(PyObject *a, PyObject *b) {
  if (NuitkaCC_BothSmallExactInts(a, b) && Py_SIZE(b) != 0) {
    long x = NuitkaCC_SmallIntValue(a), y = NuitkaCC_SmallIntValue(b);
    long remainder = x % y;
    if (remainder != 0 && ((remainder < 0) != (y < 0))) {
      remainder += y;
    }
    return NuitkaCC_LongFromSmallResult(remainder);
  }
  /* `"%d" % value` formats: the number protocol reaches str's __mod__. */
  return PyNumber_Remainder(a, b);
}

PyObject *NuitkaCC_Lshift(PyObject *a, PyObject *b) {
  if (NuitkaCC_BothSmallExactInts(a, b)) {
    long x = NuitkaCC_SmallIntValue(a), shift = NuitkaCC_SmallIntValue(b);
    /* A 30-bit value shifted by up to 32 fits in 63 bits; multiplying
     * keeps negative values defined. */
    if (shift >= 0 && shift <= 32) {
      return NuitkaCC_LongFromSmallResult(x * (1L << shift));
    }
  }
  return PyNumber_Lshift(a, b);
}

PyObject *NuitkaCC_Rshift(PyObject *a, PyObject *b) {
  if (NuitkaCC_BothSmallExactInts(a, b)) {
    long x = NuitkaCC_SmallIntValue(a), shift = NuitkaCC_SmallIntValue(b);
    if (shift >= 0) {
      /* Rounds towards negative infinity, as int's >> does. */
      long result = shift >= 31 ? (x < 0 ? -1 : 0)
                                : (x >= 0 ? x >> shift : ~(~x >> shift));
      return NuitkaCC_LongFromSmallResult(result);
    }
  }
  return PyNumber_Rshift(a, b);
}

/* & | ^ of small ints never leave the digit's range. */
#define NUITKA_CC_BITWISE_OPERATION(FUNCTION, C_OPERATOR, GENERIC)          \
  PyObject *FUNCTION(PyObject *a, PyObject *b) {                            \
    if (NuitkaCC_BothSmallExactInts(a, b)) {                                \
      return NUITKA_CC_SMALL_INT_RESULT(a, C_OPERATOR, b);                  \
    }                                                                       \
    return GENERIC(a, b);                                                   \
  }

NUITKA_CC_BITWISE_OPERATION(NuitkaCC_And, &, PyNumber_And)
NUITKA_CC_BITWISE_OPERATION(NuitkaCC_Or, |, PyNumber_Or)
NUITKA_CC_BITWISE_OPERATION(NuitkaCC_Xor, ^, PyNumber_Xor)
