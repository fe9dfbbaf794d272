#include "nuitka_cc/base/embedded_python.h"

#include <Python.h>

namespace nuitka_cc {
namespace {

bool started = false;

// Debian's CPython: prefix /usr, standard library in /usr/lib/python3.11.
constexpr const wchar_t* kPythonHome = L"/usr";

}  // namespace

absl::Status EmbeddedPython::Start() {
  if (started) return absl::OkStatus();
  PyConfig config;
  PyConfig_InitIsolatedConfig(&config);
  config.site_import = 0;
  config.install_signal_handlers = 0;
  config.write_bytecode = 0;
  config.parse_argv = 0;
  // A fixed string hash makes set and dict orders, and with them every
  // output of the compiler, the same from run to run.
  config.use_hash_seed = 1;
  config.hash_seed = 0;
  PyStatus status = PyConfig_SetString(&config, &config.home, kPythonHome);
  if (!PyStatus_Exception(status)) {
    status = PyConfig_SetString(&config, &config.program_name, L"nuitka-cc");
  }
  if (!PyStatus_Exception(status)) status = Py_InitializeFromConfig(&config);
  PyConfig_Clear(&config);
  if (PyStatus_Exception(status)) {
    return absl::InternalError(
        std::string("cannot start the embedded Python 3.11 interpreter: ") +
        (status.err_msg != nullptr ? status.err_msg : "unknown error"));
  }
  started = true;
  return absl::OkStatus();
}

bool EmbeddedPython::Started() { return started; }

std::string EmbeddedPython::CurrentExceptionTypeName() {
  PyObject* type = PyErr_Occurred();
  if (type == nullptr) return "";
  return reinterpret_cast<PyTypeObject*>(type)->tp_name;
}

std::string EmbeddedPython::FormatCurrentException() {
  if (!PyErr_Occurred()) return "";
  PyObject *type, *value, *traceback;
  PyErr_Fetch(&type, &value, &traceback);
  PyErr_NormalizeException(&type, &value, &traceback);
  std::string text;
  // Print through the interpreter's own display code into a StringIO so the
  // text is byte for byte what `python3.11 FILE.py` writes to stderr.
  PyObject* io = PyImport_ImportModule("io");
  PyObject* buffer = io ? PyObject_CallMethod(io, "StringIO", nullptr) : nullptr;
  PyObject* saved_stderr = PySys_GetObject("stderr");  // borrowed
  Py_XINCREF(saved_stderr);
  if (buffer != nullptr && PySys_SetObject("stderr", buffer) == 0) {
    PyErr_Display(type, value, traceback);
    PySys_SetObject("stderr", saved_stderr);
    PyObject* result = PyObject_CallMethod(buffer, "getvalue", nullptr);
    if (result != nullptr) {
      Py_ssize_t size = 0;
      const char* data = PyUnicode_AsUTF8AndSize(result, &size);
      if (data != nullptr) text.assign(data, size);
      Py_DECREF(result);
    }
  }
  if (text.empty()) {
    text = std::string(type ? reinterpret_cast<PyTypeObject*>(type)->tp_name
                            : "error") +
           "\n";
  }
  PyErr_Clear();
  Py_XDECREF(saved_stderr);
  Py_XDECREF(buffer);
  Py_XDECREF(io);
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(traceback);
  return text;
}

}  // namespace nuitka_cc
