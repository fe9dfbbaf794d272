/* Errors for unbound variables and the slow paths of module variables,
 * with the interpreter's messages (format_exc_check_arg in ceval.c). */
#include "nuitka_cc/prelude.h"

/* Raises `type` with `format` applied to the name; a NameError (exactly)
 * also gets the name as its `name` attribute, for suggestions. */
static void RaiseWithName(PyThreadState *tstate, PyObject *type,
                          const char *format, PyObject *name) {
  const char *text = PyUnicode_AsUTF8(name);
  if (text == NULL) {
    return;
  }
  _PyErr_Format(tstate, type, format, text);
  if (type != PyExc_NameError) {
    return;
  }
  PyObject *exc_type, *value, *traceback;
  _PyErr_Fetch(tstate, &exc_type, &value, &traceback);
  _PyErr_NormalizeException(tstate, &exc_type, &value, &traceback);
  if (PyErr_GivenExceptionMatches(value, PyExc_NameError)) {
    PyNameErrorObject *error = (PyNameErrorObject *)value;
    if (error->name == NULL) {
      /* Failing here only loses the suggestion. */
      if (PyObject_SetAttrString(value, "name", name) < 0) {
        PyErr_Clear();
      }
    }
  }
  _PyErr_Restore(tstate, exc_type, value, traceback);
}

void NuitkaCC_RaiseNameError(PyThreadState *tstate, PyObject *name) {
  RaiseWithName(tstate, PyExc_NameError, "name '%.200s' is not defined", name);
}

void NuitkaCC_RaiseUnboundLocal(PyThreadState *tstate, PyObject *name) {
  RaiseWithName(tstate, PyExc_UnboundLocalError,
                "cannot access local variable '%s' where it is not "
                "associated with a value",
                name);
}

void NuitkaCC_RaiseUnboundFree(PyThreadState *tstate, PyObject *name) {
  RaiseWithName(tstate, PyExc_NameError,
                "cannot access free variable '%s' where it is not "
                "associated with a value in enclosing scope",
                name);
}

PyObject *NuitkaCC_ModuleVariable_GetSlow(PyThreadState *tstate,
                                          PyObject *globals,
                                          PyObject *builtins, PyObject *name) {
  /* LOAD_GLOBAL's path for globals or builtins that are not exact dicts. */
  PyObject *value = PyObject_GetItem(globals, name);
  if (value != NULL) {
    return value;
  }
  if (!_PyErr_ExceptionMatches(tstate, PyExc_KeyError)) {
    return NULL;
  }
  _PyErr_Clear(tstate);
  value = PyObject_GetItem(builtins, name);
  if (value == NULL && _PyErr_ExceptionMatches(tstate, PyExc_KeyError)) {
    _PyErr_Clear(tstate);
    NuitkaCC_RaiseNameError(tstate, name);
  }
  return value;
}

/* Combined dicts with str keys only, whose entries the cache can index. */
static int CacheableKeys(PyObject *dict) {
  return PyDict_CheckExact(dict) && ((PyDictObject *)dict)->ma_values == NULL &&
         ((PyDictObject *)dict)->ma_keys->dk_kind == DICT_KEYS_UNICODE;
}

PyObject *NuitkaCC_ModuleVariable_GetAndCache(PyThreadState *tstate,
                                              PyObject *globals,
                                              PyObject *builtins,
                                              PyObject *name,
                                              NuitkaCC_GlobalCache *cache) {
  /* Filled as CPython's specialize_module_load_global does. */
  cache->globals_version = 0;
  if (PyUnicode_CheckExact(name) && CacheableKeys(globals)) {
    PyDictKeysObject *keys = ((PyDictObject *)globals)->ma_keys;
    Py_ssize_t index = _PyDictKeys_StringLookup(keys, name);
    if (index >= 0) {
      uint32_t version = _PyDictKeys_GetVersionForCurrentState(keys);
      if (version != 0) {
        cache->globals_version = version;
        cache->builtins_version = 0;
        cache->index = index;
      }
    } else if (index == DKIX_EMPTY && CacheableKeys(builtins)) {
      PyDictKeysObject *builtin_keys = ((PyDictObject *)builtins)->ma_keys;
      Py_ssize_t builtin_index = _PyDictKeys_StringLookup(builtin_keys, name);
      if (builtin_index >= 0) {
        uint32_t version = _PyDictKeys_GetVersionForCurrentState(keys);
        uint32_t builtins_version =
            _PyDictKeys_GetVersionForCurrentState(builtin_keys);
        if (version != 0 && builtins_version != 0) {
          cache->globals_version = version;
          cache->builtins_version = builtins_version;
          cache->index = builtin_index;
        }
      }
    }
  }
  return NuitkaCC_ModuleVariable_Get(tstate, globals, builtins, name);
}

int NuitkaCC_ModuleVariable_Del(PyThreadState *tstate, PyObject *globals,
                                PyObject *name, int tolerant) {
  if (PyObject_DelItem(globals, name) == 0) {
    return 0;
  }
  if (!_PyErr_ExceptionMatches(tstate, PyExc_KeyError)) {
    return -1;
  }
  _PyErr_Clear(tstate);
  if (tolerant) {
    return 0;
  }
  NuitkaCC_RaiseNameError(tstate, name);
  return -1;
}
