/* Compiled generators: CPython's own generator objects whose frames are
 * resumed by native code.
 *
 * A compiled generator function creates a genuine `generator` (the type
 * of every generator, with CPython's send, throw, close, gi_frame,
 * gi_running, gi_yieldfrom and finalization) whose frame lives in the
 * generator as the interpreter's would. CPython resumes a generator by
 * evaluating its frame; while compiled generators are alive a frame
 * evaluator (PEP 523) is installed that sends frames of compiled
 * generator code to their native resume function and every other frame
 * to the interpreter.
 *
 * A resume function keeps nothing on the C stack across a yield: the
 * values it still needs are saved in the frame's value stack, above them
 * the number of the yield point to continue at and, inside `yield from`,
 * the delegate on top, where CPython's generator code looks for it. The
 * frame's instruction pointer is the YIELD_VALUE instruction CPython made
 * for the same yield, so line numbers, gi_yieldfrom and CPython's own
 * handling of throw() into a delegation see what they expect.
 *
 *   resume(tstate, frame, throwflag):
 *     if (NuitkaCC_Generator_Enter(tstate, frame) < 0) return NULL;
 *     sent = NuitkaCC_Generator_TakeSent(frame);
 *     switch (NuitkaCC_Generator_ResumePoint(frame, &delegate)) { ... }
 *     ...
 *     NuitkaCC_Generator_Yield(tstate, frame, saved_top, point, NULL, index);
 *     return value;
 *     ...
 *     NuitkaCC_Generator_Finish(tstate, frame);
 *     return return_value;
 */
#ifndef NUITKA_CC_HELPER_GENERATORS_H_
#define NUITKA_CC_HELPER_GENERATORS_H_

#include "internal/pycore_frame.h"
#include "opcode.h"

typedef PyObject *(*NuitkaCC_GeneratorResume)(PyThreadState *tstate,
                                              _PyInterpreterFrame *frame,
                                              int throwflag);

/* What the frame evaluator knows of a compiled generator's code. */
typedef struct {
  NuitkaCC_GeneratorResume resume;
  /* The compiled generator function's vectorcall: only frames made by it
   * are resumed natively (a function made from the same code object by
   * other means runs the bytecode, prologue included). */
  vectorcallfunc entry;
} NuitkaCC_GeneratorCode;

/* At module load: gives the code object at *code (replaced by a copy with
 * a larger co_stacksize when the resume function saves more values than
 * the bytecode's stack holds) the native resume. 0, or -1 with an
 * exception. */
int NuitkaCC_Generator_RegisterCode(PyCodeObject **code, int stack_slots,
                                    const NuitkaCC_GeneratorCode *info);

/* Turns `frame` (allocated on the thread's frame stack, arguments bound,
 * cells made; not linked) into a new generator object, as the
 * RETURN_GENERATOR instruction (at `return_generator_index`) does. The
 * frame is consumed either way. */
PyObject *NuitkaCC_Generator_New(PyThreadState *tstate, _PyInterpreterFrame *frame,
                                 int return_generator_index);

/* Enter's failure: the generator finishes. */
void NuitkaCC_Generator_EnterFailed(PyThreadState *tstate);

/* Links the frame as the thread's current frame and counts the recursion.
 * -1 with RecursionError set (the generator then finishes). */
static inline int NuitkaCC_Generator_Enter(PyThreadState *tstate,
                                           _PyInterpreterFrame *frame) {
  char probe;
  if (unlikely(_Py_EnterRecursiveCallTstate(tstate, ""))) {
    NuitkaCC_Generator_EnterFailed(tstate);
    return -1;
  }
  if (unlikely((uintptr_t)&probe < NuitkaCC_c_stack_limit) &&
      NuitkaCC_CStackExhausted()) {
    _Py_LeaveRecursiveCallTstate(tstate);
    NuitkaCC_Generator_EnterFailed(tstate);
    return -1;
  }
  /* frame->previous was set by CPython's generator code. */
  tstate->cframe->current_frame = frame;
  return 0;
}

/* The value sent in (None for next() and throw()), pushed by CPython. */
static inline PyObject *NuitkaCC_Generator_TakeSent(_PyInterpreterFrame *frame) {
  return _PyFrame_StackPop(frame);
}

/* Whether the frame is suspended inside a `yield from` whose delegate is
 * still on its stack (CPython's test in _PyGen_yf). */
static inline int NuitkaCC_Generator_InYieldFrom(_PyInterpreterFrame *frame) {
  _Py_CODEUNIT next = frame->prev_instr[1];
  int opcode = _Py_OPCODE(next);
  return (opcode == RESUME || opcode == RESUME_QUICK) && _Py_OPARG(next) >= 2;
}

/* Yield points are numbered by the small int objects CPython preallocates
 * (up to 256): pushing and reading one is a pointer computation. */
static inline PyObject *NuitkaCC_Generator_PointObject(int point) {
  return Py_NewRef((PyObject *)&_PyLong_SMALL_INTS[_PY_NSMALLNEGINTS + point]);
}

/* The yield point to continue at (0: the start), taken off the stack with
 * the delegate of a suspended `yield from` (else NULL). The saved values
 * stay in the stack slots above the local variables; the caller takes
 * them and then empties the stack (NuitkaCC_Generator_Restored). */
static inline int NuitkaCC_Generator_ResumePoint(_PyInterpreterFrame *frame,
                                                 PyObject **delegate) {
  *delegate = NULL;
  if (frame->stacktop == frame->f_code->co_nlocalsplus) {
    return 0;
  }
  if (NuitkaCC_Generator_InYieldFrom(frame)) {
    *delegate = _PyFrame_StackPop(frame);
  }
  PyObject *point = _PyFrame_StackPop(frame);
  Py_DECREF(point);
  return (int)((PyLongObject *)point - &_PyLong_SMALL_INTS[_PY_NSMALLNEGINTS]);
}

static inline void NuitkaCC_Generator_Restored(_PyInterpreterFrame *frame) {
  frame->stacktop = frame->f_code->co_nlocalsplus;
}

/* Suspends at a yield: the `saved` values are already in the stack slots
 * above the local variables; pushes the yield point (and the delegate of a
 * `yield from`, consumed), points the frame at the YIELD_VALUE
 * instruction, and unlinks it. The caller then returns the yielded
 * value. */
static inline void NuitkaCC_Generator_Yield(PyThreadState *tstate,
                                            _PyInterpreterFrame *frame, int saved,
                                            int point, PyObject *delegate,
                                            int yield_index) {
  int top = frame->f_code->co_nlocalsplus + saved;
  frame->localsplus[top++] = NuitkaCC_Generator_PointObject(point);
  if (delegate != NULL) {
    frame->localsplus[top++] = delegate;
  }
  frame->stacktop = top;
  frame->prev_instr = _PyCode_CODE(frame->f_code) + yield_index;
  _PyFrame_GetGenerator(frame)->gi_frame_state = FRAME_SUSPENDED;
  _Py_LeaveRecursiveCallTstate(tstate);
  tstate->cframe->current_frame = frame->previous;
}

/* Ends the generator's run by return or exception: unlinks the frame;
 * CPython then marks the generator finished and clears its frame. */
void NuitkaCC_Generator_Finish(PyThreadState *tstate, _PyInterpreterFrame *frame);

/* GET_YIELD_FROM_ITER: the delegate of `yield from iterable` (consumes
 * `iterable`). NULL with an exception. */
PyObject *NuitkaCC_YieldFromIter(PyThreadState *tstate, _PyInterpreterFrame *frame,
                                 PyObject *iterable);

#endif /* NUITKA_CC_HELPER_GENERATORS_H_ */
