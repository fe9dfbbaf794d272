/* Class creation as builtins.__build_class__ does it, in the steps the tree
 * makes explicit (resolve the bases, select the metaclass, prepare the
 * namespace, run the body, call the metaclass), and the class namespace
 * operations of class bodies (LOAD_NAME, STORE_NAME, DELETE_NAME).
 *
 *   PyObject *bases = NuitkaCC_ResolveBases(orig_bases);
 *   PyObject *meta = NuitkaCC_SelectMetaclass(meta_or_default, bases);
 *   PyObject *ns = NuitkaCC_PrepareClassNamespace(meta, name, bases, kwargs);
 */
#ifndef NUITKA_CC_HELPER_CLASSES_H_
#define NUITKA_CC_HELPER_CLASSES_H_

/* types.resolve_bases: applies __mro_entries__; the same tuple (a new
 * reference to it) when no base has one. */
PyObject *NuitkaCC_ResolveBases(PyObject *bases);

/* The most derived metaclass of `metaclass` and the bases' metaclasses
 * (TypeError on a conflict); a metaclass that is not a class is used as
 * it is. New reference. */
PyObject *NuitkaCC_SelectMetaclass(PyObject *metaclass, PyObject *bases);

/* metaclass.__prepare__(name, bases, **kwargs), or a new dict without one;
 * TypeError unless the result is a mapping. `kwargs` may be NULL. */
PyObject *NuitkaCC_PrepareClassNamespace(PyObject *metaclass, PyObject *name,
                                         PyObject *bases, PyObject *kwargs);

/* After the metaclass made `cls`: the checks of __class__ cell `cell`. 0 or
 * -1. */
int NuitkaCC_CheckClassCell(PyObject *cell, PyObject *name, PyObject *cls);

/* Reads `name` from a class namespace: a new reference, NULL without an
 * exception when it is not there, NULL with one on errors. */
static inline PyObject *NuitkaCC_LocalsDict_Get(PyThreadState *tstate,
                                                PyObject *locals,
                                                PyObject *name) {
  if (PyDict_CheckExact(locals)) {
    PyObject *value = PyDict_GetItemWithError(locals, name);
    return Py_XNewRef(value);
  }
  PyObject *value = PyObject_GetItem(locals, name);
  if (value == NULL && _PyErr_ExceptionMatches(tstate, PyExc_KeyError)) {
    _PyErr_Clear(tstate);
  }
  return value;
}

/* STORE_NAME; `value` is borrowed. 0 or -1. */
static inline int NuitkaCC_LocalsDict_Set(PyObject *locals, PyObject *name,
                                          PyObject *value) {
  if (PyDict_CheckExact(locals)) {
    return PyDict_SetItem(locals, name, value);
  }
  return PyObject_SetItem(locals, name, value);
}

/* DELETE_NAME: NameError for any failure, unless `tolerant` and the name
 * is missing. 0 or -1. */
int NuitkaCC_LocalsDict_Del(PyThreadState *tstate, PyObject *locals,
                            PyObject *name, int tolerant);

/* builtins.__build_class__ (borrowed; None when it was deleted), which
 * messages about a class statement's keywords name. */
static inline PyObject *NuitkaCC_BuiltinBuildClass(PyObject *builtins) {
  PyObject *function = PyDict_GetItemString(builtins, "__build_class__");
  return function != NULL ? function : Py_None;
}

#endif /* NUITKA_CC_HELPER_CLASSES_H_ */
