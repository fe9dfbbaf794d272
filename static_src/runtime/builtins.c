/* The original built-in functions (nuitka_cc/helper/calls.h). */
#include "nuitka_cc/prelude.h"

PyObject *NuitkaCC_original_builtin_len = NULL;

int NuitkaCC_Builtins_Capture(void) {
  if (NuitkaCC_original_builtin_len != NULL) {
    return 0;
  }
  PyObject *builtins = _PyInterpreterState_GET()->builtins;
  PyObject *len = PyDict_GetItemString(builtins, "len");
  if (len == NULL) {
    PyErr_SetString(PyExc_RuntimeError, "builtins.len is missing at startup");
    return -1;
  }
  /* Kept for the whole run, even when the program replaces it. */
  NuitkaCC_original_builtin_len = Py_NewRef(len);
  return 0;
}
