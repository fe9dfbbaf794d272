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
 * bits. FUNCTION is the binary or the in-place helper; GENERAL what it
 * calls for the rest. */
#define NUITKA_CC_ARITHMETIC_OPERATION(FUNCTION, C_OPERATOR, GENERAL)         \
  NUITKA_CC_INLINE PyObject *FUNCTION(PyObject *a, PyObject *b) {             \
    if (NuitkaCC_BothSmallExactInts(a, b)) {                                  \
      return NUITKA_CC_SMALL_INT_RESULT(a, C_OPERATOR, b);                    \
    }                                                                         \
    if (NuitkaCC_BothExactFloats(a, b)) {                                     \
      return NuitkaCC_Float_FromDouble(                                       \
          PyFloat_AS_DOUBLE(a) C_OPERATOR PyFloat_AS_DOUBLE(b));              \
    }                                                                         \
    return GENERAL(a, b);                                                     \
  }

/* Small ints too: int's true division of operands below 2**53 is the
 * correctly rounded quotient of their doubles. */
#define NUITKA_CC_TRUE_DIVISION(FUNCTION, GENERAL)                            \
  NUITKA_CC_INLINE PyObject *FUNCTION(PyObject *a, PyObject *b) {             \
    if (NuitkaCC_BothSmallExactInts(a, b) && Py_SIZE(b) != 0) {               \
      return NuitkaCC_Float_FromDouble((double)NuitkaCC_SmallIntValue(a) /    \
                                       (double)NuitkaCC_SmallIntValue(b));    \
    }                                                                         \
    if (NuitkaCC_BothExactFloats(a, b) && PyFloat_AS_DOUBLE(b) != 0.0) {      \
      return NuitkaCC_Float_FromDouble(PyFloat_AS_DOUBLE(a) /                 \
                                       PyFloat_AS_DOUBLE(b));                 \
    }                                                                         \
    return GENERAL(a, b);                                                     \
  }

NUITKA_CC_ARITHMETIC_OPERATION(BINARY_OPERATION_ADD_OBJECT_OBJECT, +, NuitkaCC_Add_General)
NUITKA_CC_ARITHMETIC_OPERATION(BINARY_OPERATION_SUB_OBJECT_OBJECT, -,
                               NuitkaCC_Subtract_General)
NUITKA_CC_ARITHMETIC_OPERATION(BINARY_OPERATION_MULT_OBJECT_OBJECT, *,
                               NuitkaCC_Multiply_General)
NUITKA_CC_TRUE_DIVISION(BINARY_OPERATION_DIV_OBJECT_OBJECT, NuitkaCC_TrueDivide_General)

/* The integer operators, with a fast path for small ints inside one
 * function each (runtime/int_operations.c): in programs they are rarer
 * than + - * and their fast paths longer. */
PyObject *NuitkaCC_FloorDivide(PyObject *a, PyObject *b);
PyObject *NuitkaCC_Remainder(PyObject *a, PyObject *b);
PyObject *NuitkaCC_Lshift(PyObject *a, PyObject *b);
PyObject *NuitkaCC_Rshift(PyObject *a, PyObject *b);
PyObject *NuitkaCC_And(PyObject *a, PyObject *b);
PyObject *NuitkaCC_Or(PyObject *a, PyObject *b);
PyObject *NuitkaCC_Xor(PyObject *a, PyObject *b);

#define BINARY_OPERATION_FLOORDIV_OBJECT_OBJECT(a, b) NuitkaCC_FloorDivide(a, b)
/* `"%d" % value` formats: NuitkaCC_Remainder reaches str's __mod__. */
#define BINARY_OPERATION_MOD_OBJECT_OBJECT(a, b) NuitkaCC_Remainder(a, b)
#define BINARY_OPERATION_LSHIFT_OBJECT_OBJECT(a, b) NuitkaCC_Lshift(a, b)
#define BINARY_OPERATION_RSHIFT_OBJECT_OBJECT(a, b) NuitkaCC_Rshift(a, b)
#define BINARY_OPERATION_BITAND_OBJECT_OBJECT(a, b) NuitkaCC_And(a, b)
#define BINARY_OPERATION_BITOR_OBJECT_OBJECT(a, b) NuitkaCC_Or(a, b)
#define BINARY_OPERATION_BITXOR_OBJECT_OBJECT(a, b) NuitkaCC_Xor(a, b)

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
 * them the in-place operation is the binary one. So + - * / inline the
 * same fast paths, and each in-place operation is one function
 * (runtime/operations.c) that takes the binary path for two ints or floats
 * and the in-place protocol for anything else (`items += more`), whose
 * errors name the in-place operator. */
PyObject *NuitkaCC_InPlaceAdd(PyObject *a, PyObject *b);
PyObject *NuitkaCC_InPlaceSubtract(PyObject *a, PyObject *b);
PyObject *NuitkaCC_InPlaceMultiply(PyObject *a, PyObject *b);
PyObject *NuitkaCC_InPlaceTrueDivide(PyObject *a, PyObject *b);
PyObject *NuitkaCC_InPlaceFloorDivide(PyObject *a, PyObject *b);
PyObject *NuitkaCC_InPlaceRemainder(PyObject *a, PyObject *b);
PyObject *NuitkaCC_InPlaceLshift(PyObject *a, PyObject *b);
PyObject *NuitkaCC_InPlaceRshift(PyObject *a, PyObject *b);
PyObject *NuitkaCC_InPlaceAnd(PyObject *a, PyObject *b);
PyObject *NuitkaCC_InPlaceOr(PyObject *a, PyObject *b);
PyObject *NuitkaCC_InPlaceXor(PyObject *a, PyObject *b);

NUITKA_CC_ARITHMETIC_OPERATION(INPLACE_OPERATION_ADD_OBJECT_OBJECT, +, NuitkaCC_InPlaceAdd)
NUITKA_CC_ARITHMETIC_OPERATION(INPLACE_OPERATION_SUB_OBJECT_OBJECT, -,
                               NuitkaCC_InPlaceSubtract)
NUITKA_CC_ARITHMETIC_OPERATION(INPLACE_OPERATION_MULT_OBJECT_OBJECT, *,
                               NuitkaCC_InPlaceMultiply)
NUITKA_CC_TRUE_DIVISION(INPLACE_OPERATION_DIV_OBJECT_OBJECT, NuitkaCC_InPlaceTrueDivide)

#define INPLACE_OPERATION_FLOORDIV_OBJECT_OBJECT(a, b) NuitkaCC_InPlaceFloorDivide(a, b)
#define INPLACE_OPERATION_MOD_OBJECT_OBJECT(a, b) NuitkaCC_InPlaceRemainder(a, b)
#define INPLACE_OPERATION_LSHIFT_OBJECT_OBJECT(a, b) NuitkaCC_InPlaceLshift(a, b)
#define INPLACE_OPERATION_RSHIFT_OBJECT_OBJECT(a, b) NuitkaCC_InPlaceRshift(a, b)
#define INPLACE_OPERATION_BITAND_OBJECT_OBJECT(a, b) NuitkaCC_InPlaceAnd(a, b)
#define INPLACE_OPERATION_BITOR_OBJECT_OBJECT(a, b) NuitkaCC_InPlaceOr(a, b)
#define INPLACE_OPERATION_BITXOR_OBJECT_OBJECT(a, b) NuitkaCC_InPlaceXor(a, b)
#define INPLACE_OPERATION_MATMULT_OBJECT_OBJECT(a, b) \
  PyNumber_InPlaceMatrixMultiply(a, b)
#define INPLACE_OPERATION_POW_OBJECT_OBJECT(a, b) \
  PyNumber_InPlacePower(a, b, Py_None)

#endif /* NUITKA_CC_HELPER_OPERATIONS_H_ */
