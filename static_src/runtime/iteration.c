/* next() and unpacking, with the messages of bltinmodule.c's builtin_next
 * and ceval.c's unpack_iterable. */
#include "nuitka_cc/prelude.h"

PyObject *NuitkaCC_BuiltinNext(PyThreadState *tstate, PyObject *iterator) {
  if (!PyIter_Check(iterator)) {
    _PyErr_Format(tstate, PyExc_TypeError, "'%.200s' object is not an iterator",
                  Py_TYPE(iterator)->tp_name);
    return NULL;
  }
  PyObject *item = (*Py_TYPE(iterator)->tp_iternext)(iterator);
  if (item != NULL) {
    return item;
  }
  /* An iterator's own StopIteration (with its value) propagates as is. */
  if (_PyErr_Occurred(tstate)) {
    return NULL;
  }
  _PyErr_SetNone(tstate, PyExc_StopIteration);
  return NULL;
}

PyObject *NuitkaCC_IterForUnpack(PyThreadState *tstate, PyObject *value) {
  PyObject *iterator = PyObject_GetIter(value);
  if (iterator == NULL && _PyErr_ExceptionMatches(tstate, PyExc_TypeError) &&
      Py_TYPE(value)->tp_iter == NULL && !PySequence_Check(value)) {
    _PyErr_Format(tstate, PyExc_TypeError,
                  "cannot unpack non-iterable %.200s object",
                  Py_TYPE(value)->tp_name);
  }
  return iterator;
}

/* Exact tuples and lists stand for their own iterator (see
 * NuitkaCC_IterForUnpackDirect); iterators are never exact tuples or
 * lists. */
static PyObject *SequenceItem(PyObject *sequence, Py_ssize_t index) {
  if (PyTuple_CheckExact(sequence)) {
    return index < PyTuple_GET_SIZE(sequence)
               ? Py_NewRef(PyTuple_GET_ITEM(sequence, index))
               : NULL;
  }
  return index < PyList_GET_SIZE(sequence)
             ? Py_NewRef(PyList_GET_ITEM(sequence, index))
             : NULL;
}

PyObject *NuitkaCC_UnpackNextGeneral(PyThreadState *tstate, PyObject *iterator,
                                     Py_ssize_t index, Py_ssize_t expected,
                                     int at_least) {
  PyObject *item;
  if (PyTuple_CheckExact(iterator) || PyList_CheckExact(iterator)) {
    item = SequenceItem(iterator, index);
    if (item != NULL) {
      return item;
    }
  } else {
    item = PyIter_Next(iterator);
    if (item != NULL || _PyErr_Occurred(tstate)) {
      return item;
    }
  }
  if (at_least) {
    _PyErr_Format(tstate, PyExc_ValueError,
                  "not enough values to unpack (expected at least %d, got %d)",
                  (int)expected, (int)index);
  } else {
    _PyErr_Format(tstate, PyExc_ValueError,
                  "not enough values to unpack (expected %d, got %d)",
                  (int)expected, (int)index);
  }
  return NULL;
}

int NuitkaCC_UnpackCheckExhaustedGeneral(PyThreadState *tstate,
                                         PyObject *iterator,
                                         Py_ssize_t expected) {
  if (PyTuple_CheckExact(iterator) || PyList_CheckExact(iterator)) {
    if (Py_SIZE(iterator) <= expected) {
      return 0;
    }
    _PyErr_Format(tstate, PyExc_ValueError,
                  "too many values to unpack (expected %d)", (int)expected);
    return -1;
  }
  PyObject *item = PyIter_Next(iterator);
  if (item == NULL) {
    return _PyErr_Occurred(tstate) ? -1 : 0;
  }
  Py_DECREF(item);
  _PyErr_Format(tstate, PyExc_ValueError,
                "too many values to unpack (expected %d)", (int)expected);
  return -1;
}
