/* Local, cell and free variables live in the frame's localsplus slots, in
 * the code object's layout; these are the errors for reading or deleting
 * one that is unbound, with CPython's messages.
 *
 *   PyObject *value = frame->localsplus[2];
 *   if (unlikely(value == NULL)) {
 *     NuitkaCC_RaiseUnboundLocal(tstate, name);
 *     goto error;
 *   }
 */
#ifndef NUITKA_CC_HELPER_LOCAL_VARIABLES_H_
#define NUITKA_CC_HELPER_LOCAL_VARIABLES_H_

/* UnboundLocalError "cannot access local variable 'x' where it is not
 * associated with a value" (locals and cells of the function itself). */
void NuitkaCC_RaiseUnboundLocal(PyThreadState *tstate, PyObject *name);

/* NameError "cannot access free variable 'x' where it is not associated
 * with a value in enclosing scope" (variables of an enclosing function). */
void NuitkaCC_RaiseUnboundFree(PyThreadState *tstate, PyObject *name);

/* Stores into a local slot, releasing the previous value; steals `value`. */
static inline void NuitkaCC_Local_Set(PyObject **slot, PyObject *value) {
  PyObject *old = *slot;
  *slot = value;
  Py_XDECREF(old);
}

/* Stores into a cell, releasing the previous value; steals `value`. */
static inline void NuitkaCC_Cell_Set(PyObject *cell, PyObject *value) {
  PyObject *old = PyCell_GET(cell);
  PyCell_SET(cell, value);
  Py_XDECREF(old);
}

#endif /* NUITKA_CC_HELPER_LOCAL_VARIABLES_H_ */
