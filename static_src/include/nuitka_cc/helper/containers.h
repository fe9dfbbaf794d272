/* Subscripts, slices and container displays (BINARY_SUBSCR, STORE_SUBSCR,
 * DELETE_SUBSCR, BUILD_SLICE, BUILD_SET, BUILD_MAP), with fast paths for
 * exact lists and dicts.
 *
 *   PyObject *item = LOOKUP_SUBSCRIPT(container, index);
 */
#ifndef NUITKA_CC_HELPER_CONTAINERS_H_
#define NUITKA_CC_HELPER_CONTAINERS_H_

/* Inline: an exact list or tuple indexed by a small non-negative int
 * within its size (both keep their size in ob_size). Everything else,
 * dicts included, is one out-of-line function (runtime/subscripts.c). */
PyObject *NuitkaCC_Subscript_General(PyObject *container, PyObject *index);
int NuitkaCC_SetSubscript_General(PyObject *container, PyObject *index, PyObject *value);

NUITKA_CC_INLINE int NuitkaCC_IsSmallIndex(PyObject *index) {
  return PyLong_CheckExact(index) && (size_t)Py_SIZE(index) <= 1;
}

NUITKA_CC_INLINE PyObject *LOOKUP_SUBSCRIPT(PyObject *container, PyObject *index) {
  PyTypeObject *type = Py_TYPE(container);
  if ((type == &PyList_Type || type == &PyTuple_Type) && NuitkaCC_IsSmallIndex(index)) {
    Py_ssize_t i = (Py_ssize_t)((PyLongObject *)index)->ob_digit[0];
    if (i < Py_SIZE(container)) {
      PyObject *const *items = type == &PyList_Type
                                   ? ((PyListObject *)container)->ob_item
                                   : ((PyTupleObject *)container)->ob_item;
      return Py_NewRef(items[i]);
    }
  }
  return NuitkaCC_Subscript_General(container, index);
}

/* container[index] = value; `value` is borrowed. 0 or -1. */
NUITKA_CC_INLINE int SET_SUBSCRIPT(PyObject *container, PyObject *index, PyObject *value) {
  if (PyList_CheckExact(container) && NuitkaCC_IsSmallIndex(index)) {
    Py_ssize_t i = (Py_ssize_t)((PyLongObject *)index)->ob_digit[0];
    if (i < PyList_GET_SIZE(container)) {
      PyObject *old = PyList_GET_ITEM(container, i);
      PyList_SET_ITEM(container, i, Py_NewRef(value));
      Py_DECREF(old);
      return 0;
    }
  }
  return NuitkaCC_SetSubscript_General(container, index, value);
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
