/* The original built-in functions (nuitka_cc/helper/calls.h). */
#include "nuitka_cc/prelude.h"

PyObject *NuitkaCC_original_builtin_len = NULL;

/* A copy of the builtins namespace as the interpreter started with it. */
static PyObject *original_builtins = NULL;

int NuitkaCC_Builtins_Capture(void) {
  if (original_builtins != NULL) {
    return 0;
  }
  PyObject *builtins = _PyInterpreterState_GET()->builtins;
  PyObject *len = PyDict_GetItemString(builtins, "len");
  if (len == NULL) {
    PyErr_SetString(PyExc_RuntimeError, "builtins.len is missing at startup");
    return -1;
  }
  /* Kept for the whole run, even when the program replaces them. */
  original_builtins = PyDict_Copy(builtins);
  if (original_builtins == NULL) {
    return -1;
  }
  NuitkaCC_original_builtin_len = Py_NewRef(len);
  return 0;
}

PyObject *NuitkaCC_OriginalBuiltin(PyObject *name) {
  return original_builtins == NULL ? NULL : PyDict_GetItemWithError(original_builtins, name);
}
