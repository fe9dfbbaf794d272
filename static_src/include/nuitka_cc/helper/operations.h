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

NUITKA_CC_INLINE PyObject *BINARY_OPERATION_ADD_OBJECT_OBJECT(PyObject *a,
                                                           PyObject *b) {
  if (PyLong_CheckExact(a) && PyLong_CheckExact(b)) {
    return _PyLong_Add((PyLongObject *)a, (PyLongObject *)b);
  }
  if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b)) {
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) + PyFloat_AS_DOUBLE(b));
  }
  if (PyUnicode_CheckExact(a) && PyUnicode_CheckExact(b)) {
    return PyUnicode_Concat(a, b);
  }
  return PyNumber_Add(a, b);
}

NUITKA_CC_INLINE PyObject *BINARY_OPERATION_SUB_OBJECT_OBJECT(PyObject *a,
                                                           PyObject *b) {
  if (PyLong_CheckExact(a) && PyLong_CheckExact(b)) {
    return _PyLong_Subtract((PyLongObject *)a, (PyLongObject *)b);
  }
  if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b)) {
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) - PyFloat_AS_DOUBLE(b));
  }
  return PyNumber_Subtract(a, b);
}

NUITKA_CC_INLINE PyObject *BINARY_OPERATION_MULT_OBJECT_OBJECT(PyObject *a,
                                                            PyObject *b) {
  if (PyLong_CheckExact(a) && PyLong_CheckExact(b)) {
    return _PyLong_Multiply((PyLongObject *)a, (PyLongObject *)b);
  }
  if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b)) {
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) * PyFloat_AS_DOUBLE(b));
  }
  return PyNumber_Multiply(a, b);
}

NUITKA_CC_INLINE PyObject *BINARY_OPERATION_DIV_OBJECT_OBJECT(PyObject *a,
                                                           PyObject *b) {
  if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b) &&
      PyFloat_AS_DOUBLE(b) != 0.0) {
    return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) / PyFloat_AS_DOUBLE(b));
  }
  return PyNumber_TrueDivide(a, b);
}

#define BINARY_OPERATION_MATMULT_OBJECT_OBJECT(a, b) PyNumber_MatrixMultiply(a, b)
#define BINARY_OPERATION_MOD_OBJECT_OBJECT(a, b) PyNumber_Remainder(a, b)
#define BINARY_OPERATION_POW_OBJECT_OBJECT(a, b) PyNumber_Power(a, b, Py_None)
#define BINARY_OPERATION_LSHIFT_OBJECT_OBJECT(a, b) PyNumber_Lshift(a, b)
#define BINARY_OPERATION_RSHIFT_OBJECT_OBJECT(a, b) PyNumber_Rshift(a, b)
#define BINARY_OPERATION_BITOR_OBJECT_OBJECT(a, b) PyNumber_Or(a, b)
#define BINARY_OPERATION_BITXOR_OBJECT_OBJECT(a, b) PyNumber_Xor(a, b)
#define BINARY_OPERATION_BITAND_OBJECT_OBJECT(a, b) PyNumber_And(a, b)
#define BINARY_OPERATION_FLOORDIV_OBJECT_OBJECT(a, b) PyNumber_FloorDivide(a, b)

/* --- In-place (augmented assignment) ----------------------------------- */

/* Exact ints and floats are immutable: their in-place operation is the
 * binary one. */
NUITKA_CC_INLINE PyObject *INPLACE_OPERATION_ADD_OBJECT_OBJECT(PyObject *a,
                                                            PyObject *b) {
  if ((PyLong_CheckExact(a) && PyLong_CheckExact(b)) ||
      (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))) {
    return BINARY_OPERATION_ADD_OBJECT_OBJECT(a, b);
  }
  return PyNumber_InPlaceAdd(a, b);
}

NUITKA_CC_INLINE PyObject *INPLACE_OPERATION_SUB_OBJECT_OBJECT(PyObject *a,
                                                            PyObject *b) {
  if ((PyLong_CheckExact(a) && PyLong_CheckExact(b)) ||
      (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))) {
    return BINARY_OPERATION_SUB_OBJECT_OBJECT(a, b);
  }
  return PyNumber_InPlaceSubtract(a, b);
}

NUITKA_CC_INLINE PyObject *INPLACE_OPERATION_MULT_OBJECT_OBJECT(PyObject *a,
                                                             PyObject *b) {
  if ((PyLong_CheckExact(a) && PyLong_CheckExact(b)) ||
      (PyFloat_CheckExact(a) && PyFloat_CheckExact(b))) {
    return BINARY_OPERATION_MULT_OBJECT_OBJECT(a, b);
  }
  return PyNumber_InPlaceMultiply(a, b);
}

#define INPLACE_OPERATION_DIV_OBJECT_OBJECT(a, b) PyNumber_InPlaceTrueDivide(a, b)
#define INPLACE_OPERATION_MATMULT_OBJECT_OBJECT(a, b) \
  PyNumber_InPlaceMatrixMultiply(a, b)
#define INPLACE_OPERATION_MOD_OBJECT_OBJECT(a, b) PyNumber_InPlaceRemainder(a, b)
#define INPLACE_OPERATION_POW_OBJECT_OBJECT(a, b) \
  PyNumber_InPlacePower(a, b, Py_None)
#define INPLACE_OPERATION_LSHIFT_OBJECT_OBJECT(a, b) PyNumber_InPlaceLshift(a, b)
#define INPLACE_OPERATION_RSHIFT_OBJECT_OBJECT(a, b) PyNumber_InPlaceRshift(a, b)
#define INPLACE_OPERATION_BITOR_OBJECT_OBJECT(a, b) PyNumber_InPlaceOr(a, b)
#define INPLACE_OPERATION_BITXOR_OBJECT_OBJECT(a, b) PyNumber_InPlaceXor(a, b)
#define INPLACE_OPERATION_BITAND_OBJECT_OBJECT(a, b) PyNumber_InPlaceAnd(a, b)
#define INPLACE_OPERATION_FLOORDIV_OBJECT_OBJECT(a, b) \
  PyNumber_InPlaceFloorDivide(a, b)

#endif /* NUITKA_CC_HELPER_OPERATIONS_H_ */
