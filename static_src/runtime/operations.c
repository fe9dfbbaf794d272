/* The general cases of + - * /, out of line (see helper/operations.h):
 * wide ints, a float with a small int, string concatenation, the number
 * protocol; the same for a left operand whose reference the caller hands
 * over; and the in-place operations past their inline fast paths. */
#include "nuitka_cc/prelude.h"

PyObject *NuitkaCC_Add_General(PyObject *a, PyObject *b) {
  double x, y;
  if (PyLong_CheckExact(a) && PyLong_CheckExact(b)) {
    return _PyLong_Add((PyLongObject *)a, (PyLongObject *)b);
  }
  if (NuitkaCC_FloatOperands(a, b, &x, &y)) {
    return NuitkaCC_Float_FromDouble(x + y);
  }
  if (PyUnicode_CheckExact(a) && PyUnicode_CheckExact(b)) {
    return PyUnicode_Concat(a, b);
  }
  return PyNumber_Add(a, b);
}

PyObject *NuitkaCC_Subtract_General(PyObject *a, PyObject *b) {
  double x, y;
  if (PyLong_CheckExact(a) && PyLong_CheckExact(b)) {
    return _PyLong_Subtract((PyLongObject *)a, (PyLongObject *)b);
  }
  if (NuitkaCC_FloatOperands(a, b, &x, &y)) {
    return NuitkaCC_Float_FromDouble(x - y);
  }
  return PyNumber_Subtract(a, b);
}

PyObject *NuitkaCC_Multiply_General(PyObject *a, PyObject *b) {
  double x, y;
  if (PyLong_CheckExact(a) && PyLong_CheckExact(b)) {
    return _PyLong_Multiply((PyLongObject *)a, (PyLongObject *)b);
  }
  if (NuitkaCC_FloatOperands(a, b, &x, &y)) {
    return NuitkaCC_Float_FromDouble(x * y);
  }
  return PyNumber_Multiply(a, b);
}

PyObject *NuitkaCC_TrueDivide_General(PyObject *a, PyObject *b) {
  double x, y;
  if (NuitkaCC_FloatOperands(a, b, &x, &y) && y != 0.0) {
    return NuitkaCC_Float_FromDouble(x / y);
  }
  return PyNumber_TrueDivide(a, b);
}

/* A float left operand with a small int: computed into the left operand
 * when nothing else references it; otherwise the operation, then the left
 * operand released. */
#define NUITKA_CC_TAKING_LEFT(FUNCTION, C_OPERATOR, GENERAL, DEFINED)         \
  PyObject *FUNCTION(PyObject *a, PyObject *b) {                              \
    double x, y;                                                              \
    if (PyFloat_CheckExact(a) && Py_REFCNT(a) == 1 &&                         \
        NuitkaCC_FloatOperands(a, b, &x, &y) && (DEFINED)) {                  \
      ((PyFloatObject *)a)->ob_fval = x C_OPERATOR y;                         \
      return a;                                                               \
    }                                                                         \
    PyObject *result = GENERAL(a, b);                                         \
    Py_DECREF(a);                                                             \
    return result;                                                            \
  }

NUITKA_CC_TAKING_LEFT(NuitkaCC_Add_TakingLeft, +, BINARY_OPERATION_ADD_OBJECT_OBJECT, 1)
NUITKA_CC_TAKING_LEFT(NuitkaCC_Subtract_TakingLeft, -, BINARY_OPERATION_SUB_OBJECT_OBJECT, 1)
NUITKA_CC_TAKING_LEFT(NuitkaCC_Multiply_TakingLeft, *, BINARY_OPERATION_MULT_OBJECT_OBJECT, 1)
NUITKA_CC_TAKING_LEFT(NuitkaCC_TrueDivide_TakingLeft, /, BINARY_OPERATION_DIV_OBJECT_OBJECT,
                      y != 0.0)

PyObject *NuitkaCC_LongFromMediumResult(long value) {
  PyLongObject *result = PyObject_Malloc(sizeof(PyLongObject));
  if (unlikely(result == NULL)) {
    return PyErr_NoMemory();
  }
  _PyObject_InitVar((PyVarObject *)result, &PyLong_Type, value < 0 ? -1 : 1);
  result->ob_digit[0] = (digit)(value < 0 ? -value : value);
  return (PyObject *)result;
}

/* In-place operations past the inline fast paths. Exact ints and floats
 * have no in-place methods, so for two of them (two ints for the integer
 * operators, which floats do not have) the in-place operation is the
 * binary one, fast paths for wide ints and mixes included. Anything else
 * goes through the in-place protocol, whose errors name the in-place
 * operator ("for +=: 'int' and 'str'"). */
static int BothIntsOrFloats(PyObject *a, PyObject *b) {
  return (PyLong_CheckExact(a) || PyFloat_CheckExact(a)) &&
         (PyLong_CheckExact(b) || PyFloat_CheckExact(b));
}

static int BothInts(PyObject *a, PyObject *b) {
  return PyLong_CheckExact(a) && PyLong_CheckExact(b);
}

#define NUITKA_CC_INPLACE_OPERATION(FUNCTION, OPERANDS_CHECK, BINARY, INPLACE_PROTOCOL) \
  PyObject *FUNCTION(PyObject *a, PyObject *b) {                                      \
    if (OPERANDS_CHECK(a, b)) {                                                       \
      return BINARY(a, b);                                                            \
    }                                                                                 \
    return INPLACE_PROTOCOL(a, b);                                                    \
  }

NUITKA_CC_INPLACE_OPERATION(NuitkaCC_InPlaceAdd, BothIntsOrFloats, NuitkaCC_Add_General,
                            PyNumber_InPlaceAdd)
NUITKA_CC_INPLACE_OPERATION(NuitkaCC_InPlaceSubtract, BothIntsOrFloats,
                            NuitkaCC_Subtract_General, PyNumber_InPlaceSubtract)
NUITKA_CC_INPLACE_OPERATION(NuitkaCC_InPlaceMultiply, BothIntsOrFloats,
                            NuitkaCC_Multiply_General, PyNumber_InPlaceMultiply)
NUITKA_CC_INPLACE_OPERATION(NuitkaCC_InPlaceTrueDivide, BothIntsOrFloats,
                            NuitkaCC_TrueDivide_General, PyNumber_InPlaceTrueDivide)
NUITKA_CC_INPLACE_OPERATION(NuitkaCC_InPlaceFloorDivide, BothIntsOrFloats,
                            NuitkaCC_FloorDivide, PyNumber_InPlaceFloorDivide)
NUITKA_CC_INPLACE_OPERATION(NuitkaCC_InPlaceRemainder, BothIntsOrFloats, NuitkaCC_Remainder,
                            PyNumber_InPlaceRemainder)
NUITKA_CC_INPLACE_OPERATION(NuitkaCC_InPlaceLshift, BothInts, NuitkaCC_Lshift,
                            PyNumber_InPlaceLshift)
NUITKA_CC_INPLACE_OPERATION(NuitkaCC_InPlaceRshift, BothInts, NuitkaCC_Rshift,
                            PyNumber_InPlaceRshift)
NUITKA_CC_INPLACE_OPERATION(NuitkaCC_InPlaceAnd, BothInts, NuitkaCC_And, PyNumber_InPlaceAnd)
NUITKA_CC_INPLACE_OPERATION(NuitkaCC_InPlaceOr, BothInts, NuitkaCC_Or, PyNumber_InPlaceOr)
NUITKA_CC_INPLACE_OPERATION(NuitkaCC_InPlaceXor, BothInts, NuitkaCC_Xor, PyNumber_InPlaceXor)
