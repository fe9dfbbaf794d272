/* Creating compiled functions: genuine function objects from their real
 * code objects (MAKE_FUNCTION), whose vectorcall is the compiled entry. */
#include "nuitka_cc/prelude.h"

PyObject *NuitkaCC_Function_New(PyObject *code, PyObject *globals,
                                PyObject *defaults, PyObject *kwdefaults,
                                PyObject *annotations, PyObject *closure,
                                vectorcallfunc entry) {
  PyFunctionObject *func = (PyFunctionObject *)PyFunction_New(code, globals);
  if (unlikely(func == NULL)) {
    Py_XDECREF(defaults);
    Py_XDECREF(kwdefaults);
    Py_XDECREF(annotations);
    Py_XDECREF(closure);
    return NULL;
  }
  func->func_closure = closure;
  func->func_annotations = annotations;
  func->func_kwdefaults = kwdefaults;
  func->func_defaults = defaults;
  if (entry != NULL) {
    /* The interpreter's specialized call paths check func_version, which
     * stays 0 until it assigns one; every other call goes through the
     * vectorcall slot. */
    func->vectorcall = entry;
    func->func_version = 0;
  }
  return (PyObject *)func;
}
