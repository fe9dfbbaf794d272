/* Class creation in the steps of bltinmodule.c's builtin___build_class__
 * and update_bases, with their messages, and class namespace deletion. */
#include "nuitka_cc/prelude.h"

PyObject *NuitkaCC_ResolveBases(PyObject *bases) {
  Py_ssize_t count = PyTuple_GET_SIZE(bases);
  PyObject *new_bases = NULL;
  for (Py_ssize_t i = 0; i < count; i++) {
    PyObject *base = PyTuple_GET_ITEM(bases, i);
    PyObject *method;
    if (PyType_Check(base)) {
      if (new_bases != NULL && PyList_Append(new_bases, base) < 0) {
        goto error;
      }
      continue;
    }
    if (_PyObject_LookupAttr(base, &_Py_ID(__mro_entries__), &method) < 0) {
      goto error;
    }
    if (method == NULL) {
      if (new_bases != NULL && PyList_Append(new_bases, base) < 0) {
        goto error;
      }
      continue;
    }
    PyObject *new_base = PyObject_CallOneArg(method, bases);
    Py_DECREF(method);
    if (new_base == NULL) {
      goto error;
    }
    if (!PyTuple_Check(new_base)) {
      PyErr_SetString(PyExc_TypeError, "__mro_entries__ must return a tuple");
      Py_DECREF(new_base);
      goto error;
    }
    if (new_bases == NULL) {
      new_bases = PyList_New(i);
      if (new_bases == NULL) {
        Py_DECREF(new_base);
        goto error;
      }
      for (Py_ssize_t j = 0; j < i; j++) {
        PyList_SET_ITEM(new_bases, j, Py_NewRef(PyTuple_GET_ITEM(bases, j)));
      }
    }
    Py_ssize_t end = PyList_GET_SIZE(new_bases);
    int failed = PyList_SetSlice(new_bases, end, end, new_base) < 0;
    Py_DECREF(new_base);
    if (failed) {
      goto error;
    }
  }
  if (new_bases == NULL) {
    return Py_NewRef(bases);
  }
  PyObject *result = PyList_AsTuple(new_bases);
  Py_DECREF(new_bases);
  return result;

error:
  Py_XDECREF(new_bases);
  return NULL;
}

PyObject *NuitkaCC_SelectMetaclass(PyObject *metaclass, PyObject *bases) {
  if (!PyType_Check(metaclass)) {
    return Py_NewRef(metaclass);
  }
  PyObject *winner =
      (PyObject *)_PyType_CalculateMetaclass((PyTypeObject *)metaclass, bases);
  return Py_XNewRef(winner);
}

PyObject *NuitkaCC_PrepareClassNamespace(PyObject *metaclass, PyObject *name,
                                         PyObject *bases, PyObject *kwargs) {
  PyObject *prepare;
  PyObject *namespace;
  if (_PyObject_LookupAttr(metaclass, &_Py_ID(__prepare__), &prepare) < 0) {
    return NULL;
  }
  if (prepare == NULL) {
    namespace = PyDict_New();
  } else {
    PyObject *args[2] = {name, bases};
    namespace = PyObject_VectorcallDict(prepare, args, 2, kwargs);
    Py_DECREF(prepare);
  }
  if (namespace == NULL) {
    return NULL;
  }
  if (!PyMapping_Check(namespace)) {
    PyErr_Format(PyExc_TypeError,
                 "%.200s.__prepare__() must return a mapping, not %.200s",
                 PyType_Check(metaclass) ? ((PyTypeObject *)metaclass)->tp_name
                                         : "<metaclass>",
                 Py_TYPE(namespace)->tp_name);
    Py_DECREF(namespace);
    return NULL;
  }
  return namespace;
}

int NuitkaCC_CheckClassCell(PyObject *cell, PyObject *name, PyObject *cls) {
  if (!PyType_Check(cls) || !PyCell_Check(cell)) {
    return 0;
  }
  PyObject *cell_class = PyCell_GET(cell);
  if (cell_class == cls) {
    return 0;
  }
  if (cell_class == NULL) {
    PyErr_Format(PyExc_RuntimeError,
                 "__class__ not set defining %.200R as %.200R. "
                 "Was __classcell__ propagated to type.__new__?",
                 name, cls);
  } else {
    PyErr_Format(PyExc_TypeError,
                 "__class__ set to %.200R defining %.200R as %.200R", cell_class,
                 name, cls);
  }
  return -1;
}

int NuitkaCC_LocalsDict_Del(PyThreadState *tstate, PyObject *locals,
                            PyObject *name, int tolerant) {
  if (PyObject_DelItem(locals, name) == 0) {
    return 0;
  }
  if (tolerant && _PyErr_ExceptionMatches(tstate, PyExc_KeyError)) {
    _PyErr_Clear(tstate);
    return 0;
  }
  _PyErr_Clear(tstate);
  NuitkaCC_RaiseNameError(tstate, name);
  return -1;
}
