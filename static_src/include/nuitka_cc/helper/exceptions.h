/* Raising, catching, matching and publishing exceptions, as the 3.11
 * interpreter does (RAISE_VARARGS, exception_unwind, CHECK_EXC_MATCH,
 * PUSH_EXC_INFO / POP_EXCEPT, RERAISE).
 *
 * A try statement's handler keeps the caught exception in three C
 * variables; publishing makes it the exception being handled
 * (sys.exc_info()) until the handler is left:
 *
 *   NuitkaCC_FetchCaughtException(tstate, &type, &value, &tb);
 *   PyObject *saved = NuitkaCC_PublishException(tstate, value);
 *   ...
 *   NuitkaCC_UnpublishException(tstate, saved);
 */
#ifndef NUITKA_CC_HELPER_EXCEPTIONS_H_
#define NUITKA_CC_HELPER_EXCEPTIONS_H_

/* Takes the exception being raised for a handler: normalized, with its
 * traceback stored on the value (new references; `tb` may be NULL). */
static inline void NuitkaCC_FetchCaughtException(PyThreadState *tstate,
                                                 PyObject **type,
                                                 PyObject **value,
                                                 PyObject **tb) {
  _PyErr_Fetch(tstate, type, value, tb);
  _PyErr_NormalizeException(tstate, type, value, tb);
  PyException_SetTraceback(*value, *tb != NULL ? *tb : Py_None);
}

/* Makes `value` the exception being handled; returns the previous one (a
 * reference to hand back to NuitkaCC_UnpublishException, maybe NULL). */
static inline PyObject *NuitkaCC_PublishException(PyThreadState *tstate,
                                                  PyObject *value) {
  _PyErr_StackItem *exc_info = tstate->exc_info;
  PyObject *previous = exc_info->exc_value;
  Py_INCREF(value);
  exc_info->exc_value = value;
  return previous;
}

/* Restores the exception handled before; steals `previous`. */
static inline void NuitkaCC_UnpublishException(PyThreadState *tstate,
                                               PyObject *previous) {
  _PyErr_StackItem *exc_info = tstate->exc_info;
  PyObject *value = exc_info->exc_value;
  exc_info->exc_value = previous;
  Py_XDECREF(value);
}

/* Re-raises a caught exception as it is, with the traceback its value
 * holds (RERAISE); steals the three references. */
static inline void NuitkaCC_ReraiseCaught(PyThreadState *tstate,
                                          PyObject *type, PyObject *value,
                                          PyObject *tb) {
  PyObject *traceback = PyException_GetTraceback(value);
  Py_XDECREF(tb);
  _PyErr_Restore(tstate, type, value, traceback);
}

/* raise exc [from cause]: steals `exc` and `cause` (NULL without one).
 * Always leaves an exception set. */
void NuitkaCC_RaiseException(PyThreadState *tstate, PyObject *exc,
                             PyObject *cause);

/* A bare `raise` outside of any handler of the same body: re-raises the
 * exception being handled. 1 when it did (no new traceback entry), 0 when
 * there was none and RuntimeError is set instead. */
int NuitkaCC_ReraiseHandled(PyThreadState *tstate);

/* except clause: does the caught exception match `match_type` (a class or
 * a tuple of classes)? 1, 0, or -1 with TypeError when `match_type` is not
 * an exception class. */
int NuitkaCC_ExceptionMatch(PyThreadState *tstate, PyObject *exc_type,
                            PyObject *match_type);

/* The traceback of a caught exception, as sys.exc_info() shows it (new
 * reference, None without one). */
static inline PyObject *NuitkaCC_CaughtTraceback(PyObject *value) {
  PyObject *tb = PyException_GetTraceback(value);
  if (tb == NULL) {
    Py_INCREF(Py_None);
    return Py_None;
  }
  return tb;
}

/* Issues a warning CPython's compiler gave for the program's source (a
 * built-in warning category by name) through the warnings filters; a
 * warning made an error becomes a SyntaxError, as in the compiler.
 * 0, or -1 with the exception set. */
int NuitkaCC_IssueCompileWarning(const char *category, PyObject *message,
                                 PyObject *filename, int line);

#endif /* NUITKA_CC_HELPER_EXCEPTIONS_H_ */
