/* Compiled generators (see nuitka_cc/helper/generators.h): creation, the
 * frame evaluator that resumes them natively, and the suspension
 * protocol on their frames. */
#include "nuitka_cc/prelude.h"

#include "internal/pycore_ceval.h"
#include "internal/pycore_genobject.h"

/* The co_extra slot holding a code object's NuitkaCC_GeneratorCode. */
static Py_ssize_t code_extra_index = -1;

/* Compiled generators created and not finished. The frame evaluator is
 * installed only while there are any: with it, the interpreter does not
 * inline calls between Python functions. */
static Py_ssize_t live_generators = 0;

static PyObject *EvalFrame(PyThreadState *tstate, _PyInterpreterFrame *frame,
                           int throwflag) {
  if (frame->owner == FRAME_OWNED_BY_GENERATOR) {
    void *extra = NULL;
    if (_PyCode_GetExtra((PyObject *)frame->f_code, code_extra_index, &extra) == 0 &&
        extra != NULL) {
      const NuitkaCC_GeneratorCode *info = (const NuitkaCC_GeneratorCode *)extra;
      if (frame->f_func->vectorcall == info->entry) {
        return info->resume(tstate, frame, throwflag);
      }
    }
  }
  return _PyEval_EvalFrameDefault(tstate, frame, throwflag);
}

int NuitkaCC_Generator_RegisterCode(PyCodeObject **code, int stack_slots,
                                    const NuitkaCC_GeneratorCode *info) {
  if (code_extra_index < 0) {
    code_extra_index = _PyEval_RequestCodeExtraIndex(NULL);
    if (code_extra_index < 0) {
      return -1;
    }
  }
  if ((*code)->co_stacksize < stack_slots) {
    PyObject *replace = PyObject_GetAttrString((PyObject *)*code, "replace");
    if (replace == NULL) {
      return -1;
    }
    PyObject *kwargs = Py_BuildValue("{s:i}", "co_stacksize", stack_slots);
    if (kwargs == NULL) {
      Py_DECREF(replace);
      return -1;
    }
    PyObject *no_args = PyTuple_New(0);
    PyObject *bigger =
        no_args != NULL ? PyObject_Call(replace, no_args, kwargs) : NULL;
    Py_XDECREF(no_args);
    Py_DECREF(kwargs);
    Py_DECREF(replace);
    if (bigger == NULL) {
      return -1;
    }
    Py_SETREF(*code, (PyCodeObject *)bigger);
  }
  return _PyCode_SetExtra((PyObject *)*code, code_extra_index, (void *)info);
}

PyObject *NuitkaCC_Generator_New(PyThreadState *tstate, _PyInterpreterFrame *frame,
                                 int return_generator_index) {
  PyGenObject *gen = (PyGenObject *)_Py_MakeCoro(frame->f_func);
  if (unlikely(gen == NULL)) {
    NuitkaCC_Frame_Free(tstate, frame);
    return NULL;
  }
  /* The frame moves into the generator with its references. */
  _PyInterpreterFrame *gen_frame = (_PyInterpreterFrame *)gen->gi_iframe;
  _PyFrame_Copy(frame, gen_frame);
  _PyThreadState_PopFrame(tstate, frame);
  gen_frame->owner = FRAME_OWNED_BY_GENERATOR;
  gen_frame->prev_instr = _PyCode_CODE(gen_frame->f_code) + return_generator_index;
  gen->gi_frame_state = FRAME_CREATED;
  if (live_generators++ == 0) {
    _PyInterpreterState_SetEvalFrameFunc(tstate->interp, EvalFrame);
  }
  return (PyObject *)gen;
}

/* The generator will not be resumed again. */
static void GeneratorDone(PyThreadState *tstate) {
  if (--live_generators == 0) {
    _PyInterpreterState_SetEvalFrameFunc(tstate->interp, _PyEval_EvalFrameDefault);
  }
}

int NuitkaCC_Generator_Enter(PyThreadState *tstate, _PyInterpreterFrame *frame) {
  char probe;
  if (unlikely(_Py_EnterRecursiveCallTstate(tstate, ""))) {
    GeneratorDone(tstate);
    return -1;
  }
  if (unlikely((uintptr_t)&probe < NuitkaCC_c_stack_limit) &&
      NuitkaCC_CStackExhausted()) {
    _Py_LeaveRecursiveCallTstate(tstate);
    GeneratorDone(tstate);
    return -1;
  }
  /* frame->previous was set by CPython's generator code. */
  tstate->cframe->current_frame = frame;
  return 0;
}

int NuitkaCC_Generator_ResumePoint(_PyInterpreterFrame *frame, PyObject **delegate) {
  *delegate = NULL;
  if (frame->stacktop == frame->f_code->co_nlocalsplus) {
    return 0;
  }
  if (NuitkaCC_Generator_InYieldFrom(frame)) {
    *delegate = _PyFrame_StackPop(frame);
  }
  PyObject *point = _PyFrame_StackPop(frame);
  int result = (int)PyLong_AsLong(point);
  Py_DECREF(point);
  return result;
}

void NuitkaCC_Generator_Yield(PyThreadState *tstate, _PyInterpreterFrame *frame,
                              int saved, int point, PyObject *delegate,
                              int yield_index) {
  int top = frame->f_code->co_nlocalsplus + saved;
  /* Small integers are preallocated: this cannot fail. */
  frame->localsplus[top++] = PyLong_FromLong(point);
  if (delegate != NULL) {
    frame->localsplus[top++] = delegate;
  }
  frame->stacktop = top;
  frame->prev_instr = _PyCode_CODE(frame->f_code) + yield_index;
  _PyFrame_GetGenerator(frame)->gi_frame_state = FRAME_SUSPENDED;
  _Py_LeaveRecursiveCallTstate(tstate);
  tstate->cframe->current_frame = frame->previous;
}

void NuitkaCC_Generator_Finish(PyThreadState *tstate, _PyInterpreterFrame *frame) {
  frame->stacktop = frame->f_code->co_nlocalsplus;
  _Py_LeaveRecursiveCallTstate(tstate);
  tstate->cframe->current_frame = frame->previous;
  GeneratorDone(tstate);
}

PyObject *NuitkaCC_YieldFromIter(PyThreadState *tstate, _PyInterpreterFrame *frame,
                                 PyObject *iterable) {
  if (PyCoro_CheckExact(iterable)) {
    if (!(frame->f_code->co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
      Py_DECREF(iterable);
      _PyErr_SetString(tstate, PyExc_TypeError,
                       "cannot 'yield from' a coroutine object in a non-coroutine "
                       "generator");
      return NULL;
    }
    return iterable;
  }
  if (PyGen_CheckExact(iterable)) {
    return iterable;
  }
  PyObject *iterator = PyObject_GetIter(iterable);
  Py_DECREF(iterable);
  return iterator;
}
