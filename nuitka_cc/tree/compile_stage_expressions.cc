// The compile-stage walk over expressions: `yield` and `await` against the
// enclosing unit, starred expressions, keyword arguments, lambdas and
// comprehensions (each its own unit), and conditions.
#include <climits>

#include "nuitka_cc/tree/compile_stage_walker.h"

namespace nuitka_cc {
namespace compile_stage {

bool CompileStageWalker::VisitExpressions(asdl_expr_seq* expressions) {
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(expressions); ++i) {
    if (!VisitExpression(asdl_seq_GET(expressions, i))) return false;
  }
  return true;
}

// An expression owns the location while it is compiled; the enclosing
// location comes back afterwards.
bool CompileStageWalker::VisitExpression(expr_ty e) {
  Location outer = unit().location;
  SetLocation(LocationOf(e));
  if (!VisitExpressionHere(e)) return false;
  SetLocation(outer);
  return true;
}

bool CompileStageWalker::VisitExpressionHere(expr_ty e) {
  switch (e->kind) {
    case NamedExpr_kind:
      return VisitExpression(e->v.NamedExpr.value) &&
             VisitExpression(e->v.NamedExpr.target);
    case BoolOp_kind:
      return VisitExpressions(e->v.BoolOp.values);
    case BinOp_kind:
      return VisitExpression(e->v.BinOp.left) &&
             VisitExpression(e->v.BinOp.right);
    case UnaryOp_kind:
      return VisitExpression(e->v.UnaryOp.operand);
    case Lambda_kind:
      return VisitLambda(e);
    case IfExp_kind:
      return VisitCondition(e->v.IfExp.test) &&
             VisitExpression(e->v.IfExp.body) &&
             VisitExpression(e->v.IfExp.orelse);
    case Dict_kind:
      // Keys and values in source order; `**` entries have no key.
      for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Dict.values); ++i) {
        expr_ty key = asdl_seq_GET(e->v.Dict.keys, i);
        if (key != nullptr && !VisitExpression(key)) return false;
        if (!VisitExpression(asdl_seq_GET(e->v.Dict.values, i))) return false;
      }
      return true;
    case Set_kind:
      return VisitSequenceElements(e->v.Set.elts);
    case GeneratorExp_kind:
      return VisitComprehension(e, ComprehensionKind::kGenerator,
                                e->v.GeneratorExp.generators,
                                e->v.GeneratorExp.elt, nullptr);
    case ListComp_kind:
      return VisitComprehension(e, ComprehensionKind::kList,
                                e->v.ListComp.generators, e->v.ListComp.elt,
                                nullptr);
    case SetComp_kind:
      return VisitComprehension(e, ComprehensionKind::kSet,
                                e->v.SetComp.generators, e->v.SetComp.elt,
                                nullptr);
    case DictComp_kind:
      return VisitComprehension(e, ComprehensionKind::kDict,
                                e->v.DictComp.generators, e->v.DictComp.key,
                                e->v.DictComp.value);
    case Yield_kind:
    case YieldFrom_kind:
      return VisitYield(e);
    case Await_kind:
      return VisitAwait(e);
    case Compare_kind:
      return CheckComparison(e) && VisitExpression(e->v.Compare.left) &&
             VisitExpressions(e->v.Compare.comparators);
    case Call_kind:
      return VisitCall(e);
    case Constant_kind:
      return true;
    case JoinedStr_kind:
      return VisitExpressions(e->v.JoinedStr.values);
    case FormattedValue_kind:
      if (!VisitExpression(e->v.FormattedValue.value)) return false;
      return e->v.FormattedValue.format_spec == nullptr ||
             VisitExpression(e->v.FormattedValue.format_spec);
    case Attribute_kind:
      return VisitAttribute(e);
    case Subscript_kind:
      if (e->v.Subscript.ctx == Load && !CheckSubscript(e)) return false;
      return VisitExpression(e->v.Subscript.value) &&
             VisitExpression(e->v.Subscript.slice);
    case Starred_kind:
      // Displays, calls and unpacking targets take their starred elements
      // apart; one that reaches here stands where no unpacking happens.
      if (e->v.Starred.ctx == Store) {
        return Error("starred assignment target must be in a list or tuple");
      }
      return Error("can't use starred expression here");
    case Slice_kind:
      if (e->v.Slice.lower != nullptr && !VisitExpression(e->v.Slice.lower)) {
        return false;
      }
      if (e->v.Slice.upper != nullptr && !VisitExpression(e->v.Slice.upper)) {
        return false;
      }
      return e->v.Slice.step == nullptr || VisitExpression(e->v.Slice.step);
    case Name_kind:
      return ForbiddenName(e->v.Name.id, e->v.Name.ctx);
    case List_kind:
    case Tuple_kind: {
      bool is_list = e->kind == List_kind;
      asdl_expr_seq* elements = is_list ? e->v.List.elts : e->v.Tuple.elts;
      expr_context_ty context = is_list ? e->v.List.ctx : e->v.Tuple.ctx;
      if (context == Store) return VisitAssignmentTargets(elements);
      if (context == Load) return VisitSequenceElements(elements);
      return VisitExpressions(elements);
    }
  }
  return true;
}

// A condition is compiled into jumps: `not`, `and`/`or` and `x if c else y`
// are taken apart, and a comparison claims the location without giving it
// back, which later errors of the same statement can show.
bool CompileStageWalker::VisitCondition(expr_ty e) {
  switch (e->kind) {
    case UnaryOp_kind:
      if (e->v.UnaryOp.op == Not) return VisitCondition(e->v.UnaryOp.operand);
      break;
    case BoolOp_kind:
      for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.BoolOp.values); ++i) {
        if (!VisitCondition(asdl_seq_GET(e->v.BoolOp.values, i))) return false;
      }
      return true;
    case IfExp_kind:
      return VisitCondition(e->v.IfExp.test) &&
             VisitCondition(e->v.IfExp.body) &&
             VisitCondition(e->v.IfExp.orelse);
    case Compare_kind:
      SetLocation(LocationOf(e));
      if (asdl_seq_LEN(e->v.Compare.ops) > 1) {
        return CheckComparison(e) && VisitExpression(e->v.Compare.left) &&
               VisitExpressions(e->v.Compare.comparators);
      }
      break;
    default:
      break;
  }
  return VisitExpression(e);
}

// Elements of a list, tuple or set display, or positional arguments: a
// starred element is unpacked, so only its value is compiled.
bool CompileStageWalker::VisitSequenceElements(asdl_expr_seq* elements) {
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(elements); ++i) {
    expr_ty element = asdl_seq_GET(elements, i);
    if (element->kind == Starred_kind) element = element->v.Starred.value;
    if (!VisitExpression(element)) return false;
  }
  return true;
}

// An unpacking target: at most one starred element, with fewer than 256
// targets before it (the limit of UNPACK_EX), checked before any element is
// compiled.
bool CompileStageWalker::VisitAssignmentTargets(asdl_expr_seq* elements) {
  Py_ssize_t count = asdl_seq_LEN(elements);
  bool seen_star = false;
  for (Py_ssize_t i = 0; i < count; ++i) {
    if (asdl_seq_GET(elements, i)->kind != Starred_kind) continue;
    if (seen_star) {
      return Error("multiple starred expressions in assignment");
    }
    if (i >= (1 << 8) || count - i - 1 >= (INT_MAX >> 8)) {
      return Error("too many expressions in star-unpacking assignment");
    }
    seen_star = true;
  }
  return VisitSequenceElements(elements);
}

// Keywords are validated before anything of the call is compiled.
bool CompileStageWalker::VisitCall(expr_ty e) {
  if (!ValidateKeywords(e->v.Call.keywords)) return false;
  if (!CheckCallable(e->v.Call.func)) return false;
  if (!VisitExpression(e->v.Call.func)) return false;
  return VisitCallArguments(e->v.Call.args, e->v.Call.keywords);
}

// Arguments of a call or of a class statement's bases.
bool CompileStageWalker::VisitCallArguments(asdl_expr_seq* args,
                                            asdl_keyword_seq* keywords) {
  if (!ValidateKeywords(keywords)) return false;
  if (!VisitSequenceElements(args)) return false;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(keywords); ++i) {
    if (!VisitExpression(asdl_seq_GET(keywords, i)->value)) return false;
  }
  return true;
}

// Each named keyword in turn: first whether it is `__debug__` (at the
// call's location), then whether a later keyword repeats it (at the later
// keyword's location).
bool CompileStageWalker::ValidateKeywords(asdl_keyword_seq* keywords) {
  Py_ssize_t count = asdl_seq_LEN(keywords);
  for (Py_ssize_t i = 0; i < count; ++i) {
    keyword_ty keyword = asdl_seq_GET(keywords, i);
    if (keyword->arg == nullptr) continue;
    if (!ForbiddenName(keyword->arg, Store)) return false;
    for (Py_ssize_t j = i + 1; j < count; ++j) {
      keyword_ty other = asdl_seq_GET(keywords, j);
      if (other->arg == nullptr) continue;
      int compared = PyUnicode_Compare(keyword->arg, other->arg);
      if (compared == -1 && PyErr_Occurred()) return false;
      if (compared == 0) {
        SetLocation(LocationOf(other));
        return ErrorObject(PyUnicode_FromFormat("keyword argument repeated: %U",
                                                keyword->arg));
      }
    }
  }
  return true;
}

// Positional defaults, then keyword-only defaults, in the enclosing unit.
bool CompileStageWalker::VisitDefaults(arguments_ty args) {
  if (!VisitExpressions(args->defaults)) return false;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(args->kwonlyargs); ++i) {
    expr_ty value = asdl_seq_GET(args->kw_defaults, i);
    if (value != nullptr && !VisitExpression(value)) return false;
  }
  return true;
}

// Parameter annotations are evaluated at definition time unless
// `from __future__ import annotations` is in effect. CPython takes the
// regular parameters before the positional-only ones.
bool CompileStageWalker::VisitAnnotations(arguments_ty args, expr_ty returns) {
  if (FutureAnnotations()) return true;
  auto visit_sequence = [this](asdl_arg_seq* sequence) {
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(sequence); ++i) {
      if (!VisitArgumentAnnotation(asdl_seq_GET(sequence, i)->annotation)) {
        return false;
      }
    }
    return true;
  };
  if (!visit_sequence(args->args)) return false;
  if (!visit_sequence(args->posonlyargs)) return false;
  if (args->vararg != nullptr &&
      !VisitArgumentAnnotation(args->vararg->annotation)) {
    return false;
  }
  if (!visit_sequence(args->kwonlyargs)) return false;
  if (args->kwarg != nullptr &&
      !VisitArgumentAnnotation(args->kwarg->annotation)) {
    return false;
  }
  return VisitArgumentAnnotation(returns);
}

// `*args: *Ts` unpacks the annotation, so only the starred value compiles.
bool CompileStageWalker::VisitArgumentAnnotation(expr_ty annotation) {
  if (annotation == nullptr) return true;
  if (annotation->kind == Starred_kind) {
    return VisitExpression(annotation->v.Starred.value);
  }
  return VisitExpression(annotation);
}

bool CompileStageWalker::VisitLambda(expr_ty e) {
  arguments_ty args = e->v.Lambda.args;
  if (!CheckArgumentNames(args)) return false;
  if (!VisitDefaults(args)) return false;
  if (!EnterScope(ScopeKind::kLambda, e, e->lineno)) return false;
  if (!VisitExpression(e->v.Lambda.body)) return false;
  ExitScope();
  return true;
}

// Lambdas and comprehensions are function blocks, so `yield` passes the
// first test there (the symbol table already rejected it in
// comprehensions); class bodies and modules are not. `yield from` reports
// the same text as `yield` outside a function.
bool CompileStageWalker::VisitYield(expr_ty e) {
  if (!InFunctionBlock()) return Error("'yield' outside function");
  if (e->kind == Yield_kind) {
    return e->v.Yield.value == nullptr || VisitExpression(e->v.Yield.value);
  }
  if (unit().kind == ScopeKind::kAsyncFunction) {
    return Error("'yield from' inside async function");
  }
  return VisitExpression(e->v.YieldFrom.value);
}

// Inside a comprehension `await` is let through here: the comprehension
// becomes asynchronous and is judged where it is created.
bool CompileStageWalker::VisitAwait(expr_ty e) {
  if (!InFunctionBlock()) return Error("'await' outside function");
  if (unit().kind != ScopeKind::kAsyncFunction &&
      unit().kind != ScopeKind::kComprehension) {
    return Error("'await' outside async function");
  }
  return VisitExpression(e->v.Await.value);
}

bool CompileStageWalker::VisitAttribute(expr_ty e) {
  if (!VisitExpression(e->v.Attribute.value)) return false;
  MoveStartToAttributeName(e);
  if (e->v.Attribute.ctx != Store) return true;
  return ForbiddenName(e->v.Attribute.attr, Store);
}

// When an attribute access spans lines, CPython points at the attribute
// name rather than at the start of the object expression.
void CompileStageWalker::MoveStartToAttributeName(expr_ty attribute) {
  Location& at = unit().location;
  if (at.lineno == attribute->end_lineno) return;
  at.lineno = attribute->end_lineno;
  int length =
      static_cast<int>(PyUnicode_GET_LENGTH(attribute->v.Attribute.attr));
  if (length <= attribute->end_col_offset) {
    at.col_offset = attribute->end_col_offset - length;
  } else {
    at.col_offset = -1;
    at.end_col_offset = -1;
  }
  if (at.end_lineno < at.lineno) at.end_lineno = at.lineno;
  if (at.lineno == at.end_lineno && at.end_col_offset < at.col_offset) {
    at.end_col_offset = at.col_offset;
  }
}

// A comprehension is a unit of its own whose outermost iterable is
// evaluated outside, after the body. An asynchronous list, set or dict
// comprehension (`async for`, or `await` inside) may only be created in an
// async function or in another comprehension.
bool CompileStageWalker::VisitComprehension(expr_ty e, ComprehensionKind kind,
                                            asdl_comprehension_seq* generators,
                                            expr_ty element, expr_ty value) {
  ScopeKind outer = unit().kind;
  if (!EnterScope(ScopeKind::kComprehension, e, e->lineno)) return false;
  SetLocation(LocationOf(e));
  if (entry()->ste_coroutine && kind != ComprehensionKind::kGenerator &&
      outer != ScopeKind::kAsyncFunction &&
      outer != ScopeKind::kComprehension) {
    return Error(
        "asynchronous comprehension outside of an asynchronous function");
  }
  if (!VisitComprehensionGenerator(generators, 0, element, value)) {
    return false;
  }
  ExitScope();
  return VisitExpression(asdl_seq_GET(generators, 0)->iter);
}

// One `for` clause and everything inside it. An `async for` clause pushes
// a frame block, so deeply nested ones hit the block limit; the conditions
// may leave their location behind for that error.
bool CompileStageWalker::VisitComprehensionGenerator(
    asdl_comprehension_seq* generators, Py_ssize_t index, expr_ty element,
    expr_ty value) {
  comprehension_ty generator = asdl_seq_GET(generators, index);
  if (index > 0) {
    // `for y in [f(x)]` assigns the single element directly.
    expr_ty iter = generator->iter;
    asdl_expr_seq* single = nullptr;
    if (iter->kind == List_kind) single = iter->v.List.elts;
    if (iter->kind == Tuple_kind) single = iter->v.Tuple.elts;
    if (asdl_seq_LEN(single) == 1 &&
        asdl_seq_GET(single, 0)->kind != Starred_kind) {
      iter = asdl_seq_GET(single, 0);
    }
    if (!VisitExpression(generator->is_async ? generator->iter : iter)) {
      return false;
    }
  }
  if (generator->is_async &&
      !PushBlock(FrameBlockKind::kAsyncComprehensionGenerator)) {
    return false;
  }
  if (!VisitExpression(generator->target)) return false;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(generator->ifs); ++i) {
    if (!VisitCondition(asdl_seq_GET(generator->ifs, i))) return false;
  }
  if (index + 1 < asdl_seq_LEN(generators)) {
    if (!VisitComprehensionGenerator(generators, index + 1, element, value)) {
      return false;
    }
  } else {
    if (!VisitExpression(element)) return false;
    if (value != nullptr && !VisitExpression(value)) return false;
  }
  if (generator->is_async) PopBlock();
  return true;
}

}  // namespace compile_stage
}  // namespace nuitka_cc
