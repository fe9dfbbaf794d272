/* The program's main, as `python3.11 script.py` runs a script (Modules/main.c
 * pymain_run_python and Python/pythonrun.c _PyRun_SimpleFileObject), with
 * the compiled __main__ module in place of the script's bytecode. */
#include "nuitka_cc/prelude.h"

#include <signal.h>
#include <unistd.h>

#include "internal/pycore_pylifecycle.h"

static void FlushStandardStreams(void) {
  PyObject *type, *value, *traceback;
  PyErr_Fetch(&type, &value, &traceback);
  const char *names[2] = {"stderr", "stdout"};
  for (int i = 0; i < 2; i++) {
    PyObject *stream = PySys_GetObject(names[i]);
    if (stream != NULL && stream != Py_None) {
      PyObject *result = PyObject_CallMethod(stream, "flush", NULL);
      if (result == NULL) {
        PyErr_Clear();
      }
      Py_XDECREF(result);
    }
  }
  PyErr_Restore(type, value, traceback);
}

static int InsertSysPath0(const char *directory) {
  PyObject *sys_path = PySys_GetObject("path");
  if (sys_path == NULL || !PyList_Check(sys_path)) {
    PyErr_SetString(PyExc_RuntimeError, "unable to get sys.path");
    return -1;
  }
  PyObject *path0 = PyUnicode_DecodeFSDefault(directory);
  if (path0 == NULL) {
    return -1;
  }
  int result = PyList_Insert(sys_path, 0, path0);
  Py_DECREF(path0);
  return result;
}

/* __main__.__loader__ = SourceFileLoader("__main__", filename). */
static int SetMainLoader(PyObject *dict, PyObject *filename) {
  PyObject *bootstrap = PyImport_ImportModule("_frozen_importlib_external");
  if (bootstrap == NULL) {
    return -1;
  }
  PyObject *loader =
      PyObject_CallMethod(bootstrap, "SourceFileLoader", "sO", "__main__",
                          filename);
  Py_DECREF(bootstrap);
  if (loader == NULL) {
    return -1;
  }
  int result = PyDict_SetItemString(dict, "__loader__", loader);
  Py_DECREF(loader);
  return result;
}

int NuitkaCC_RunModuleBody(PyThreadState *tstate,
                           const NuitkaCC_ModuleDef *def, PyObject *dict) {
  if (def->run_body != NULL) {
    return def->run_body(tstate, dict);
  }
  PyObject *result = PyEval_EvalCode((PyObject *)def->module_code(), dict, dict);
  if (result == NULL) {
    return -1;
  }
  Py_DECREF(result);
  return 0;
}

/* Loads the constants once, then runs the body (after the reference-leak
 * rounds NUITKA_CC_REFCOUNT_ROUNDS asks for, in a debug build). */
static int LoadAndRunModule(PyThreadState *tstate,
                            const NuitkaCC_ModuleDef *def, PyObject *dict) {
  if (def->load_constants() < 0) {
    return -1;
  }
#ifdef Py_REF_DEBUG
  if (NuitkaCC_RunRefcountRounds(tstate, def, dict) < 0) {
    return -1;
  }
#endif
  return NuitkaCC_RunModuleBody(tstate, def, dict);
}

/* 0, or 1 after an uncaught exception (printed; SystemExit exits in
 * PyErr_Print as in CPython). */
static int RunMainModule(const NuitkaCC_ModuleDef *def) {
  PyThreadState *tstate = _PyThreadState_GET();
  const PyConfig *config = _Py_GetConfig();
  if (!config->safe_path && InsertSysPath0(def->sys_path0) < 0) {
    PyErr_Print();
    return 1;
  }
  PyObject *filename = PyUnicode_DecodeFSDefault(def->filename);
  if (filename == NULL) {
    PyErr_Print();
    return 1;
  }
  if (PySys_Audit("cpython.run_file", "O", filename) < 0) {
    Py_DECREF(filename);
    PyErr_Print();
    return 1;
  }
  if (Py_MakePendingCalls() == -1) {
    Py_DECREF(filename);
    PyErr_Print();
    return 1;
  }
  int status = 1;
  int set_file_name = 0;
  PyObject *dict = NULL;
  PyObject *module = PyImport_AddModule("__main__");
  if (module == NULL) {
    goto done;
  }
  Py_INCREF(module);
  dict = PyModule_GetDict(module);
  if (PyDict_GetItemString(dict, "__file__") == NULL) {
    if (PyDict_SetItemString(dict, "__file__", filename) < 0 ||
        PyDict_SetItemString(dict, "__cached__", Py_None) < 0) {
      goto done;
    }
    set_file_name = 1;
  }
  if (SetMainLoader(dict, filename) < 0) {
    fprintf(stderr, "python: failed to set __main__.__loader__\n");
    goto done;
  }
  _Py_UnhandledKeyboardInterrupt = 0;
  if (PyDict_GetItemString(dict, "__builtins__") == NULL &&
      PyDict_SetItemString(dict, "__builtins__", tstate->interp->builtins) < 0) {
    goto done;
  }
  int failed = LoadAndRunModule(tstate, def, dict) < 0;
  if (failed && _PyErr_Occurred(tstate) == PyExc_KeyboardInterrupt) {
    _Py_UnhandledKeyboardInterrupt = 1;
  }
  FlushStandardStreams();
  if (!failed) {
    status = 0;
  }

done:
  if (PyErr_Occurred()) {
    PyErr_Print();
  }
  if (set_file_name) {
    if (PyDict_DelItemString(dict, "__file__") < 0) {
      PyErr_Clear();
    }
    if (PyDict_DelItemString(dict, "__cached__") < 0) {
      PyErr_Clear();
    }
  }
  Py_XDECREF(module);
  Py_DECREF(filename);
  return status;
}

/* Dies of SIGINT after an uncaught KeyboardInterrupt, so that a calling
 * shell sees the ^C. */
static int ExitSigint(void) {
  if (PyOS_setsig(SIGINT, SIG_DFL) == SIG_ERR) {
    perror("signal");
  } else {
    kill(getpid(), SIGINT);
  }
  return SIGINT + 128;
}

#ifdef Py_DEBUG
#define NUITKA_CC_PYTHON_EXECUTABLE "/usr/bin/python3.11-dbg"
#else
#define NUITKA_CC_PYTHON_EXECUTABLE "/usr/bin/python3.11"
#endif

int NuitkaCC_RunMain(int argc, char **argv,
                     const NuitkaCC_ModuleDef *main_module) {
  PyConfig config;
  PyConfig_InitPythonConfig(&config);
  /* The command line is the program's own: sys.argv is all of it. */
  config.parse_argv = 0;
  PyStatus status = PyConfig_SetBytesArgv(&config, argc, argv);
  /* sys.executable is the interpreter the program was built against, when
   * it is installed: programs run `[sys.executable, "-m", ...]` and
   * multiprocessing starts workers with it, which this program could not
   * serve. */
  if (!PyStatus_Exception(status) && access(NUITKA_CC_PYTHON_EXECUTABLE, X_OK) == 0) {
    status = PyConfig_SetBytesString(&config, &config.executable,
                                     NUITKA_CC_PYTHON_EXECUTABLE);
  }
  if (!PyStatus_Exception(status)) {
    status = Py_InitializeFromConfig(&config);
  }
  PyConfig_Clear(&config);
  if (PyStatus_Exception(status)) {
    if (PyStatus_IsExit(status)) {
      return status.exitcode;
    }
    Py_ExitStatusException(status);
  }

  if (NuitkaCC_Builtins_Capture() < 0) {
    PyErr_Print();
    Py_FinalizeEx();
    return 1;
  }
  int exit_code = RunMainModule(main_module);
  if (Py_FinalizeEx() < 0) {
    exit_code = 120;
  }
  if (_Py_UnhandledKeyboardInterrupt) {
    exit_code = ExitSigint();
  }
  return exit_code;
}
