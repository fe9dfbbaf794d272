/* Reference-leak rounds for programs built against the debug CPython
 * (nuitka-cc --python-debug): with NUITKA_CC_REFCOUNT_ROUNDS=N in the
 * environment, the program runs its module body N times before its real
 * run and prints the interpreter's total reference count (the figure
 * sys.gettotalrefcount() gives) after each round to standard error:
 *
 *   refcount rounds: 46595 46595 46595 46595 46595 46595
 *
 * Each round runs the body in the __main__ module's own dict, reset to what
 * it held before the first round (__name__, __file__, __builtins__...), so
 * that `import __main__`, pickling by reference and the like behave as in
 * the real run, with sys.stdout and sys.stderr replaced by a sink (a file
 * open on /dev/null with the replaced stream's encoding and errors). Any
 * exception the body ends with is discarded, SystemExit and
 * KeyboardInterrupt included (programs raise them on purpose; ^C during a
 * round ends that round only). After the body the dict is reset, the
 * typing module's caches are emptied, the cyclic garbage collector runs
 * (with the sink still in place: finalizers may print), then, with the
 * real streams back, it runs again, the type attribute cache (which holds
 * references to the names it saw) is cleared and the figure is taken.
 *
 * Every function, class, generator and frame a round creates is dropped
 * with the dict, so a compiled path that leaks a reference raises the
 * figure every round, while the first round also imports modules and warms
 * the interpreter's caches. What a program itself keeps from each round
 * outside __main__ (atexit handlers, registries in other modules) grows
 * the figure too, as it does under python3.11-dbg running the same rounds;
 * tests/basics/run_basics_tests.py --debug compares with that.
 *
 * Then the real run happens as without the variable, in the same dict: its
 * output and exit status are the program's. Output written past sys.stdout
 * and sys.stderr (os.write, sys.__stdout__) is not discarded, and what the
 * rounds leave outside __main__ (files, atexit handlers, threads) stays.
 *
 * Compiled only against a CPython with Py_REF_DEBUG (the debug runtime,
 * //static_src:runtime_debug). */
#include "nuitka_cc/prelude.h"

#ifdef Py_REF_DEBUG

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

/* More rounds than this is a mistake, not a measurement. */
#define NUITKA_CC_MAX_REFCOUNT_ROUNDS 10000

static const char kRoundsVariable[] = "NUITKA_CC_REFCOUNT_ROUNDS";

/* The number of rounds asked for: 0 when the variable is unset, empty or
 * 0, -1 with ValueError set when it is not a count. */
static long RequestedRounds(void) {
  const char *setting = getenv(kRoundsVariable);
  if (setting == NULL || setting[0] == '\0') {
    return 0;
  }
  char *end;
  errno = 0;
  long rounds = strtol(setting, &end, 10);
  if (errno != 0 || *end != '\0' || setting[0] < '0' || setting[0] > '9' ||
      rounds < 0 || rounds > NUITKA_CC_MAX_REFCOUNT_ROUNDS) {
    PyErr_Format(PyExc_ValueError,
                 "%s must be a number of rounds from 0 to %d, not '%s'",
                 kRoundsVariable, NUITKA_CC_MAX_REFCOUNT_ROUNDS, setting);
    return -1;
  }
  return rounds;
}

/* open('/dev/null', 'w', encoding=..., errors=...) as `stream` has them. */
static PyObject *OpenSink(PyObject *stream) {
  PyObject *encoding = NULL;
  PyObject *errors = NULL;
  if (stream != NULL && stream != Py_None) {
    encoding = PyObject_GetAttrString(stream, "encoding");
    if (encoding == NULL || !PyUnicode_Check(encoding)) {
      PyErr_Clear();
      Py_CLEAR(encoding);
    }
    errors = PyObject_GetAttrString(stream, "errors");
    if (errors == NULL || !PyUnicode_Check(errors)) {
      PyErr_Clear();
      Py_CLEAR(errors);
    }
  }
  PyObject *io = PyImport_ImportModule("io");
  PyObject *sink = NULL;
  if (io != NULL) {
    sink = PyObject_CallMethod(io, "open", "ssiOO", "/dev/null", "w", -1,
                               encoding != NULL ? encoding : Py_None,
                               errors != NULL ? errors : Py_None);
    Py_DECREF(io);
  }
  Py_XDECREF(encoding);
  Py_XDECREF(errors);
  return sink;
}

/* gc.collect(): PyGC_Collect() does nothing while the program has the
 * collector disabled. */
static int CollectGarbage(void) {
  PyObject *gc = PyImport_ImportModule("gc");
  if (gc == NULL) {
    return -1;
  }
  PyObject *collected = PyObject_CallMethod(gc, "collect", NULL);
  Py_DECREF(gc);
  if (collected == NULL) {
    return -1;
  }
  Py_DECREF(collected);
  return 0;
}

/* Empties the caches of the typing module, if imported, as CPython's
 * own leak hunting does between runs (test.libregrtest): Protocol[...],
 * Iterable[C] and the like are cached by their arguments, so each round's
 * classes would otherwise stay alive in them. */
static int ClearTypingCaches(void) {
  PyObject *name = PyUnicode_FromString("typing");
  if (name == NULL) {
    return -1;
  }
  PyObject *typing = PyImport_GetModule(name);
  Py_DECREF(name);
  if (typing == NULL) {
    return PyErr_Occurred() ? -1 : 0;
  }
  /* typing._cleanups: the cache_clear methods of its functools caches. */
  PyObject *cleanups = PyObject_GetAttrString(typing, "_cleanups");
  Py_DECREF(typing);
  if (cleanups == NULL) {
    PyErr_Clear();
    return 0;
  }
  int result = 0;
  if (PyList_Check(cleanups)) {
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(cleanups); i++) {
      PyObject *cleared = PyObject_CallNoArgs(PyList_GET_ITEM(cleanups, i));
      if (cleared == NULL) {
        result = -1;
        break;
      }
      Py_DECREF(cleared);
    }
  }
  Py_DECREF(cleanups);
  return result;
}

/* Puts `dict` back to `pristine`'s items. */
static int ResetDict(PyObject *dict, PyObject *pristine) {
  PyDict_Clear(dict);
  return PyDict_Update(dict, pristine);
}

/* One round: 0, or -1 with an exception set that must end the program. */
static int RunRound(PyThreadState *tstate, const NuitkaCC_ModuleDef *def,
                    PyObject *dict, PyObject *pristine) {
  PyObject *real_stdout = Py_XNewRef(PySys_GetObject("stdout"));
  PyObject *real_stderr = Py_XNewRef(PySys_GetObject("stderr"));
  PyObject *sink = OpenSink(real_stdout);
  /* The body may turn the collector off (gc.disable()); the next round and
   * the real run start as this one did. */
  int gc_enabled = PyGC_IsEnabled();
  int result = -1;
  if (sink == NULL || PySys_SetObject("stdout", sink) < 0 ||
      PySys_SetObject("stderr", sink) < 0) {
    goto restore;
  }
  if (NuitkaCC_RunModuleBody(tstate, def, dict) < 0) {
    PyErr_Clear();
  }
  if (ResetDict(dict, pristine) < 0 || ClearTypingCaches() < 0 ||
      CollectGarbage() < 0) {
    goto restore;
  }
  result = 0;

restore:;
  /* Keep the exception that ends the program across the calls below. */
  PyObject *type, *value, *traceback;
  PyErr_Fetch(&type, &value, &traceback);
  if (PySys_SetObject("stdout", real_stdout) < 0 ||
      PySys_SetObject("stderr", real_stderr) < 0) {
    PyErr_Clear();
  }
  if (sink != NULL) {
    PyObject *closed = PyObject_CallMethod(sink, "close", NULL);
    if (closed == NULL) {
      PyErr_Clear();
    }
    Py_XDECREF(closed);
    Py_DECREF(sink);
  }
  Py_XDECREF(real_stdout);
  Py_XDECREF(real_stderr);
  PyErr_Restore(type, value, traceback);
  if (gc_enabled) {
    PyGC_Enable();
  } else {
    PyGC_Disable();
  }
  if (result == 0) {
    /* Again, now that the sink is gone. */
    if (CollectGarbage() < 0) {
      return -1;
    }
    PyType_ClearCache();
  }
  return result;
}

/* "refcount rounds: F1 F2 ...\n" on the C stream stderr, after what
 * Python's sys.stderr holds. */
static void PrintFigures(const Py_ssize_t *figures, long rounds) {
  PyObject *stream = PySys_GetObject("stderr");
  if (stream != NULL && stream != Py_None) {
    PyObject *flushed = PyObject_CallMethod(stream, "flush", NULL);
    if (flushed == NULL) {
      PyErr_Clear();
    }
    Py_XDECREF(flushed);
  }
  fputs("refcount rounds:", stderr);
  for (long i = 0; i < rounds; i++) {
    fprintf(stderr, " %zd", figures[i]);
  }
  fputc('\n', stderr);
  fflush(stderr);
}

int NuitkaCC_RunRefcountRounds(PyThreadState *tstate,
                               const NuitkaCC_ModuleDef *def, PyObject *dict) {
  long rounds = RequestedRounds();
  if (rounds <= 0) {
    return (int)rounds;
  }
  Py_ssize_t *figures = PyMem_RawMalloc((size_t)rounds * sizeof(Py_ssize_t));
  if (figures == NULL) {
    PyErr_NoMemory();
    return -1;
  }
  PyObject *pristine = PyDict_Copy(dict);
  if (pristine == NULL) {
    PyMem_RawFree(figures);
    return -1;
  }
  int result = 0;
  for (long i = 0; i < rounds; i++) {
    if (RunRound(tstate, def, dict, pristine) < 0) {
      result = -1;
      break;
    }
    figures[i] = _Py_GetRefTotal();
  }
  if (result == 0) {
    PrintFigures(figures, rounds);
  }
  Py_DECREF(pristine);
  PyMem_RawFree(figures);
  return result;
}

#endif /* Py_REF_DEBUG */
