/* Binary, in-place and unary operations and truth values, with fast paths
 * for exact ints and floats (the shapes CPython 3.11 specializes BINARY_OP
 * for) before the generic number protocol.
 *
 *   PyObject *sum = BINARY_OPERATION_ADD_OBJECT_OBJECT(a, b);
 *   int truth = NuitkaCC_CheckTruth(value);  // 1, 0 or -1
 */
#ifndef NUITKA_CC_HELPER_OPERATIONS_H_
#define NUITKA_CC_HELPER_OPERATIONS_H_

/* --- Truth ------------------------------------------------------------- */

NUITKA_CC_INLINE int NuitkaCC_CheckTruth(PyObject *value) {
  if (value == Py_True) {
    return 1;
  }
  if (value == Py_False || value == Py_None) {
    return 0;
  }
  if (PyLong_CheckExact(value)) {
    return Py_SIZE(value) != 0;
  }
  return PyObject_IsTrue(value);
}

/* `not value` as an object (new reference), or NULL on error. */
static inline PyObject *UNARY_OPERATION_NOT_OBJECT(PyObject *value) {
  int truth = NuitkaCC_CheckTruth(value);
  if (unlikely(truth < 0)) {
    return NULL;
  }
  return Py_NewRef(truth ? Py_False : Py_True);
}

/* --- Unary --------------------------------------------------------------- */

#define UNARY_OPERATION_USUB_OBJECT(value) PyNumber_Negative(value)
#define UNARY_OPERATION_UADD_OBJECT(value) PyNumber_Positive(value)
#define UNARY_OPERATION_INVERT_OBJECT(value) PyNumber_Invert(value)

/* --- Binary -------------------------------------------------------------- */

/* Each site inlines only the commonest cases: two small exact ints
 * (small_ints.h) compute as C longs, two exact floats as doubles. The rest
 * (wide ints, a float with a small int, strings, the number protocol, and
 * every case that raises) is one function per operation in
 * runtime/operations.c: a program has thousands of operation sites, and
 * small ones keep its hot loops within the instruction cache. */

PyObject *NuitkaCC_Add_General(PyObject *a, PyObject *b);
PyObject *NuitkaCC_Subtract_General(PyObject *a, PyObject *b);
PyObject *NuitkaCC_Multiply_General(PyObject *a, PyObject *b);
PyObject *NuitkaCC_TrueDivide_General(PyObject *a, PyObject *b);

NUITKA_CC_INLINE int NuitkaCC_BothExactFloats(PyObject *a, PyObject *b) {
  return PyFloat_CheckExact(a) && PyFloat_CheckExact(b);
}

/* + - *: the sum, difference or product of two 30-bit values fits in 61
 * bits. */
#define NUITKA_CC_ARITHMETIC_OPERATION(NAME, C_OPERATOR, GENERAL)             \
  NUITKA_CC_INLINE PyObject *BINARY_OPERATION_##NAME##_OBJECT_OBJECT(         \
      PyObject *a, PyObject *b) {                                             \
    if (NuitkaCC_BothSmallExactInts(a, b)) {                                  \
      return NUITKA_CC_SMALL_INT_RESULT(a, C_OPERATOR, b);                    \
    }                                                                         \
    if (NuitkaCC_BothExactFloats(a, b)) {                                     \
      return NuitkaCC_Float_FromDouble(                                       \
          PyFloat_AS_DOUBLE(a) C_OPERATOR PyFloat_AS_DOUBLE(b));              \
    }                                                                         \
    return GENERAL(a, b);                                                     \
  }

NUITKA_CC_ARITHMETIC_OPERATION(ADD, +, NuitkaCC_Add_General)
NUITKA_CC_ARITHMETIC_OPERATION(SUB, -, NuitkaCC_Subtract_General)
NUITKA_CC_ARITHMETIC_OPERATION(MULT, *, NuitkaCC_Multiply_General)

NUITKA_CC_INLINE PyObject *BINARY_OPERATION_DIV_OBJECT_OBJECT(PyObject *a,
                                                           PyObject *b) {
  /* Small ints too: int's true division of operands below 2**53 is the
   * correctly rounded quotient of their doubles. */
  if (NuitkaCC_BothSmallExactInts(a, b) && Py_SIZE(b) != 0) {
    return NuitkaCC_Float_FromDouble((double)NuitkaCC_SmallIntValue(a) /
                                     (double)NuitkaCC_SmallIntValue(b));
  }
  if (NuitkaCC_BothExactFloats(a, b) && PyFloat_AS_DOUBLE(b) != 0.0) {
    return NuitkaCC_Float_FromDouble(PyFloat_AS_DOUBLE(a) / PyFloat_AS_DOUBLE(b));
  }
  return NuitkaCC_TrueDivide_General(a, b);
}

/* Floor division and modulo round towards negative infinity; C's towards
 * zero. */
NUITKA_CC_INLINE PyObject *BINARY_OPERATION_FLOORDIV_OBJECT_OBJECT(PyObject *a,
                                                                PyObject *b) {
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

NUITKA_CC_INLINE PyObject *BINARY_OPERATION_MOD_OBJECT_OBJECT(PyObject *a,
                                                           PyObject *b) {
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

NUITKA_CC_INLINE PyObject *BINARY_OPERATION_LSHIFT_OBJECT_OBJECT(PyObject *a,
                                                              PyObject *b) {
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

NUITKA_CC_INLINE PyObject *BINARY_OPERATION_RSHIFT_OBJECT_OBJECT(PyObject *a,
                                                              PyObject *b) {
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
#define NUITKA_CC_BITWISE_OPERATION(NAME, C_OPERATOR, GENERIC)              \
  NUITKA_CC_INLINE PyObject *BINARY_OPERATION_##NAME##_OBJECT_OBJECT(       \
      PyObject *a, PyObject *b) {                                           \
    if (NuitkaCC_BothSmallExactInts(a, b)) {                                \
      return NUITKA_CC_SMALL_INT_RESULT(a, C_OPERATOR, b);                  \
    }                                                                       \
    return GENERIC(a, b);                                                   \
  }

NUITKA_CC_BITWISE_OPERATION(BITAND, &, PyNumber_And)
NUITKA_CC_BITWISE_OPERATION(BITOR, |, PyNumber_Or)
NUITKA_CC_BITWISE_OPERATION(BITXOR, ^, PyNumber_Xor)

/* --- Binary with a temporary left operand ------------------------------ */

/* The generated code hands over its reference to a left operand that is
 * the result of another operation (`a * b + c`): an exact float that
 * nothing else references then holds the result itself, so chained float
 * arithmetic makes one object instead of one per step. Small ints compute
 * inline as above; the rest is the plain operation (out of line), then
 * the left operand is released. */

PyObject *NuitkaCC_Add_TakingLeft(PyObject *a, PyObject *b);
PyObject *NuitkaCC_Subtract_TakingLeft(PyObject *a, PyObject *b);
PyObject *NuitkaCC_Multiply_TakingLeft(PyObject *a, PyObject *b);
PyObject *NuitkaCC_TrueDivide_TakingLeft(PyObject *a, PyObject *b);

#define NUITKA_CC_TEMP_LEFT_OPERATION(NAME, C_OPERATOR, TAKING_LEFT)          \
  NUITKA_CC_INLINE PyObject *BINARY_OPERATION_##NAME##_TEMP_OBJECT(           \
      PyObject *a, PyObject *b) {                                             \
    if (NuitkaCC_BothExactFloats(a, b) && Py_REFCNT(a) == 1) {                \
      ((PyFloatObject *)a)->ob_fval =                                         \
          PyFloat_AS_DOUBLE(a) C_OPERATOR PyFloat_AS_DOUBLE(b);               \
      return a;                                                               \
    }                                                                         \
    if (NuitkaCC_BothSmallExactInts(a, b)) {                                  \
      PyObject *result = NUITKA_CC_SMALL_INT_RESULT(a, C_OPERATOR, b);        \
      Py_DECREF(a);                                                           \
      return result;                                                          \
    }                                                                         \
    return TAKING_LEFT(a, b);                                                 \
  }

NUITKA_CC_TEMP_LEFT_OPERATION(ADD, +, NuitkaCC_Add_TakingLeft)
NUITKA_CC_TEMP_LEFT_OPERATION(SUB, -, NuitkaCC_Subtract_TakingLeft)
NUITKA_CC_TEMP_LEFT_OPERATION(MULT, *, NuitkaCC_Multiply_TakingLeft)

NUITKA_CC_INLINE PyObject *BINARY_OPERATION_DIV_TEMP_OBJECT(PyObject *a,
                                                         PyObject *b) {
  if (NuitkaCC_BothExactFloats(a, b) && Py_REFCNT(a) == 1 &&
      PyFloat_AS_DOUBLE(b) != 0.0) {
    ((PyFloatObject *)a)->ob_fval = PyFloat_AS_DOUBLE(a) / PyFloat_AS_DOUBLE(b);
    return a;
  }
  return NuitkaCC_TrueDivide_TakingLeft(a, b);
}

#define BINARY_OPERATION_MATMULT_OBJECT_OBJECT(a, b) PyNumber_MatrixMultiply(a, b)
#define BINARY_OPERATION_POW_OBJECT_OBJECT(a, b) PyNumber_Power(a, b, Py_None)

/* --- In-place (augmented assignment) ----------------------------------- */

/* Exact ints and floats are immutable and have no in-place methods: for
 * them the in-place operation is the binary one, fast paths included. */
NUITKA_CC_INLINE int NuitkaCC_BothIntsOrFloats(PyObject *a, PyObject *b) {
  return (PyLong_CheckExact(a) || PyFloat_CheckExact(a)) &&
         (PyLong_CheckExact(b) || PyFloat_CheckExact(b));
}

#define NUITKA_CC_INPLACE_OPERATION(NAME, GENERIC)                           \
  NUITKA_CC_INLINE PyObject *INPLACE_OPERATION_##NAME##_OBJECT_OBJECT(       \
      PyObject *a, PyObject *b) {                                            \
    if (NuitkaCC_BothIntsOrFloats(a, b)) {                                   \
      return BINARY_OPERATION_##NAME##_OBJECT_OBJECT(a, b);                  \
    }                                                                        \
    return GENERIC(a, b);                                                    \
  }

NUITKA_CC_INPLACE_OPERATION(ADD, PyNumber_InPlaceAdd)
NUITKA_CC_INPLACE_OPERATION(SUB, PyNumber_InPlaceSubtract)
NUITKA_CC_INPLACE_OPERATION(MULT, PyNumber_InPlaceMultiply)
NUITKA_CC_INPLACE_OPERATION(DIV, PyNumber_InPlaceTrueDivide)
NUITKA_CC_INPLACE_OPERATION(FLOORDIV, PyNumber_InPlaceFloorDivide)
NUITKA_CC_INPLACE_OPERATION(MOD, PyNumber_InPlaceRemainder)
NUITKA_CC_INPLACE_OPERATION(LSHIFT, PyNumber_InPlaceLshift)
NUITKA_CC_INPLACE_OPERATION(RSHIFT, PyNumber_InPlaceRshift)
NUITKA_CC_INPLACE_OPERATION(BITAND, PyNumber_InPlaceAnd)
NUITKA_CC_INPLACE_OPERATION(BITOR, PyNumber_InPlaceOr)
NUITKA_CC_INPLACE_OPERATION(BITXOR, PyNumber_InPlaceXor)

#define INPLACE_OPERATION_MATMULT_OBJECT_OBJECT(a, b) \
  PyNumber_InPlaceMatrixMultiply(a, b)
#define INPLACE_OPERATION_POW_OBJECT_OBJECT(a, b) \
  PyNumber_InPlacePower(a, b, Py_None)

#endif /* NUITKA_CC_HELPER_OPERATIONS_H_ */
