/* Starred arguments and displays: the list extends and dict merges of
 * CALL_FUNCTION_EX, LIST_EXTEND, DICT_MERGE and DICT_UPDATE, with the
 * interpreter's messages (ceval.c's check_args_iterable and
 * format_kwargs_error). */
#include "nuitka_cc/prelude.h"

PyObject *NuitkaCC_StarArgsTuple(PyObject *called, PyObject *value) {
  if (PyTuple_CheckExact(value)) {
    return Py_NewRef(value);
  }
  if (Py_TYPE(value)->tp_iter == NULL && !PySequence_Check(value)) {
    PyErr_Clear();
    PyObject *function_text = _PyObject_FunctionStr(called);
    if (function_text != NULL) {
      PyErr_Format(PyExc_TypeError,
                   "%U argument after * must be an iterable, not %.200s",
                   function_text, Py_TYPE(value)->tp_name);
      Py_DECREF(function_text);
    }
    return NULL;
  }
  return PySequence_Tuple(value);
}

int NuitkaCC_ListExtendStarred(PyObject *list, PyObject *value) {
  PyObject *none = _PyList_Extend((PyListObject *)list, value);
  if (none != NULL) {
    Py_DECREF(none);
    return 0;
  }
  if (PyErr_ExceptionMatches(PyExc_TypeError) &&
      Py_TYPE(value)->tp_iter == NULL && !PySequence_Check(value)) {
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError,
                 "Value after * must be an iterable, not %.200s",
                 Py_TYPE(value)->tp_name);
  }
  return -1;
}

static void FormatKeywordsError(PyObject *called, PyObject *kwargs) {
  if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
    PyErr_Clear();
    PyObject *function_text = _PyObject_FunctionStr(called);
    if (function_text != NULL) {
      PyErr_Format(PyExc_TypeError,
                   "%U argument after ** must be a mapping, not %.200s",
                   function_text, Py_TYPE(kwargs)->tp_name);
      Py_DECREF(function_text);
    }
  } else if (PyErr_ExceptionMatches(PyExc_KeyError)) {
    PyObject *type, *value, *traceback;
    PyErr_Fetch(&type, &value, &traceback);
    if (value != NULL && PyTuple_Check(value) && PyTuple_GET_SIZE(value) == 1) {
      PyObject *function_text = _PyObject_FunctionStr(called);
      if (function_text != NULL) {
        PyErr_Format(PyExc_TypeError,
                     "%U got multiple values for keyword argument '%S'",
                     function_text, PyTuple_GET_ITEM(value, 0));
        Py_DECREF(function_text);
      }
      Py_XDECREF(type);
      Py_XDECREF(value);
      Py_XDECREF(traceback);
    } else {
      PyErr_Restore(type, value, traceback);
    }
  }
}

int NuitkaCC_DictMergeForCall(PyObject *called, PyObject *dict,
                              PyObject *mapping) {
  if (_PyDict_MergeEx(dict, mapping, 2) < 0) {
    FormatKeywordsError(called, mapping);
    return -1;
  }
  return 0;
}

int NuitkaCC_DictAddKeywordForCall(PyObject *called, PyObject *dict,
                                   PyObject *key, PyObject *value) {
  int present = PyDict_Contains(dict, key);
  if (present < 0) {
    return -1;
  }
  if (present) {
    PyObject *function_text = _PyObject_FunctionStr(called);
    if (function_text != NULL) {
      PyErr_Format(PyExc_TypeError,
                   "%U got multiple values for keyword argument '%S'",
                   function_text, key);
      Py_DECREF(function_text);
    }
    return -1;
  }
  return PyDict_SetItem(dict, key, value);
}

int NuitkaCC_DictUpdateForDisplay(PyObject *dict, PyObject *mapping) {
  if (PyDict_Update(dict, mapping) == 0) {
    return 0;
  }
  if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
    PyErr_Format(PyExc_TypeError, "'%.200s' object is not a mapping",
                 Py_TYPE(mapping)->tp_name);
  }
  return -1;
}
