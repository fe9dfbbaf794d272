// The compile-stage walk over statements: definitions, `return`, `break`
// and `continue` with the unwinding of frame blocks they cause, loops,
// `try`, `with`, imports and assignments.
#include "nuitka_cc/tree/compile_stage_walker.h"

namespace nuitka_cc {
namespace compile_stage {

bool CompileStageWalker::VisitStatements(asdl_stmt_seq* statements) {
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(statements); ++i) {
    if (!VisitStatement(asdl_seq_GET(statements, i))) return false;
  }
  return true;
}

// The body of a module or class. A module starts out at its first
// statement; a docstring needs no special case, as constants raise nothing.
bool CompileStageWalker::VisitBody(asdl_stmt_seq* statements) {
  if (unit().kind == ScopeKind::kModule && asdl_seq_LEN(statements) > 0) {
    SetLocation(LocationOf(asdl_seq_GET(statements, 0)));
  }
  return VisitStatements(statements);
}

bool CompileStageWalker::VisitStatement(stmt_ty s) {
  SetLocation(LocationOf(s));
  switch (s->kind) {
    case FunctionDef_kind:
      return VisitFunction(s, false);
    case AsyncFunctionDef_kind:
      return VisitFunction(s, true);
    case ClassDef_kind:
      return VisitClass(s);
    case Return_kind:
      return VisitReturn(s);
    case Delete_kind:
      return VisitExpressions(s->v.Delete.targets);
    case Assign_kind:
      return VisitExpression(s->v.Assign.value) &&
             VisitExpressions(s->v.Assign.targets);
    case AugAssign_kind:
      return VisitAugmentedAssignment(s);
    case AnnAssign_kind:
      return VisitAnnotatedAssignment(s);
    case For_kind:
      return VisitFor(s);
    case AsyncFor_kind:
      return VisitAsyncFor(s);
    case While_kind:
      return VisitWhile(s);
    case If_kind:
      return VisitCondition(s->v.If.test) && VisitStatements(s->v.If.body) &&
             VisitStatements(s->v.If.orelse);
    case Match_kind:
      return VisitMatch(s);
    case Raise_kind:
      if (s->v.Raise.exc == nullptr) return true;
      if (!VisitExpression(s->v.Raise.exc)) return false;
      return s->v.Raise.cause == nullptr || VisitExpression(s->v.Raise.cause);
    case Try_kind:
      if (asdl_seq_LEN(s->v.Try.finalbody) > 0) {
        return VisitTryFinally(s, false);
      }
      return VisitTryExcept(s);
    case TryStar_kind:
      if (asdl_seq_LEN(s->v.TryStar.finalbody) > 0) {
        return VisitTryFinally(s, true);
      }
      return VisitTryStarExcept(s);
    case Assert_kind:
      // Without -O the test and the message are compiled; the raise then
      // takes the test's location.
      if (!CheckAssertion(s)) return false;
      if (!VisitCondition(s->v.Assert.test)) return false;
      if (s->v.Assert.msg != nullptr && !VisitExpression(s->v.Assert.msg)) {
        return false;
      }
      SetLocation(LocationOf(s->v.Assert.test));
      return true;
    case Import_kind:
      return VisitImport(s);
    case ImportFrom_kind:
      return VisitImportFrom(s);
    case Expr_kind:
      // A constant statement (docstrings included) compiles to nothing.
      if (s->v.Expr.value->kind == Constant_kind) return true;
      return VisitExpression(s->v.Expr.value);
    case With_kind:
      return VisitWith(s, 0);
    case AsyncWith_kind:
      return VisitAsyncWith(s, 0);
    case Break_kind:
      return VisitLoopExit(true);
    case Continue_kind:
      return VisitLoopExit(false);
    case Global_kind:
    case Nonlocal_kind:
    case Pass_kind:
      return true;
  }
  return true;
}

// Parameter names first, then decorators, defaults and annotations in the
// enclosing unit, then the body in its own unit, and last the store of the
// function's name, so errors in the body come before `def __debug__`.
bool CompileStageWalker::VisitFunction(stmt_ty s, bool is_async) {
  arguments_ty args =
      is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
  expr_ty returns =
      is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns;
  asdl_expr_seq* decorators = is_async ? s->v.AsyncFunctionDef.decorator_list
                                       : s->v.FunctionDef.decorator_list;
  PyObject* name =
      is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
  asdl_stmt_seq* body =
      is_async ? s->v.AsyncFunctionDef.body : s->v.FunctionDef.body;

  if (!CheckArgumentNames(args)) return false;
  if (!VisitExpressions(decorators)) return false;
  if (!VisitDefaults(args)) return false;
  if (!VisitAnnotations(args, returns)) return false;

  int first_lineno = asdl_seq_LEN(decorators) > 0
                         ? asdl_seq_GET(decorators, 0)->lineno
                         : s->lineno;
  ScopeKind kind = is_async ? ScopeKind::kAsyncFunction : ScopeKind::kFunction;
  if (!EnterScope(kind, s, first_lineno)) return false;
  if (!VisitStatements(body)) return false;
  ExitScope();
  return ForbiddenName(name, Store);
}

// Decorators, then the body, and only then the bases and keywords, which
// CPython evaluates as the arguments of the __build_class__ call.
bool CompileStageWalker::VisitClass(stmt_ty s) {
  asdl_expr_seq* decorators = s->v.ClassDef.decorator_list;
  if (!VisitExpressions(decorators)) return false;
  int first_lineno = asdl_seq_LEN(decorators) > 0
                         ? asdl_seq_GET(decorators, 0)->lineno
                         : s->lineno;
  if (!EnterScope(ScopeKind::kClass, s, first_lineno)) return false;
  if (!VisitBody(s->v.ClassDef.body)) return false;
  ExitScope();
  if (!VisitCallArguments(s->v.ClassDef.bases, s->v.ClassDef.keywords)) {
    return false;
  }
  return ForbiddenName(s->v.ClassDef.name, Store);
}

// A constant return value (after folding) is not kept on the stack while
// `finally` blocks run, and it moves the location onto the value when it
// is on the statement's line.
bool CompileStageWalker::VisitReturn(stmt_ty s) {
  expr_ty value = s->v.Return.value;
  if (!InFunctionBlock()) return Error("'return' outside function");
  if (value != nullptr && entry()->ste_coroutine && entry()->ste_generator) {
    return Error("'return' with value in async generator");
  }
  bool preserve_value = value != nullptr && value->kind != Constant_kind;
  if (preserve_value) {
    if (!VisitExpression(value)) return false;
  } else if (value != nullptr) {
    SetLocation(LocationOf(value));
  }
  if (value == nullptr || value->lineno != s->lineno) {
    SetLocation(LocationOf(s));
  }
  return UnwindBlockStack(preserve_value, nullptr);
}

// `break` and `continue` unwind up to the innermost loop of their unit and
// report a missing loop at their own location.
bool CompileStageWalker::VisitLoopExit(bool is_break) {
  Location statement = unit().location;
  bool found_loop = false;
  if (!UnwindBlockStack(false, &found_loop)) return false;
  if (found_loop) return true;
  SetLocation(statement);
  return Error(is_break ? "'break' outside loop"
                        : "'continue' not properly in loop");
}

// Leaves blocks from the top down until a loop (when `found_loop` asks for
// one) or the bottom. Each block is popped while its exit code compiles and
// pushed back afterwards, as CPython does; an except* clause stops every
// jump out of it.
bool CompileStageWalker::UnwindBlockStack(bool preserve_value,
                                          bool* found_loop) {
  std::vector<FrameBlock>& blocks = unit().blocks;
  if (blocks.empty()) return true;
  FrameBlock top = blocks.back();
  if (top.kind == FrameBlockKind::kExceptionGroupHandler) {
    return Error(
        "'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (found_loop != nullptr && (top.kind == FrameBlockKind::kWhileLoop ||
                                top.kind == FrameBlockKind::kForLoop)) {
    *found_loop = true;
    return true;
  }
  blocks.pop_back();
  if (!UnwindBlock(top, preserve_value)) return false;
  if (!UnwindBlockStack(preserve_value, found_loop)) return false;
  unit().blocks.push_back(top);
  return true;
}

// What leaving one block compiles: a `finally` body again (above a block
// for the kept return value), or the `__exit__` call of a `with`, which
// leaves the location unset.
bool CompileStageWalker::UnwindBlock(const FrameBlock& block,
                                     bool preserve_value) {
  switch (block.kind) {
    case FrameBlockKind::kFinallyTry:
      if (preserve_value && !PushBlock(FrameBlockKind::kPopValue)) {
        return false;
      }
      if (!VisitStatements(block.final_body)) return false;
      if (preserve_value) PopBlock();
      UnsetLocation();
      return true;
    case FrameBlockKind::kWith:
    case FrameBlockKind::kAsyncWith:
      UnsetLocation();
      return true;
    default:
      return true;
  }
}

bool CompileStageWalker::VisitAugmentedAssignment(stmt_ty s) {
  expr_ty target = s->v.AugAssign.target;
  Location statement = unit().location;
  SetLocation(LocationOf(target));
  switch (target->kind) {
    case Attribute_kind:
      if (!VisitExpression(target->v.Attribute.value)) return false;
      break;
    case Subscript_kind:
      if (!VisitExpression(target->v.Subscript.value)) return false;
      if (!VisitExpression(target->v.Subscript.slice)) return false;
      break;
    default:
      break;
  }
  SetLocation(statement);
  if (!VisitExpression(s->v.AugAssign.value)) return false;
  SetLocation(LocationOf(target));
  // Only a plain name is checked on the store; `x.__debug__ += 1` passes.
  if (target->kind == Name_kind) return ForbiddenName(target->v.Name.id, Store);
  return true;
}

// The value and target first; then the annotation, which is only evaluated
// in modules and classes and not at all under `from __future__ import
// annotations`. A complex target without a value is evaluated for its
// parts.
bool CompileStageWalker::VisitAnnotatedAssignment(stmt_ty s) {
  expr_ty target = s->v.AnnAssign.target;
  bool has_value = s->v.AnnAssign.value != nullptr;
  bool evaluates_annotations =
      !FutureAnnotations() &&
      (unit().kind == ScopeKind::kModule || unit().kind == ScopeKind::kClass);
  if (has_value) {
    if (!VisitExpression(s->v.AnnAssign.value)) return false;
    if (!VisitExpression(target)) return false;
  }
  switch (target->kind) {
    case Name_kind:
      if (!ForbiddenName(target->v.Name.id, Store)) return false;
      if (s->v.AnnAssign.simple && evaluates_annotations &&
          !VisitExpression(s->v.AnnAssign.annotation)) {
        return false;
      }
      break;
    case Attribute_kind:
      if (!ForbiddenName(target->v.Attribute.attr, Store)) return false;
      if (!has_value && !VisitExpression(target->v.Attribute.value)) {
        return false;
      }
      break;
    case Subscript_kind:
      if (!has_value &&
          (!VisitExpression(target->v.Subscript.value) ||
           !VisitAnnotationSubscript(target->v.Subscript.slice))) {
        return false;
      }
      break;
    default:
      break;
  }
  if (!s->v.AnnAssign.simple && evaluates_annotations) {
    return VisitExpression(s->v.AnnAssign.annotation);
  }
  return true;
}

// The parts of `x[a:b, c]: T` one by one: a starred element is compiled on
// its own here and so is rejected.
bool CompileStageWalker::VisitAnnotationSubscript(expr_ty e) {
  switch (e->kind) {
    case Slice_kind:
      if (e->v.Slice.lower != nullptr && !VisitExpression(e->v.Slice.lower)) {
        return false;
      }
      if (e->v.Slice.upper != nullptr && !VisitExpression(e->v.Slice.upper)) {
        return false;
      }
      return e->v.Slice.step == nullptr || VisitExpression(e->v.Slice.step);
    case Tuple_kind:
      for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Tuple.elts); ++i) {
        if (!VisitAnnotationSubscript(asdl_seq_GET(e->v.Tuple.elts, i))) {
          return false;
        }
      }
      return true;
    default:
      return VisitExpression(e);
  }
}

// The loop block is pushed before the iterable is evaluated; the `else`
// body runs outside it, after the location was cleared.
bool CompileStageWalker::VisitFor(stmt_ty s) {
  if (!PushBlock(FrameBlockKind::kForLoop)) return false;
  if (!VisitExpression(s->v.For.iter)) return false;
  if (!VisitExpression(s->v.For.target)) return false;
  if (!VisitStatements(s->v.For.body)) return false;
  UnsetLocation();
  PopBlock();
  return VisitStatements(s->v.For.orelse);
}

bool CompileStageWalker::VisitAsyncFor(stmt_ty s) {
  if (unit().kind != ScopeKind::kAsyncFunction) {
    return Error("'async for' outside async function");
  }
  if (!VisitExpression(s->v.AsyncFor.iter)) return false;
  if (!PushBlock(FrameBlockKind::kForLoop)) return false;
  if (!VisitExpression(s->v.AsyncFor.target)) return false;
  if (!VisitStatements(s->v.AsyncFor.body)) return false;
  UnsetLocation();
  PopBlock();
  SetLocation(LocationOf(s->v.AsyncFor.iter));
  return VisitStatements(s->v.AsyncFor.orelse);
}

// The test is compiled twice, before the body and again at its end.
bool CompileStageWalker::VisitWhile(stmt_ty s) {
  if (!PushBlock(FrameBlockKind::kWhileLoop)) return false;
  if (!VisitCondition(s->v.While.test)) return false;
  if (!VisitStatements(s->v.While.body)) return false;
  SetLocation(LocationOf(s));
  if (!VisitCondition(s->v.While.test)) return false;
  PopBlock();
  return VisitStatements(s->v.While.orelse);
}

// try/finally and try/except*/finally: the `finally` body is compiled for
// the normal exit and again for the exceptional one, one block deeper.
bool CompileStageWalker::VisitTryFinally(stmt_ty s, bool is_star) {
  asdl_stmt_seq* final_body =
      is_star ? s->v.TryStar.finalbody : s->v.Try.finalbody;
  asdl_excepthandler_seq* handlers =
      is_star ? s->v.TryStar.handlers : s->v.Try.handlers;
  if (!PushBlock(FrameBlockKind::kFinallyTry, final_body)) return false;
  if (asdl_seq_LEN(handlers) > 0) {
    if (!(is_star ? VisitTryStarExcept(s) : VisitTryExcept(s))) return false;
  } else if (!VisitStatements(is_star ? s->v.TryStar.body : s->v.Try.body)) {
    return false;
  }
  PopBlock();
  if (!VisitStatements(final_body)) return false;
  UnsetLocation();
  if (!PushBlock(FrameBlockKind::kFinallyEnd)) return false;
  if (!VisitStatements(final_body)) return false;
  PopBlock();
  return true;
}

// The body, then `else`, then the handlers, each inside a cleanup block
// above the block for the running handler.
bool CompileStageWalker::VisitTryExcept(stmt_ty s) {
  if (!PushBlock(FrameBlockKind::kTryExcept)) return false;
  if (!VisitStatements(s->v.Try.body)) return false;
  PopBlock();
  if (!VisitStatements(s->v.Try.orelse)) return false;
  UnsetLocation();
  if (!PushBlock(FrameBlockKind::kExceptionHandler)) return false;
  Py_ssize_t count = asdl_seq_LEN(s->v.Try.handlers);
  for (Py_ssize_t i = 0; i < count; ++i) {
    excepthandler_ty handler = asdl_seq_GET(s->v.Try.handlers, i);
    SetLocation(LocationOf(handler));
    if (handler->v.ExceptHandler.type == nullptr && i < count - 1) {
      return Error("default 'except:' must be last");
    }
    if (handler->v.ExceptHandler.type != nullptr &&
        !VisitExpression(handler->v.ExceptHandler.type)) {
      return false;
    }
    if (handler->v.ExceptHandler.name != nullptr &&
        !ForbiddenName(handler->v.ExceptHandler.name, Store)) {
      return false;
    }
    if (!PushBlock(FrameBlockKind::kHandlerCleanup)) return false;
    if (!VisitStatements(handler->v.ExceptHandler.body)) return false;
    PopBlock();
    UnsetLocation();
  }
  PopBlock();
  return true;
}

// As try/except, but the `else` body comes after the handlers, and the
// handler block on the stack forbids jumping out of the clauses.
bool CompileStageWalker::VisitTryStarExcept(stmt_ty s) {
  if (!PushBlock(FrameBlockKind::kTryExcept)) return false;
  if (!VisitStatements(s->v.TryStar.body)) return false;
  PopBlock();
  UnsetLocation();
  if (!PushBlock(FrameBlockKind::kExceptionGroupHandler)) return false;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.TryStar.handlers); ++i) {
    excepthandler_ty handler = asdl_seq_GET(s->v.TryStar.handlers, i);
    SetLocation(LocationOf(handler));
    if (handler->v.ExceptHandler.type != nullptr &&
        !VisitExpression(handler->v.ExceptHandler.type)) {
      return false;
    }
    if (handler->v.ExceptHandler.name != nullptr &&
        !ForbiddenName(handler->v.ExceptHandler.name, Store)) {
      return false;
    }
    if (!PushBlock(FrameBlockKind::kHandlerCleanup)) return false;
    if (!VisitStatements(handler->v.ExceptHandler.body)) return false;
    PopBlock();
    UnsetLocation();
  }
  UnsetLocation();
  PopBlock();
  return VisitStatements(s->v.TryStar.orelse);
}

// Each item nests the rest: its context expression, its block, its target.
bool CompileStageWalker::VisitWith(stmt_ty s, Py_ssize_t position) {
  withitem_ty item = asdl_seq_GET(s->v.With.items, position);
  if (!VisitExpression(item->context_expr)) return false;
  if (!PushBlock(FrameBlockKind::kWith)) return false;
  if (item->optional_vars != nullptr && !VisitExpression(item->optional_vars)) {
    return false;
  }
  if (position + 1 == asdl_seq_LEN(s->v.With.items)) {
    if (!VisitStatements(s->v.With.body)) return false;
  } else if (!VisitWith(s, position + 1)) {
    return false;
  }
  UnsetLocation();
  PopBlock();
  SetLocation(LocationOf(s));
  return true;
}

bool CompileStageWalker::VisitAsyncWith(stmt_ty s, Py_ssize_t position) {
  if (unit().kind != ScopeKind::kAsyncFunction) {
    return Error("'async with' outside async function");
  }
  withitem_ty item = asdl_seq_GET(s->v.AsyncWith.items, position);
  if (!VisitExpression(item->context_expr)) return false;
  if (!PushBlock(FrameBlockKind::kAsyncWith)) return false;
  if (item->optional_vars != nullptr && !VisitExpression(item->optional_vars)) {
    return false;
  }
  if (position + 1 == asdl_seq_LEN(s->v.AsyncWith.items)) {
    if (!VisitStatements(s->v.AsyncWith.body)) return false;
  } else if (!VisitAsyncWith(s, position + 1)) {
    return false;
  }
  PopBlock();
  SetLocation(LocationOf(s));
  return true;
}

// `import a.b` binds `a`; `import a.b as c` binds `c`.
bool CompileStageWalker::VisitImport(stmt_ty s) {
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.Import.names); ++i) {
    alias_ty alias = asdl_seq_GET(s->v.Import.names, i);
    if (alias->asname != nullptr) {
      if (!ForbiddenName(alias->asname, Store)) return false;
      continue;
    }
    Py_ssize_t length = PyUnicode_GET_LENGTH(alias->name);
    Py_ssize_t dot = PyUnicode_FindChar(alias->name, '.', 0, length, 1);
    if (dot == -2) return false;
    PyObject* bound =
        PyUnicode_Substring(alias->name, 0, dot == -1 ? length : dot);
    if (bound == nullptr) return false;
    bool ok = ForbiddenName(bound, Store);
    Py_DECREF(bound);
    if (!ok) return false;
  }
  return true;
}

// The future statement analysis only looks at the module's top level; a
// future import nested anywhere after the last valid one is caught here.
bool CompileStageWalker::VisitImportFrom(stmt_ty s) {
  PyObject* module = s->v.ImportFrom.module;
  if (s->lineno > future_.ff_lineno && module != nullptr &&
      PyUnicode_CompareWithASCIIString(module, "__future__") == 0) {
    return Error(
        "from __future__ imports must occur at the beginning of the file");
  }
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(s->v.ImportFrom.names); ++i) {
    alias_ty alias = asdl_seq_GET(s->v.ImportFrom.names, i);
    if (i == 0 && PyUnicode_READ_CHAR(alias->name, 0) == '*') return true;
    PyObject* bound = alias->asname != nullptr ? alias->asname : alias->name;
    if (!ForbiddenName(bound, Store)) return false;
  }
  return true;
}

}  // namespace compile_stage
}  // namespace nuitka_cc
