/* Compiled functions are genuine function objects made from their real
 * code object; only their vectorcall slot points at the compiled entry.
 *
 *   PyObject *f = NuitkaCC_Function_New(code, globals, defaults, kwdefaults,
 *                                       annotations, closure, entry);
 *
 * The entry parses its arguments into a new frame's localsplus with
 * NuitkaCC_Function_ParseArguments, CPython's initialize_locals with the
 * same TypeError messages.
 */
#ifndef NUITKA_CC_HELPER_FUNCTIONS_H_
#define NUITKA_CC_HELPER_FUNCTIONS_H_

/* MAKE_FUNCTION. Steals `defaults`, `kwdefaults`, `annotations` and
 * `closure` (each may be NULL). With `entry` NULL the function runs its
 * bytecode. */
PyObject *NuitkaCC_Function_New(PyObject *code, PyObject *globals,
                                PyObject *defaults, PyObject *kwdefaults,
                                PyObject *annotations, PyObject *closure,
                                vectorcallfunc entry);

/* Binds the arguments of a call to `func` in `localsplus` (all unbound
 * on entry), with new references; `args` are borrowed. 0, or -1 with
 * CPython's TypeError (what is already bound is released with the frame). */
int NuitkaCC_Function_ParseArguments(PyThreadState *tstate,
                                     PyFunctionObject *func,
                                     PyObject **localsplus,
                                     PyObject *const *args, Py_ssize_t nargs,
                                     PyObject *kwnames);

/* MAKE_CELL for local `index`: wraps its current value (an argument) or
 * nothing in a new cell. 0 or -1. */
static inline int NuitkaCC_Function_MakeCell(PyObject **localsplus,
                                             int index) {
  PyObject *initial = localsplus[index];
  PyObject *cell = PyCell_New(initial);
  if (unlikely(cell == NULL)) {
    return -1;
  }
  localsplus[index] = cell;
  Py_XDECREF(initial);
  return 0;
}

/* COPY_FREE_VARS: the closure cells into the last `count` locals. */
static inline void NuitkaCC_Function_CopyFreeVars(PyFunctionObject *func,
                                                  PyObject **localsplus,
                                                  int nlocalsplus, int count) {
  PyObject *closure = func->func_closure;
  int offset = nlocalsplus - count;
  for (int i = 0; i < count; i++) {
    localsplus[offset + i] = Py_NewRef(PyTuple_GET_ITEM(closure, i));
  }
}

#endif /* NUITKA_CC_HELPER_FUNCTIONS_H_ */
