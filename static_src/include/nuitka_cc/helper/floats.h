/* Making the float results of operations: inline from the interpreter's
 * float free list, as PyFloat_FromDouble does it, without its call. The
 * floats released by float's deallocator go to that list, so a loop of
 * float operations reuses the same few objects.
 *
 *   PyObject *sum = NuitkaCC_Float_FromDouble(x + y);  // NULL: no memory
 */
#ifndef NUITKA_CC_HELPER_FLOATS_H_
#define NUITKA_CC_HELPER_FLOATS_H_

#include "internal/pycore_floatobject.h"
#include "internal/pycore_interp.h"
#include "internal/pycore_pymem.h"

#if PyFloat_MAXFREELIST > 0 && !defined(Py_REF_DEBUG) && !defined(Py_TRACE_REFS)

NUITKA_CC_INLINE PyObject *NuitkaCC_Float_FromDouble(double value) {
  struct _Py_float_state *state = &_PyInterpreterState_GET()->float_state;
  PyFloatObject *result = state->free_list;
  if (likely(result != NULL)) {
    /* The list links its floats through their type field. */
    state->free_list = (PyFloatObject *)Py_TYPE(result);
    state->numfree--;
  } else {
    result = PyObject_Malloc(sizeof(PyFloatObject));
    if (unlikely(result == NULL)) {
      return PyErr_NoMemory();
    }
  }
  Py_SET_TYPE(result, &PyFloat_Type);
  if (unlikely(_Py_tracemalloc_config.tracing)) {
    /* tracemalloc follows new references too. */
    _Py_NewReference((PyObject *)result);
  } else {
    Py_SET_REFCNT(result, 1);
  }
  result->ob_fval = value;
  return (PyObject *)result;
}

#else

/* Reference-counting debug builds count and track every new reference:
 * the interpreter's own constructor does that. */
#define NuitkaCC_Float_FromDouble(value) PyFloat_FromDouble(value)

#endif

#endif /* NUITKA_CC_HELPER_FLOATS_H_ */
