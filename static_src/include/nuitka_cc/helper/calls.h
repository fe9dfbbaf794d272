/* Calls. Positional arguments are passed as a C array with one free slot
 * before the first argument (PY_VECTORCALL_ARGUMENTS_OFFSET), so that
 * bound methods and the like can prepend `self` without copying; keyword
 * arguments follow the positional ones and are named by a constant tuple.
 *
 *   PyObject *args[3] = {NULL, a, b};
 *   PyObject *result = NuitkaCC_CallVector(called, args + 1, 2, NULL);
 */
#ifndef NUITKA_CC_HELPER_CALLS_H_
#define NUITKA_CC_HELPER_CALLS_H_

static inline PyObject *NuitkaCC_CallVector(PyObject *called,
                                            PyObject *const *args,
                                            Py_ssize_t nargs,
                                            PyObject *kwnames) {
  /* Built-in functions taking a vector are called directly, as the
   * interpreter's PRECALL_BUILTIN_FAST(_WITH_KEYWORDS) does: without
   * counting them against the recursion limit. */
  if (PyCFunction_CheckExact(called)) {
    int flags = PyCFunction_GET_FLAGS(called);
    if (flags == METH_FASTCALL && kwnames == NULL) {
      return ((_PyCFunctionFast)(void (*)(void))PyCFunction_GET_FUNCTION(called))(
          PyCFunction_GET_SELF(called), args, nargs);
    }
    if (flags == (METH_FASTCALL | METH_KEYWORDS)) {
      return ((_PyCFunctionFastWithKeywords)(void (*)(void))PyCFunction_GET_FUNCTION(
          called))(PyCFunction_GET_SELF(called), args, nargs, kwnames);
    }
  }
  /* Python functions (compiled ones included) always set an exception
   * when they fail: their vectorcall slot is called without
   * PyObject_Vectorcall's check of the result. */
  if (Py_IS_TYPE(called, &PyFunction_Type)) {
    return ((PyFunctionObject *)called)
        ->vectorcall(called, args, (size_t)nargs | PY_VECTORCALL_ARGUMENTS_OFFSET,
                     kwnames);
  }
  return PyObject_Vectorcall(called, args,
                             (size_t)nargs | PY_VECTORCALL_ARGUMENTS_OFFSET,
                             kwnames);
}

/* A method that NuitkaCC_LookupMethod found unbound (is_method 1), called
 * with `self` as args[0]. A method of a built-in type taking one argument,
 * none or a vector (`list.append`, `list.pop`, `str.join`), on an object of
 * exactly that type, is called directly, as the interpreter's
 * PRECALL_NO_KW_METHOD_DESCRIPTOR_O, _NOARGS and _FAST do; everything else,
 * a type mismatch included (CPython's own TypeError), goes through the
 * descriptor's vectorcall. */
static inline PyObject *NuitkaCC_CallMethodVector(PyObject *method,
                                                  PyObject *const *args,
                                                  Py_ssize_t nargs,
                                                  PyObject *kwnames) {
  if (Py_IS_TYPE(method, &PyMethodDescr_Type) && kwnames == NULL) {
    PyMethodDescrObject *descriptor = (PyMethodDescrObject *)method;
    if (likely(Py_IS_TYPE(args[0], descriptor->d_common.d_type))) {
      PyMethodDef *definition = descriptor->d_method;
      PyCFunction function = definition->ml_meth;
      if (definition->ml_flags == METH_FASTCALL) {
        return ((_PyCFunctionFast)(void (*)(void))function)(args[0], args + 1,
                                                             nargs - 1);
      }
      int one_argument = definition->ml_flags == METH_O && nargs == 2;
      if (one_argument || (definition->ml_flags == METH_NOARGS && nargs == 1)) {
        PyThreadState *tstate = _PyThreadState_GET();
        if (unlikely(_Py_EnterRecursiveCallTstate(
                tstate, " while calling a Python object"))) {
          return NULL;
        }
        PyObject *result = function(args[0], one_argument ? args[1] : NULL);
        _Py_LeaveRecursiveCallTstate(tstate);
        return result;
      }
    }
  }
  return NuitkaCC_CallVector(method, args, nargs, kwnames);
}

/* A call whose positional arguments are a tuple and keyword arguments a
 * dict (either may be NULL). */
static inline PyObject *NuitkaCC_CallTupleDict(PyObject *called,
                                               PyObject *args,
                                               PyObject *kwargs) {
  if (kwargs == NULL || PyDict_GET_SIZE(kwargs) == 0) {
    if (args == NULL) {
      return PyObject_CallNoArgs(called);
    }
    return PyObject_Vectorcall(called, _PyTuple_ITEMS(args),
                               (size_t)PyTuple_GET_SIZE(args), NULL);
  }
  if (args == NULL) {
    args = _PyTuple_FromArray(NULL, 0);
    if (unlikely(args == NULL)) {
      return NULL;
    }
    PyObject *result = PyObject_Call(called, args, kwargs);
    Py_DECREF(args);
    return result;
  }
  return PyObject_Call(called, args, kwargs);
}

/* --- Calls with * and ** (CALL_FUNCTION_EX and the list and dict it is
 * given, built with LIST_EXTEND and DICT_MERGE) ---------------------------- */

/* f(*value) alone: the arguments as a tuple; TypeError "f() argument after
 * * must be an iterable, not T" for a non-iterable. */
PyObject *NuitkaCC_StarArgsTuple(PyObject *called, PyObject *value);

/* Extends a list by a starred value, as LIST_EXTEND: TypeError "Value after
 * * must be an iterable, not T" for a non-iterable. 0 or -1. */
int NuitkaCC_ListExtendStarred(PyObject *list, PyObject *value);

/* Merges **mapping into the keyword dict of a call to `called`, as
 * DICT_MERGE: "f() argument after ** must be a mapping, not T", "f() got
 * multiple values for keyword argument 'k'". 0 or -1. */
int NuitkaCC_DictMergeForCall(PyObject *called, PyObject *dict,
                              PyObject *mapping);

/* Adds keyword `key`=`value` to the keyword dict of a call, with
 * DICT_MERGE's error for a repeated keyword. 0 or -1. */
int NuitkaCC_DictAddKeywordForCall(PyObject *called, PyObject *dict,
                                   PyObject *key, PyObject *value);

/* Built-in functions as the interpreter started with them, for calls the
 * optimizer resolved to a built-in: they take the fast path only while the
 * name still finds this object (a program may rebind it). Borrowed; NULL
 * before NuitkaCC_Builtins_Capture. */
extern PyObject *NuitkaCC_original_builtin_len;

/* The original built-in of that name (a str), borrowed; NULL when there
 * was none. */
PyObject *NuitkaCC_OriginalBuiltin(PyObject *name);

/* Remembers the original built-ins (once per process). 0, or -1. */
int NuitkaCC_Builtins_Capture(void);

#endif /* NUITKA_CC_HELPER_CALLS_H_ */
