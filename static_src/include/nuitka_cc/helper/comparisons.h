/* Comparisons as objects (COMPARE_OP, IS_OP, CONTAINS_OP) and as C truth
 * values for conditions, with inline fast paths for small exact ints and
 * exact floats (the shapes CPython 3.11 specializes COMPARE_OP for); a
 * float against a small int (float's own comparison converts such an int
 * exactly) out of line.
 *
 *   PyObject *r = RICH_COMPARE_OBJECT_OBJECT(a, b, Py_LT);
 *   int truth = RICH_COMPARE_CBOOL_OBJECT_OBJECT(a, b, Py_LT);  // -1 error
 */
#ifndef NUITKA_CC_HELPER_COMPARISONS_H_
#define NUITKA_CC_HELPER_COMPARISONS_H_

/* a <op> b for two C numbers of the same type, `op` one of Py_LT ...
 * Py_GE. */
#define NUITKA_CC_COMPARE_C(a, b, op)                                \
  ((op) == Py_LT   ? (a) < (b)                                       \
   : (op) == Py_LE ? (a) <= (b)                                      \
   : (op) == Py_EQ ? (a) == (b)                                      \
   : (op) == Py_NE ? (a) != (b)                                      \
   : (op) == Py_GT ? (a) > (b)                                       \
                   : (a) >= (b))

NUITKA_CC_INLINE int NuitkaCC_CompareLongs(long a, long b, int op) {
  return NUITKA_CC_COMPARE_C(a, b, op);
}

NUITKA_CC_INLINE int NuitkaCC_CompareDoubles(double a, double b, int op) {
  return NUITKA_CC_COMPARE_C(a, b, op);
}

/* The general cases, out of line (runtime/comparisons.c): a float with a
 * small int, strings, the rich comparison protocol. */
PyObject *NuitkaCC_RichCompare_General(PyObject *a, PyObject *b, int op);
int NuitkaCC_RichCompareTruth(PyObject *a, PyObject *b, int op);

/* a <op> b as an object: a new reference, or NULL with an exception. */
NUITKA_CC_INLINE PyObject *RICH_COMPARE_OBJECT_OBJECT(PyObject *a, PyObject *b,
                                                   int op) {
  if (NuitkaCC_BothSmallExactInts(a, b)) {
    return Py_NewRef(NuitkaCC_CompareLongs(NuitkaCC_SmallIntValue(a),
                                           NuitkaCC_SmallIntValue(b), op)
                         ? Py_True
                         : Py_False);
  }
  if (NuitkaCC_BothExactFloats(a, b)) {
    return Py_NewRef(NuitkaCC_CompareDoubles(PyFloat_AS_DOUBLE(a),
                                             PyFloat_AS_DOUBLE(b), op)
                         ? Py_True
                         : Py_False);
  }
  return NuitkaCC_RichCompare_General(a, b, op);
}

/* The truth of a <op> b, as a condition takes it: 1, 0 or -1. */
NUITKA_CC_INLINE int RICH_COMPARE_CBOOL_OBJECT_OBJECT(PyObject *a, PyObject *b,
                                                     int op) {
  if (NuitkaCC_BothSmallExactInts(a, b)) {
    return NuitkaCC_CompareLongs(NuitkaCC_SmallIntValue(a),
                                 NuitkaCC_SmallIntValue(b), op);
  }
  if (NuitkaCC_BothExactFloats(a, b)) {
    return NuitkaCC_CompareDoubles(PyFloat_AS_DOUBLE(a), PyFloat_AS_DOUBLE(b),
                                   op);
  }
  return NuitkaCC_RichCompareTruth(a, b, op);
}

/* `item in container` (CONTAINS_OP): 1, 0 or -1. */
#define NuitkaCC_Contains(container, item) PySequence_Contains(container, item)

/* As objects: new references, or NULL. */
static inline PyObject *NuitkaCC_ContainsObject(PyObject *container,
                                                PyObject *item, int negate) {
  int found = PySequence_Contains(container, item);
  if (unlikely(found < 0)) {
    return NULL;
  }
  return Py_NewRef((found != 0) != (negate != 0) ? Py_True : Py_False);
}

#endif /* NUITKA_CC_HELPER_COMPARISONS_H_ */
