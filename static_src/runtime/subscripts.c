/* Subscripts past their inline fast paths (helper/containers.h): dicts
 * directly, everything else through the mapping and sequence protocols. */
#include "nuitka_cc/prelude.h"

PyObject *NuitkaCC_Subscript_General(PyObject *container, PyObject *index) {
  if (PyDict_CheckExact(container)) {
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

int NuitkaCC_SetSubscript_General(PyObject *container, PyObject *index, PyObject *value) {
  if (PyDict_CheckExact(container)) {
    return PyDict_SetItem(container, index, value);
  }
  return PyObject_SetItem(container, index, value);
}
