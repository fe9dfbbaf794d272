/* raise, bare raise and except-clause matching, as RAISE_VARARGS
 * (do_raise) and CHECK_EXC_MATCH do in ceval.c. */
#include "nuitka_cc/prelude.h"

void NuitkaCC_RaiseException(PyThreadState *tstate, PyObject *exc,
                             PyObject *cause) {
  PyObject *type = NULL;
  PyObject *value = NULL;
  if (PyExceptionClass_Check(exc)) {
    type = exc;
    value = _PyObject_CallNoArgs(exc);
    if (value == NULL) {
      goto raise_error;
    }
    if (!PyExceptionInstance_Check(value)) {
      _PyErr_Format(tstate, PyExc_TypeError,
                    "calling %R should have returned an instance of "
                    "BaseException, not %R",
                    type, Py_TYPE(value));
      goto raise_error;
    }
  } else if (PyExceptionInstance_Check(exc)) {
    value = exc;
    type = PyExceptionInstance_Class(exc);
    Py_INCREF(type);
  } else {
    Py_DECREF(exc);
    _PyErr_SetString(tstate, PyExc_TypeError,
                     "exceptions must derive from BaseException");
    goto raise_error;
  }

  if (cause != NULL) {
    PyObject *fixed_cause;
    if (PyExceptionClass_Check(cause)) {
      fixed_cause = _PyObject_CallNoArgs(cause);
      if (fixed_cause == NULL) {
        goto raise_error;
      }
      Py_DECREF(cause);
    } else if (PyExceptionInstance_Check(cause)) {
      fixed_cause = cause;
    } else if (Py_IsNone(cause)) {
      Py_DECREF(cause);
      fixed_cause = NULL;
    } else {
      _PyErr_SetString(tstate, PyExc_TypeError,
                       "exception causes must derive from BaseException");
      goto raise_error;
    }
    /* Steals fixed_cause. */
    PyException_SetCause(value, fixed_cause);
  }

  _PyErr_SetObject(tstate, type, value);
  Py_DECREF(value);
  Py_DECREF(type);
  return;

raise_error:
  Py_XDECREF(value);
  Py_XDECREF(type);
  Py_XDECREF(cause);
}

int NuitkaCC_ReraiseHandled(PyThreadState *tstate) {
  _PyErr_StackItem *exc_info = _PyErr_GetTopmostException(tstate);
  PyObject *value = exc_info->exc_value;
  if (value == NULL || Py_IsNone(value)) {
    _PyErr_SetString(tstate, PyExc_RuntimeError,
                     "No active exception to reraise");
    return 0;
  }
  PyObject *type = Py_NewRef(PyExceptionInstance_Class(value));
  Py_INCREF(value);
  PyObject *traceback = PyException_GetTraceback(value);
  _PyErr_Restore(tstate, type, value, traceback);
  return 1;
}

static const char kCannotCatch[] =
    "catching classes that do not inherit from BaseException is not allowed";

int NuitkaCC_ExceptionMatch(PyThreadState *tstate, PyObject *exc_type,
                            PyObject *match_type) {
  if (PyTuple_Check(match_type)) {
    Py_ssize_t length = PyTuple_GET_SIZE(match_type);
    for (Py_ssize_t i = 0; i < length; i++) {
      if (!PyExceptionClass_Check(PyTuple_GET_ITEM(match_type, i))) {
        _PyErr_SetString(tstate, PyExc_TypeError, kCannotCatch);
        return -1;
      }
    }
  } else if (!PyExceptionClass_Check(match_type)) {
    _PyErr_SetString(tstate, PyExc_TypeError, kCannotCatch);
    return -1;
  }
  return PyErr_GivenExceptionMatches(exc_type, match_type);
}

int NuitkaCC_IssueCompileWarning(const char *category, PyObject *message,
                                 PyObject *filename, int line) {
  PyObject *type = PyDict_GetItemString(PyEval_GetBuiltins(), category);
  if (type == NULL) {
    type = PyExc_SyntaxWarning;
  }
  if (PyErr_WarnExplicitObject(type, message, filename, line, NULL, NULL) == 0) {
    return 0;
  }
  if (PyErr_ExceptionMatches(type)) {
    PyErr_Clear();
    PyErr_SetObject(PyExc_SyntaxError, message);
    PyErr_SyntaxLocationObject(filename, line, 0);
  }
  return -1;
}
