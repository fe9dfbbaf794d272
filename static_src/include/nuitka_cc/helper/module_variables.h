/* Module variables: the module dict, with reads falling back to builtins
 * (LOAD_NAME / LOAD_GLOBAL), and CPython's NameError when a name is bound
 * nowhere.
 *
 *   PyObject *value = NuitkaCC_ModuleVariable_Get(frame->f_globals,
 *                                                 frame->f_builtins, name);
 */
#ifndef NUITKA_CC_HELPER_MODULE_VARIABLES_H_
#define NUITKA_CC_HELPER_MODULE_VARIABLES_H_

/* NameError "name 'x' is not defined", with its `name` attribute set so that
 * the traceback display can offer suggestions. */
void NuitkaCC_RaiseNameError(PyThreadState *tstate, PyObject *name);

/* Reads when globals or builtins are not exact dicts. */
PyObject *NuitkaCC_ModuleVariable_GetSlow(PyThreadState *tstate,
                                          PyObject *globals,
                                          PyObject *builtins, PyObject *name);

/* A new reference to the value of `name`, or NULL with an exception set. */
static inline PyObject *NuitkaCC_ModuleVariable_Get(PyThreadState *tstate,
                                                    PyObject *globals,
                                                    PyObject *builtins,
                                                    PyObject *name) {
  if (likely(PyDict_CheckExact(globals) && PyDict_CheckExact(builtins))) {
    PyObject *value = _PyDict_LoadGlobal((PyDictObject *)globals,
                                         (PyDictObject *)builtins, name);
    if (likely(value != NULL)) {
      Py_INCREF(value);
      return value;
    }
    if (!_PyErr_Occurred(tstate)) {
      NuitkaCC_RaiseNameError(tstate, name);
    }
    return NULL;
  }
  return NuitkaCC_ModuleVariable_GetSlow(tstate, globals, builtins, name);
}

/* A read site's memory of where `name` was found, valid while the keys of
 * the dicts are unchanged: the cache of CPython 3.11's LOAD_GLOBAL_MODULE
 * and LOAD_GLOBAL_BUILTIN specializations (dict keys versions and the
 * entry index). */
typedef struct NuitkaCC_GlobalCache {
  uint32_t globals_version;  /* 0: nothing cached */
  uint32_t builtins_version; /* 0: the entry is in globals */
  Py_ssize_t index;
} NuitkaCC_GlobalCache;

/* The lookup that also fills the cache. */
PyObject *NuitkaCC_ModuleVariable_GetAndCache(PyThreadState *tstate,
                                              PyObject *globals,
                                              PyObject *builtins,
                                              PyObject *name,
                                              NuitkaCC_GlobalCache *cache);

/* NuitkaCC_ModuleVariable_Get through a read site's cache. */
static inline PyObject *NuitkaCC_ModuleVariable_GetCached(
    PyThreadState *tstate, PyObject *globals, PyObject *builtins,
    PyObject *name, NuitkaCC_GlobalCache *cache) {
  if (likely(cache->globals_version != 0 && PyDict_CheckExact(globals))) {
    PyDictKeysObject *keys = ((PyDictObject *)globals)->ma_keys;
    if (likely(keys->dk_version == cache->globals_version)) {
      if (cache->builtins_version != 0) {
        if (unlikely(!PyDict_CheckExact(builtins))) {
          goto slow;
        }
        keys = ((PyDictObject *)builtins)->ma_keys;
        if (unlikely(keys->dk_version != cache->builtins_version)) {
          goto slow;
        }
      }
      PyObject *value = DK_UNICODE_ENTRIES(keys)[cache->index].me_value;
      if (likely(value != NULL)) {
        Py_INCREF(value);
        return value;
      }
    }
  }
slow:
  return NuitkaCC_ModuleVariable_GetAndCache(tstate, globals, builtins, name,
                                             cache);
}

/* Binds `name`; `value` is borrowed. 0 or -1. */
static inline int NuitkaCC_ModuleVariable_Set(PyObject *globals, PyObject *name,
                                              PyObject *value) {
  if (likely(PyDict_CheckExact(globals))) {
    return PyDict_SetItem(globals, name, value);
  }
  return PyObject_SetItem(globals, name, value);
}

/* del name: NameError when unbound, unless `tolerant`. 0 or -1. */
int NuitkaCC_ModuleVariable_Del(PyThreadState *tstate, PyObject *globals,
                                PyObject *name, int tolerant);

#endif /* NUITKA_CC_HELPER_MODULE_VARIABLES_H_ */
