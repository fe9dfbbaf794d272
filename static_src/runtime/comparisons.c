/* The general cases of comparisons, as objects and as conditions: a
 * float with a small int (float's own comparison converts such an int
 * exactly), equality of strings, the rich comparison protocol. */
#include "nuitka_cc/prelude.h"

PyObject *NuitkaCC_RichCompare_General(PyObject *a, PyObject *b, int op) {
  double x, y;
  if (NuitkaCC_FloatOperands(a, b, &x, &y)) {
    return Py_NewRef(NuitkaCC_CompareDoubles(x, y, op) ? Py_True : Py_False);
  }
  return PyObject_RichCompare(a, b, op);
}

int NuitkaCC_RichCompareTruth(PyObject *a, PyObject *b, int op) {
  double x, y;
  if (NuitkaCC_FloatOperands(a, b, &x, &y)) {
    return NuitkaCC_CompareDoubles(x, y, op);
  }
  if ((op == Py_EQ || op == Py_NE) && PyUnicode_CheckExact(a) &&
      PyUnicode_CheckExact(b)) {
    return _PyUnicode_EQ(a, b) == (op == Py_EQ);
  }
  PyObject *result = PyObject_RichCompare(a, b, op);
  if (unlikely(result == NULL)) {
    return -1;
  }
  int truth = NuitkaCC_CheckTruth(result);
  Py_DECREF(result);
  return truth;
}
