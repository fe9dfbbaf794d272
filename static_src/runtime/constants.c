/* Loading a module's constants blob: marshal data of the tuple
 *   (constants, code objects, ((index, builtin name), ...))
 * where the constants that marshal cannot hold (builtin types and objects
 * such as StopIteration) are None placeholders named by the third part and
 * taken from the builtins module. See codegen/constants_blob.h. */
#include "nuitka_cc/prelude.h"

#include "marshal.h"

static int CorruptBlob(void) {
  PyErr_SetString(PyExc_SystemError, "nuitka-cc: corrupt constants blob");
  return -1;
}

int NuitkaCC_Constants_Load(const char *blob, Py_ssize_t size,
                            PyObject **consts, Py_ssize_t const_count,
                            PyCodeObject **codes, Py_ssize_t code_count) {
  PyObject *data = PyMarshal_ReadObjectFromString(blob, size);
  if (data == NULL) {
    return -1;
  }
  if (!PyTuple_CheckExact(data) || PyTuple_GET_SIZE(data) != 3) {
    Py_DECREF(data);
    return CorruptBlob();
  }
  PyObject *constants = PyTuple_GET_ITEM(data, 0);
  PyObject *code_objects = PyTuple_GET_ITEM(data, 1);
  PyObject *builtin_names = PyTuple_GET_ITEM(data, 2);
  if (!PyTuple_CheckExact(constants) ||
      PyTuple_GET_SIZE(constants) != const_count ||
      !PyTuple_CheckExact(code_objects) ||
      PyTuple_GET_SIZE(code_objects) != code_count ||
      !PyTuple_CheckExact(builtin_names)) {
    Py_DECREF(data);
    return CorruptBlob();
  }
  for (Py_ssize_t i = 0; i < const_count; i++) {
    consts[i] = Py_NewRef(PyTuple_GET_ITEM(constants, i));
  }
  for (Py_ssize_t i = 0; i < code_count; i++) {
    PyObject *code = PyTuple_GET_ITEM(code_objects, i);
    if (!PyCode_Check(code)) {
      Py_DECREF(data);
      return CorruptBlob();
    }
    codes[i] = (PyCodeObject *)Py_NewRef(code);
  }
  PyObject *builtins = PyThreadState_GET()->interp->builtins;
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(builtin_names); i++) {
    PyObject *entry = PyTuple_GET_ITEM(builtin_names, i);
    Py_ssize_t index = PyLong_AsSsize_t(PyTuple_GET_ITEM(entry, 0));
    if (index < 0 || index >= const_count) {
      Py_DECREF(data);
      return CorruptBlob();
    }
    PyObject *value = PyDict_GetItemWithError(builtins, PyTuple_GET_ITEM(entry, 1));
    if (value == NULL) {
      Py_DECREF(data);
      return PyErr_Occurred() ? -1 : CorruptBlob();
    }
    Py_SETREF(consts[index], Py_NewRef(value));
  }
  Py_DECREF(data);
  return 0;
}
