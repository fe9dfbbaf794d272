/* Subscripts, slices and container displays (BINARY_SUBSCR, STORE_SUBSCR,
 * DELETE_SUBSCR, BUILD_SLICE, BUILD_SET, BUILD_MAP), with fast paths for
 * exact lists and dicts.
 *
 *   PyObject *item = LOOKUP_SUBSCRIPT(container, index);
 */
#ifndef NUITKA_CC_HELPER_CONTAINERS_H_
#define NUITKA_CC_HELPER_CONTAINERS_H_

static inline PyObject *LOOKUP_SUBSCRIPT(PyObject *container, PyObject *index) {
  if (PyList_CheckExact(container) && PyLong_CheckExact(index) &&
      (size_t)Py_SIZE(index) <= 1) {
    Py_ssize_t i = (Py_ssize_t)((PyLongObject *)index)->ob_digit[0];
    if (i < PyList_GET_SIZE(container)) {
      return Py_NewRef(PyList_GET_ITEM(container, i));
    }
  } else if (PyTuple_CheckExact(container) && PyLong_CheckExact(index) &&
             (size_t)Py_SIZE(index) <= 1) {
    Py_ssize_t i = (Py_ssize_t)((PyLongObject *)index)->ob_digit[0];
    if (i < PyTuple_GET_SIZE(container)) {
      return Py_NewRef(PyTuple_GET_ITEM(container, i));
    }
  } else if (PyDict_CheckExact(container)) {
    PyObject *value = PyDict_GetItemWithError(container, index);
    if (likely(value != NULL)) {
      return Py_NewRef(value);
    }
    if (!PyErr_Occurred()) {
      _PyErr_SetKeyError(index);
    }
    return NULL;
  }
  return PyObject_GetItem(container, index);
}

/* container[index] = value; `value` is borrowed. 0 or -1. */
static inline int SET_SUBSCRIPT(PyObject *container, PyObject *index,
                                PyObject *value) {
  if (PyList_CheckExact(container) && PyLong_CheckExact(index) &&
      (size_t)Py_SIZE(index) <= 1) {
    Py_ssize_t i = (Py_ssize_t)((PyLongObject *)index)->ob_digit[0];
    if (i < PyList_GET_SIZE(container)) {
      PyObject *old = PyList_GET_ITEM(container, i);
      PyList_SET_ITEM(container, i, Py_NewRef(value));
      Py_DECREF(old);
      return 0;
    }
  } else if (PyDict_CheckExact(container)) {
    return PyDict_SetItem(container, index, value);
  }
  return PyObject_SetItem(container, index, value);
}

#define DEL_SUBSCRIPT(container, index) PyObject_DelItem(container, index)

/* slice(start, stop, step); NULL arguments stand for None. */
#define MAKE_SLICE(start, stop, step) PySlice_New(start, stop, step)

/* Adds the first `count` items of `items` to a new set, in order. */
static inline PyObject *NuitkaCC_MakeSet(PyObject *const *items,
                                         Py_ssize_t count) {
  PyObject *set = PySet_New(NULL);
  if (unlikely(set == NULL)) {
    return NULL;
  }
  for (Py_ssize_t i = 0; i < count; i++) {
    if (unlikely(PySet_Add(set, items[i]) < 0)) {
      Py_DECREF(set);
      return NULL;
    }
  }
  return set;
}

/* A dict from `count` key/value pairs, keys at even and values at odd
 * positions of `items`, inserted in order. */
static inline PyObject *NuitkaCC_MakeDict(PyObject *const *items,
                                          Py_ssize_t count) {
  PyObject *dict = _PyDict_NewPresized(count);
  if (unlikely(dict == NULL)) {
    return NULL;
  }
  for (Py_ssize_t i = 0; i < count; i++) {
    if (unlikely(PyDict_SetItem(dict, items[2 * i], items[2 * i + 1]) < 0)) {
      Py_DECREF(dict);
      return NULL;
    }
  }
  return dict;
}

/* {**mapping} in a dict display (DICT_UPDATE): TypeError "'T' object is
 * not a mapping". 0 or -1. */
int NuitkaCC_DictUpdateForDisplay(PyObject *dict, PyObject *mapping);

#endif /* NUITKA_CC_HELPER_CONTAINERS_H_ */
