/* Exact ints of at most one 30-bit digit ("small" here; CPython calls them
 * medium values): the operands that the fast paths of operations and
 * comparisons compute on as C longs, without overflow.
 *
 *   if (NuitkaCC_IsSmallExactInt(a)) { long v = NuitkaCC_SmallIntValue(a); }
 */
#ifndef NUITKA_CC_HELPER_SMALL_INTS_H_
#define NUITKA_CC_HELPER_SMALL_INTS_H_

/* C longs hold products of two such values and shifts of one by up to 32
 * bits. */
_Static_assert(sizeof(long) >= 8, "small int fast paths need 64-bit longs");

/* An int (its exact type checked by the caller) of at most one digit. */
NUITKA_CC_INLINE int NuitkaCC_HasOneDigit(PyObject *value) {
  return (size_t)(Py_SIZE(value) + 1) <= 2;
}

/* Ints of at most one digit, as COMPARE_OP_INT_JUMP takes them. */
NUITKA_CC_INLINE int NuitkaCC_IsSmallExactInt(PyObject *value) {
  return PyLong_CheckExact(value) && NuitkaCC_HasOneDigit(value);
}

/* Both operands small exact ints. */
NUITKA_CC_INLINE int NuitkaCC_BothSmallExactInts(PyObject *a, PyObject *b) {
  return NuitkaCC_IsSmallExactInt(a) && NuitkaCC_IsSmallExactInt(b);
}

/* The value, |value| < 2**30. */
NUITKA_CC_INLINE long NuitkaCC_SmallIntValue(PyObject *value) {
  return (long)Py_SIZE(value) * (long)((PyLongObject *)value)->ob_digit[0];
}

/* A one-digit int for |value| < 2**30 outside the shared range
 * (runtime/operations.c). */
PyObject *NuitkaCC_LongFromMediumResult(long value);

/* An int object for the result of an operation on small ints: the shared
 * object for -5 ... 256, a new one-digit int up to the digit's range (as
 * CPython makes the results of its own medium-value fast paths), else the
 * general constructor. */
NUITKA_CC_INLINE PyObject *NuitkaCC_LongFromSmallResult(long value) {
  if ((unsigned long)(value + _PY_NSMALLNEGINTS) <
      (unsigned long)(_PY_NSMALLNEGINTS + _PY_NSMALLPOSINTS)) {
    return Py_NewRef(
        (PyObject *)&_PyLong_SMALL_INTS[_PY_NSMALLNEGINTS + value]);
  }
  if ((unsigned long)(value + (long)PyLong_MASK) <= 2 * (unsigned long)PyLong_MASK) {
    return NuitkaCC_LongFromMediumResult(value);
  }
  return PyLong_FromLong(value);
}

/* a <C_OPERATOR> b of two small ints, the result as an int object, for
 * operators whose result stays within C long's range. */
#define NUITKA_CC_SMALL_INT_RESULT(a, C_OPERATOR, b)                       \
  NuitkaCC_LongFromSmallResult(NuitkaCC_SmallIntValue(a) C_OPERATOR        \
                               NuitkaCC_SmallIntValue(b))

/* One operand a float, the other a float or small int: both as doubles,
 * the conversion float's own methods make (such ints convert exactly).
 * The types are read once: two floats, the common case, cost no more than
 * two exact type checks. */
NUITKA_CC_INLINE int NuitkaCC_FloatOperands(PyObject *a, PyObject *b, double *x,
                                            double *y) {
  PyTypeObject *type_a = Py_TYPE(a), *type_b = Py_TYPE(b);
  if (type_a == &PyFloat_Type) {
    if (likely(type_b == &PyFloat_Type)) {
      *x = PyFloat_AS_DOUBLE(a);
      *y = PyFloat_AS_DOUBLE(b);
      return 1;
    }
    if (type_b == &PyLong_Type && NuitkaCC_HasOneDigit(b)) {
      *x = PyFloat_AS_DOUBLE(a);
      *y = (double)NuitkaCC_SmallIntValue(b);
      return 1;
    }
    return 0;
  }
  if (type_b == &PyFloat_Type && type_a == &PyLong_Type && NuitkaCC_HasOneDigit(a)) {
    *x = (double)NuitkaCC_SmallIntValue(a);
    *y = PyFloat_AS_DOUBLE(b);
    return 1;
  }
  return 0;
}

#endif /* NUITKA_CC_HELPER_SMALL_INTS_H_ */
