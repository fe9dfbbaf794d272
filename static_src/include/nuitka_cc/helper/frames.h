/* Compiled frames: real _PyInterpreterFrames on the thread's frame stack.
 *
 * A compiled body allocates a frame for its real code object, puts its
 * local variables in the frame's localsplus slots (the code object's
 * layout), links it as the thread's current frame, and before every
 * operation that can raise points prev_instr at the bytecode instruction
 * CPython made for the same source range. Tracebacks, sys._getframe(),
 * f_back and f_locals therefore see CPython's own picture.
 *
 *   _PyInterpreterFrame *frame = NuitkaCC_Frame_Allocate(tstate, func, NULL);
 *   ... arguments into frame->localsplus ...
 *   if (NuitkaCC_Frame_Enter(tstate, frame) < 0) return NULL;
 *   NUITKA_CC_FRAME_AT(frame, 12);   // before an operation that can raise
 *   ... on an error: NuitkaCC_Frame_AddTraceback(frame);
 *   NuitkaCC_Frame_Leave(tstate, frame);
 */
#ifndef NUITKA_CC_HELPER_FRAMES_H_
#define NUITKA_CC_HELPER_FRAMES_H_

/* The frame executes the instruction with this index (in code units). */
#define NUITKA_CC_FRAME_AT(frame, index) \
  ((frame)->prev_instr = _PyCode_CODE((frame)->f_code) + (index))

/* Allocates a frame running `func`'s code, with `locals` as f_locals (the
 * module dict for module bodies, else NULL), not yet linked into the
 * frame stack. All its local variables are unbound. NULL with MemoryError
 * set on failure. */
static inline _PyInterpreterFrame *NuitkaCC_Frame_Allocate(
    PyThreadState *tstate, PyFunctionObject *func, PyObject *locals) {
  PyCodeObject *code = (PyCodeObject *)func->func_code;
  size_t size = (size_t)code->co_nlocalsplus + (size_t)code->co_stacksize +
                FRAME_SPECIALS_SIZE;
  _PyInterpreterFrame *frame = _PyThreadState_BumpFramePointer(tstate, size);
  if (unlikely(frame == NULL)) {
    PyErr_NoMemory();
    return NULL;
  }
  Py_INCREF(func);
  _PyFrame_InitializeSpecials(frame, func, locals, code->co_nlocalsplus);
  for (int i = 0; i < code->co_nlocalsplus; i++) {
    frame->localsplus[i] = NULL;
  }
  return frame;
}

/* Releases a frame that was never linked (its arguments did not parse). */
static inline void NuitkaCC_Frame_Free(PyThreadState *tstate,
                                       _PyInterpreterFrame *frame) {
  tstate->recursion_remaining--;
  _PyFrame_Clear(frame);
  tstate->recursion_remaining++;
  _PyThreadState_PopFrame(tstate, frame);
}

/* Below this address the C stack counts as exhausted; starts at UINTPTR_MAX
 * so that the first check of each thread computes it (frames.c). */
extern __thread uintptr_t NuitkaCC_c_stack_limit;
int NuitkaCC_CStackExhausted(void);

/* Counts the call against the recursion limit (RecursionError as CPython
 * raises it, also when the C stack runs short) and links the frame as the
 * thread's current frame, starting at its first traceable instruction.
 * On failure the frame is freed and -1 returned. */
static inline int NuitkaCC_Frame_Enter(PyThreadState *tstate,
                                       _PyInterpreterFrame *frame) {
  char probe;
  if (unlikely(_Py_EnterRecursiveCallTstate(tstate, ""))) {
    NuitkaCC_Frame_Free(tstate, frame);
    return -1;
  }
  if (unlikely((uintptr_t)&probe < NuitkaCC_c_stack_limit) &&
      NuitkaCC_CStackExhausted()) {
    _Py_LeaveRecursiveCallTstate(tstate);
    NuitkaCC_Frame_Free(tstate, frame);
    return -1;
  }
  frame->previous = tstate->cframe->current_frame;
  tstate->cframe->current_frame = frame;
  frame->prev_instr = _PyCode_CODE(frame->f_code) +
                      frame->f_code->_co_firsttraceable;
  return 0;
}

/* Unlinks the frame, releases its local variables (or hands them to its
 * frame object, if one outlives the call) and frees it. */
static inline void NuitkaCC_Frame_Leave(PyThreadState *tstate,
                                        _PyInterpreterFrame *frame) {
  /* Unlinked before clearing: finalizers may look at the frame stack. */
  tstate->cframe->current_frame = frame->previous;
  _Py_LeaveRecursiveCallTstate(tstate);
  NuitkaCC_Frame_Free(tstate, frame);
}

/* Adds the traceback entry for `frame` (at its current instruction) to the
 * exception being raised, as the interpreter does when an operation fails. */
void NuitkaCC_Frame_AddTraceback(_PyInterpreterFrame *frame);

/* Signals, pending calls, GIL drop requests and asynchronous exceptions,
 * checked where the interpreter checks them: function entry and loop
 * back edges. */
static inline int NuitkaCC_EvalBreakerSet(PyThreadState *tstate) {
  return _Py_atomic_load_relaxed(&tstate->interp->ceval.eval_breaker);
}
int NuitkaCC_HandleEvalBreaker(PyThreadState *tstate);

#endif /* NUITKA_CC_HELPER_FRAMES_H_ */
