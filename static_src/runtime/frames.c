/* Compiled frames: traceback entries, the eval breaker and the C stack
 * guard. The frame stack operations themselves are inline in
 * nuitka_cc/helper/frames.h. */
#include "nuitka_cc/prelude.h"

/* pyconfig.h defines _GNU_SOURCE, for pthread_getattr_np. */
#include <pthread.h>

/* The line of an instruction (PyCode_Addr2Line scans the code's line table
 * from its start) for the last instructions asked about, by code object and
 * offset. Only compiled frames ask, whose code objects are constants of
 * their module and never freed, so an address stays one code object. */
#define LINE_CACHE_SIZE 256
static struct {
  PyCodeObject *code;
  int offset;
  int line;
} line_cache[LINE_CACHE_SIZE];

static int CachedLine(PyCodeObject *code, int offset) {
  size_t slot = (((uintptr_t)code >> 4) ^ ((uintptr_t)offset * 0x9E3779B1u)) %
                LINE_CACHE_SIZE;
  if (line_cache[slot].code == code && line_cache[slot].offset == offset) {
    return line_cache[slot].line;
  }
  int line = PyCode_Addr2Line(code, offset);
  line_cache[slot].code = code;
  line_cache[slot].offset = offset;
  line_cache[slot].line = line;
  return line;
}

void NuitkaCC_Frame_AddTraceback(_PyInterpreterFrame *frame) {
  /* As the interpreter's `error:` label: a traceback entry for the frame
   * at its current instruction (PyTraceBack_Here's work, with the line
   * from the cache). */
  if (_PyFrame_IsIncomplete(frame)) {
    return;
  }
  PyFrameObject *frame_object = _PyFrame_GetFrameObject(frame);
  if (unlikely(frame_object == NULL)) {
    return;
  }
  int offset = _PyInterpreterFrame_LASTI(frame) * (int)sizeof(_Py_CODEUNIT);
  /* f_lineno is set while a trace function runs (PyFrame_GetLineNumber). */
  int line = frame_object->f_lineno != 0 ? frame_object->f_lineno
                                         : CachedLine(frame->f_code, offset);
  PyObject *type, *value, *next;
  PyErr_Fetch(&type, &value, &next);
  if (unlikely(next != NULL && !PyTraceBack_Check(next))) {
    PyErr_Restore(type, value, next);
    PyTraceBack_Here(frame_object);
    return;
  }
  PyTracebackObject *entry = PyObject_GC_New(PyTracebackObject, &PyTraceBack_Type);
  if (unlikely(entry == NULL)) {
    _PyErr_ChainExceptions(type, value, next);
    return;
  }
  entry->tb_next = (PyTracebackObject *)next;
  entry->tb_frame = (PyFrameObject *)Py_NewRef(frame_object);
  entry->tb_lasti = offset;
  entry->tb_lineno = line;
  PyObject_GC_Track(entry);
  PyErr_Restore(type, value, (PyObject *)entry);
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
