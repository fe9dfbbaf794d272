/* Compiled frames: traceback entries, the eval breaker and the C stack
 * guard. The frame stack operations themselves are inline in
 * nuitka_cc/helper/frames.h. */
#include "nuitka_cc/prelude.h"

/* pyconfig.h defines _GNU_SOURCE, for pthread_getattr_np. */
#include <pthread.h>

void NuitkaCC_Frame_AddTraceback(_PyInterpreterFrame *frame) {
  /* As the interpreter's `error:` label: a traceback entry for the frame
   * at its current instruction. */
  if (_PyFrame_IsIncomplete(frame)) {
    return;
  }
  PyFrameObject *frame_object = _PyFrame_GetFrameObject(frame);
  if (frame_object != NULL) {
    PyTraceBack_Here(frame_object);
  }
}

int NuitkaCC_HandleEvalBreaker(PyThreadState *tstate) {
  /* Signals (on the main thread) and pending calls. */
  if (Py_MakePendingCalls() < 0) {
    return -1;
  }
  /* Another thread asked for the GIL: hand it over and take it back. */
  if (_Py_atomic_load_relaxed(&tstate->interp->ceval.gil_drop_request)) {
    PyThreadState *saved = PyEval_SaveThread();
    PyEval_RestoreThread(saved);
  }
  /* PyThreadState_SetAsyncExc. */
  if (tstate->async_exc != NULL) {
    PyObject *exception = tstate->async_exc;
    tstate->async_exc = NULL;
    tstate->interp->ceval.pending.async_exc = 0;
    _PyErr_SetNone(tstate, exception);
    Py_DECREF(exception);
    return -1;
  }
  return 0;
}

/* Compiled calls recurse on the C stack where the interpreter does not;
 * with a raised recursion limit a deep recursion could exhaust it. Below
 * this limit a call raises RecursionError instead of crashing. */
__thread uintptr_t NuitkaCC_c_stack_limit = UINTPTR_MAX;

/* What is left below the limit for CPython's own C recursion (printing
 * the RecursionError's traceback, reprs of deep structures). */
enum { kStackReserve = 256 * 1024 };

static uintptr_t ComputeStackLimit(void) {
  pthread_attr_t attributes;
  void *base = NULL;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) {
    return 0;
  }
  int failed = pthread_attr_getstack(&attributes, &base, &size);
  pthread_attr_destroy(&attributes);
  if (failed != 0 || base == NULL) {
    return 0;
  }
  size_t reserve = size / 4 < kStackReserve ? size / 4 : kStackReserve;
  return (uintptr_t)base + reserve;
}

int NuitkaCC_CStackExhausted(void) {
  char probe;
  if (NuitkaCC_c_stack_limit == UINTPTR_MAX) {
    NuitkaCC_c_stack_limit = ComputeStackLimit();
  }
  if ((uintptr_t)&probe >= NuitkaCC_c_stack_limit) {
    return 0;
  }
  PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded");
  return 1;
}
