/* The general case of comparisons used as conditions. */
#include "nuitka_cc/prelude.h"

int NuitkaCC_RichCompareTruth(PyObject *a, PyObject *b, int op) {
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
