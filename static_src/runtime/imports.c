/* Imports as IMPORT_NAME, IMPORT_FROM and IMPORT_STAR do them (ceval.c's
 * import_name, import_from and import_all_from), with their messages. */
#include "nuitka_cc/prelude.h"

/* Declared in CPython's internal pycore_moduleobject.h. */
extern int _PyModuleSpec_IsInitializing(PyObject *spec);

PyObject *NuitkaCC_ImportName(PyThreadState *tstate, PyObject *globals,
                              PyObject *locals, PyObject *builtins,
                              PyObject *name, PyObject *fromlist,
                              PyObject *level) {
  PyObject *import_func = PyDict_GetItemWithError(builtins, &_Py_ID(__import__));
  if (import_func == NULL) {
    if (!_PyErr_Occurred(tstate)) {
      _PyErr_SetString(tstate, PyExc_ImportError, "__import__ not found");
    }
    return NULL;
  }
  if (import_func == tstate->interp->import_func) {
    int int_level = _PyLong_AsInt(level);
    if (int_level == -1 && _PyErr_Occurred(tstate)) {
      return NULL;
    }
    return PyImport_ImportModuleLevelObject(
        name, globals, locals == NULL ? Py_None : locals, fromlist, int_level);
  }
  Py_INCREF(import_func);
  PyObject *stack[5] = {name, globals, locals == NULL ? Py_None : locals,
                        fromlist, level};
  PyObject *result = _PyObject_FastCall(import_func, stack, 5);
  Py_DECREF(import_func);
  return result;
}

PyObject *NuitkaCC_ImportFrom(PyThreadState *tstate, PyObject *module,
                              PyObject *name) {
  PyObject *value;
  if (_PyObject_LookupAttr(module, name, &value) != 0) {
    return value;
  }
  /* A circular relative import may not have set the attribute yet: the
   * submodule may be in sys.modules already. */
  PyObject *package_name = PyObject_GetAttr(module, &_Py_ID(__name__));
  if (package_name == NULL) {
    goto error;
  }
  if (!PyUnicode_Check(package_name)) {
    Py_CLEAR(package_name);
    goto error;
  }
  PyObject *full_name = PyUnicode_FromFormat("%U.%U", package_name, name);
  if (full_name == NULL) {
    Py_DECREF(package_name);
    return NULL;
  }
  value = PyImport_GetModule(full_name);
  Py_DECREF(full_name);
  if (value == NULL && !_PyErr_Occurred(tstate)) {
    goto error;
  }
  Py_DECREF(package_name);
  return value;

error:;
  PyObject *package_path = PyModule_GetFilenameObject(module);
  PyObject *package_name_or_unknown;
  if (package_name == NULL) {
    package_name_or_unknown = PyUnicode_FromString("<unknown module name>");
    if (package_name_or_unknown == NULL) {
      Py_XDECREF(package_path);
      return NULL;
    }
  } else {
    package_name_or_unknown = package_name;
  }
  PyObject *message;
  if (package_path == NULL || !PyUnicode_Check(package_path)) {
    _PyErr_Clear(tstate);
    message = PyUnicode_FromFormat(
        "cannot import name %R from %R (unknown location)", name,
        package_name_or_unknown);
    PyErr_SetImportError(message, package_name, NULL);
  } else {
    PyObject *spec = PyObject_GetAttr(module, &_Py_ID(__spec__));
    const char *format =
        _PyModuleSpec_IsInitializing(spec)
            ? "cannot import name %R from partially initialized module %R "
              "(most likely due to a circular import) (%S)"
            : "cannot import name %R from %R (%S)";
    Py_XDECREF(spec);
    message = PyUnicode_FromFormat(format, name, package_name_or_unknown,
                                   package_path);
    PyErr_SetImportError(message, package_name, package_path);
  }
  Py_XDECREF(message);
  Py_XDECREF(package_name_or_unknown);
  Py_XDECREF(package_path);
  return NULL;
}

int NuitkaCC_ImportStar(PyThreadState *tstate, PyObject *module,
                        PyObject *locals) {
  PyObject *all;
  int skip_leading_underscores = 0;
  if (_PyObject_LookupAttr(module, &_Py_ID(__all__), &all) < 0) {
    return -1;
  }
  if (all == NULL) {
    PyObject *dict;
    if (_PyObject_LookupAttr(module, &_Py_ID(__dict__), &dict) < 0) {
      return -1;
    }
    if (dict == NULL) {
      _PyErr_SetString(tstate, PyExc_ImportError,
                       "from-import-* object has no __dict__ and no __all__");
      return -1;
    }
    all = PyMapping_Keys(dict);
    Py_DECREF(dict);
    if (all == NULL) {
      return -1;
    }
    skip_leading_underscores = 1;
  }
  int error = 0;
  for (Py_ssize_t position = 0;; position++) {
    PyObject *name = PySequence_GetItem(all, position);
    if (name == NULL) {
      if (!_PyErr_ExceptionMatches(tstate, PyExc_IndexError)) {
        error = -1;
      } else {
        _PyErr_Clear(tstate);
      }
      break;
    }
    if (!PyUnicode_Check(name)) {
      PyObject *module_name = PyObject_GetAttr(module, &_Py_ID(__name__));
      if (module_name == NULL) {
        Py_DECREF(name);
        error = -1;
        break;
      }
      if (!PyUnicode_Check(module_name)) {
        _PyErr_Format(tstate, PyExc_TypeError,
                      "module __name__ must be a string, not %.100s",
                      Py_TYPE(module_name)->tp_name);
      } else {
        _PyErr_Format(tstate, PyExc_TypeError, "%s in %U.%s must be str, not %.100s",
                      skip_leading_underscores ? "Key" : "Item", module_name,
                      skip_leading_underscores ? "__dict__" : "__all__",
                      Py_TYPE(name)->tp_name);
      }
      Py_DECREF(module_name);
      Py_DECREF(name);
      error = -1;
      break;
    }
    if (skip_leading_underscores) {
      if (PyUnicode_READY(name) == -1) {
        Py_DECREF(name);
        error = -1;
        break;
      }
      if (PyUnicode_READ_CHAR(name, 0) == '_') {
        Py_DECREF(name);
        continue;
      }
    }
    PyObject *value = PyObject_GetAttr(module, name);
    if (value == NULL) {
      error = -1;
    } else if (PyDict_CheckExact(locals)) {
      error = PyDict_SetItem(locals, name, value);
    } else {
      error = PyObject_SetItem(locals, name, value);
    }
    Py_DECREF(name);
    Py_XDECREF(value);
    if (error != 0) {
      break;
    }
  }
  Py_DECREF(all);
  return error;
}
