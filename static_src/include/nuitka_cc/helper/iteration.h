/* Iteration and unpacking (GET_ITER, FOR_ITER, next(), UNPACK_SEQUENCE),
 * with CPython's messages.
 *
 *   PyObject *it = MAKE_ITERATOR(value);
 *   PyObject *item = NuitkaCC_ForIterNext(tstate, it);
 *   if (item == NULL) { if (_PyErr_Occurred(tstate)) goto error; break; }
 */
#ifndef NUITKA_CC_HELPER_ITERATION_H_
#define NUITKA_CC_HELPER_ITERATION_H_

#define MAKE_ITERATOR(value) PyObject_GetIter(value)

/* FOR_ITER: the next item (new reference), or NULL: exhausted when no
 * exception is set (a StopIteration is swallowed), else an error. */
static inline PyObject *NuitkaCC_ForIterNext(PyThreadState *tstate,
                                             PyObject *iterator) {
  PyObject *item = (*Py_TYPE(iterator)->tp_iternext)(iterator);
  if (likely(item != NULL)) {
    return item;
  }
  if (_PyErr_Occurred(tstate)) {
    if (!_PyErr_ExceptionMatches(tstate, PyExc_StopIteration)) {
      return NULL;
    }
    _PyErr_Clear(tstate);
  }
  return NULL;
}

/* next(iterator): raises StopIteration when exhausted, TypeError for a
 * non-iterator. */
PyObject *NuitkaCC_BuiltinNext(PyThreadState *tstate, PyObject *iterator);

/* iter(value) for unpacking: TypeError "cannot unpack non-iterable T
 * object". */
PyObject *NuitkaCC_IterForUnpack(PyThreadState *tstate, PyObject *value);

/* iter(value) for an unpacking whose items are only taken by
 * NuitkaCC_UnpackNext and checked by NuitkaCC_UnpackCheckExhausted: an
 * exact tuple or list stands for its own iterator (UNPACK_SEQUENCE reads
 * them directly), anything else is iterated. */
static inline PyObject *NuitkaCC_IterForUnpackDirect(PyThreadState *tstate,
                                                     PyObject *value) {
  if (PyTuple_CheckExact(value) || PyList_CheckExact(value)) {
    return Py_NewRef(value);
  }
  return NuitkaCC_IterForUnpack(tstate, value);
}

/* The general cases of the two below (iteration.c). */
PyObject *NuitkaCC_UnpackNextGeneral(PyThreadState *tstate, PyObject *iterator,
                                     Py_ssize_t index, Py_ssize_t expected,
                                     int at_least);
int NuitkaCC_UnpackCheckExhaustedGeneral(PyThreadState *tstate,
                                         PyObject *iterator,
                                         Py_ssize_t expected);

/* Item `index` (from 0) of an unpacking of `expected` values ("at least"
 * with a starred target): ValueError "not enough values to unpack" when
 * the iterator is exhausted. An item of a tuple is taken inline. */
NUITKA_CC_INLINE PyObject *NuitkaCC_UnpackNext(PyThreadState *tstate,
                                               PyObject *iterator,
                                               Py_ssize_t index,
                                               Py_ssize_t expected,
                                               int at_least) {
  if (PyTuple_CheckExact(iterator) && index < PyTuple_GET_SIZE(iterator)) {
    return Py_NewRef(PyTuple_GET_ITEM(iterator, index));
  }
  return NuitkaCC_UnpackNextGeneral(tstate, iterator, index, expected, at_least);
}

/* After the last target: ValueError "too many values to unpack (expected
 * N)" unless the iterator is exhausted. 0 or -1. */
NUITKA_CC_INLINE int NuitkaCC_UnpackCheckExhausted(PyThreadState *tstate,
                                                   PyObject *iterator,
                                                   Py_ssize_t expected) {
  if (PyTuple_CheckExact(iterator) && PyTuple_GET_SIZE(iterator) <= expected) {
    return 0;
  }
  return NuitkaCC_UnpackCheckExhaustedGeneral(tstate, iterator, expected);
}

#endif /* NUITKA_CC_HELPER_ITERATION_H_ */
