/* Compiled generators (see nuitka_cc/helper/generators.h): creation, the
 * frame evaluator that resumes them natively, and the suspension
 * protocol on their frames. */
#include "nuitka_cc/prelude.h"

#include "internal/pycore_ceval.h"
#include "internal/pycore_genobject.h"

/* Compiled generator code objects by address, an open-addressing table
 * (a power of two in size, at most half full). Code objects registered
 * are module constants and live as long as the program. */
typedef struct {
  PyCodeObject *code;
  const NuitkaCC_GeneratorCode *info;
} CompiledCodeEntry;
static CompiledCodeEntry *compiled_codes = NULL;
static size_t compiled_codes_mask = 0;
static size_t compiled_codes_count = 0;

/* The slot of `code` in a table of mask + 1 entries: where it is, or the
 * empty slot where it belongs. */
static inline size_t ProbeSlot(const CompiledCodeEntry *entries, size_t mask,
                               PyCodeObject *code) {
  size_t slot = (((uintptr_t)code >> 4) * 0x9E3779B97F4A7C15u >> 20) & mask;
  while (entries[slot].code != NULL && entries[slot].code != code) {
    slot = (slot + 1) & mask;
  }
  return slot;
}

static int AddCompiledCode(PyCodeObject *code, const NuitkaCC_GeneratorCode *info) {
  if (compiled_codes == NULL || 2 * (compiled_codes_count + 1) > compiled_codes_mask + 1) {
    size_t size = compiled_codes == NULL ? 64 : 2 * (compiled_codes_mask + 1);
    CompiledCodeEntry *bigger = PyMem_RawCalloc(size, sizeof(CompiledCodeEntry));
    if (unlikely(bigger == NULL)) {
      PyErr_NoMemory();
      return -1;
    }
    for (size_t i = 0; compiled_codes != NULL && i <= compiled_codes_mask; ++i) {
      if (compiled_codes[i].code != NULL) {
        bigger[ProbeSlot(bigger, size - 1, compiled_codes[i].code)] = compiled_codes[i];
      }
    }
    PyMem_RawFree(compiled_codes);
    compiled_codes = bigger;
    compiled_codes_mask = size - 1;
  }
  CompiledCodeEntry *entry =
      &compiled_codes[ProbeSlot(compiled_codes, compiled_codes_mask, code)];
  if (entry->code == NULL) {
    compiled_codes_count++;
  }
  entry->code = code;
  entry->info = info;
  return 0;
}

/* The native resume of a generator frame, or NULL when it runs bytecode: its
 * code is not compiled, or its function was made from the code object by
 * other means than the compiled generator function. */
static inline const NuitkaCC_GeneratorCode *CompiledFrame(_PyInterpreterFrame *frame) {
  if (compiled_codes == NULL) {
    return NULL;
  }
  const CompiledCodeEntry *entry =
      &compiled_codes[ProbeSlot(compiled_codes, compiled_codes_mask, frame->f_code)];
  if (entry->code == NULL || frame->f_func->vectorcall != entry->info->entry) {
    return NULL;
  }
  return entry->info;
}

/* Compiled generators created and not finished. The frame evaluator is
 * installed only while there are any: with it, the interpreter does not
 * inline calls between Python functions. */
static Py_ssize_t live_generators = 0;

static PyObject *EvalFrame(PyThreadState *tstate, _PyInterpreterFrame *frame,
                           int throwflag) {
  if (frame->owner == FRAME_OWNED_BY_GENERATOR) {
    const NuitkaCC_GeneratorCode *info = CompiledFrame(frame);
    if (info != NULL) {
      return info->resume(tstate, frame, throwflag);
    }
  }
  return _PyEval_EvalFrameDefault(tstate, frame, throwflag);
}

/* next() and PyIter_Send() on generators: CPython's gen_iternext and
 * PyGen_am_send, replaced in the generator type so that resuming a
 * compiled generator calls its resume function directly. Everything else
 * (bytecode generators, finished or running ones, send(), throw(),
 * close()) is CPython's own code. */
static iternextfunc generator_iternext = NULL;
static sendfunc generator_am_send = NULL;
static PyAsyncMethods generator_as_async;

/* Whether the generator is suspended (or not started and sent None) with a
 * frame of compiled code: the cases the direct resume handles. */
static inline const NuitkaCC_GeneratorCode *DirectlyResumable(PyGenObject *gen,
                                                             PyObject *arg) {
  if (gen->gi_frame_state != FRAME_SUSPENDED &&
      (gen->gi_frame_state != FRAME_CREATED || (arg != NULL && arg != Py_None))) {
    return NULL;
  }
  return CompiledFrame((_PyInterpreterFrame *)gen->gi_iframe);
}

/* What CPython's generator code does around evaluating the frame: the
 * value sent goes on the stack, the generator's exception state is
 * chained, and a generator that did not yield is finished and its frame
 * cleared. `arg` NULL: next(), where returning None ends the iteration
 * without a value. */
static PySendResult ResumeDirectly(PyGenObject *gen, const NuitkaCC_GeneratorCode *info,
                                   PyObject *arg, PyObject **presult) {
  PyThreadState *tstate = _PyThreadState_GET();
  _PyInterpreterFrame *frame = (_PyInterpreterFrame *)gen->gi_iframe;
  _PyFrame_StackPush(frame, Py_NewRef(arg != NULL ? arg : Py_None));
  frame->previous = tstate->cframe->current_frame;
  gen->gi_exc_state.previous_item = tstate->exc_info;
  tstate->exc_info = &gen->gi_exc_state;
  gen->gi_frame_state = FRAME_EXECUTING;
  PyObject *result = info->resume(tstate, frame, 0);
  tstate->exc_info = gen->gi_exc_state.previous_item;
  gen->gi_exc_state.previous_item = NULL;
  frame->previous = NULL;
  if (likely(result != NULL) && gen->gi_frame_state == FRAME_SUSPENDED) {
    *presult = result;
    return PYGEN_NEXT;
  }
  if (result == NULL) {
    /* PEP 479. */
    if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
      _PyErr_FormatFromCause(PyExc_RuntimeError, "generator raised StopIteration");
    }
  } else if (result == Py_None && arg == NULL) {
    Py_CLEAR(result);
  }
  _PyErr_ClearExcState(&gen->gi_exc_state);
  gen->gi_frame_state = FRAME_CLEARED;
  _PyFrame_Clear(frame);
  *presult = result;
  return result != NULL ? PYGEN_RETURN : PYGEN_ERROR;
}

static PyObject *GeneratorIterNext(PyObject *self) {
  PyGenObject *gen = (PyGenObject *)self;
  const NuitkaCC_GeneratorCode *info = DirectlyResumable(gen, NULL);
  if (info == NULL) {
    return generator_iternext(self);
  }
  PyObject *result;
  if (ResumeDirectly(gen, info, NULL, &result) == PYGEN_RETURN) {
    if (result != Py_None) {
      _PyGen_SetStopIterationValue(result);
    }
    Py_CLEAR(result);
  }
  return result;
}

static PySendResult GeneratorSend(PyObject *self, PyObject *arg, PyObject **presult) {
  PyGenObject *gen = (PyGenObject *)self;
  const NuitkaCC_GeneratorCode *info = DirectlyResumable(gen, arg);
  if (info == NULL) {
    return generator_am_send(self, arg, presult);
  }
  return ResumeDirectly(gen, info, arg, presult);
}

static void ReplaceGeneratorSlots(void) {
  generator_iternext = PyGen_Type.tp_iternext;
  generator_am_send = PyGen_Type.tp_as_async->am_send;
  generator_as_async = *PyGen_Type.tp_as_async;
  generator_as_async.am_send = GeneratorSend;
  PyGen_Type.tp_as_async = &generator_as_async;
  PyGen_Type.tp_iternext = GeneratorIterNext;
}

int NuitkaCC_Generator_RegisterCode(PyCodeObject **code, int stack_slots,
                                    const NuitkaCC_GeneratorCode *info) {
  if (generator_iternext == NULL) {
    ReplaceGeneratorSlots();
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
  return AddCompiledCode(*code, info);
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

void NuitkaCC_Generator_EnterFailed(PyThreadState *tstate) {
  GeneratorDone(tstate);
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
