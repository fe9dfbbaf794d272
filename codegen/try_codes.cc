// Try statements (StatementTry) and exceptions: handlers with the caught
// exception, publishing it as the exception being handled, re-raising,
// except-clause matching, and the handlers a try/finally has for break,
// continue and return.
//
// The tried block runs with the try's handlers as its exit targets. The
// except handler fetches the exception into three C variables; if its first
// statement publishes it, sys.exc_info() shows it until the handler is left
// (PUSH_EXC_INFO ... POP_EXCEPT). Every way out of a handler (falling off
// its end, break, continue, return, an error) passes through its cleanup:
// restore the exception handled before, release the caught one.
#include <Python.h>

#include "absl/strings/str_cat.h"
#include "codegen/codegen_internal.h"

namespace nuitka_cc {
namespace {

std::vector<const Node*> Statements(const Node* node) {
  std::vector<const Node*> result;
  if (node == nullptr) return result;
  if (node->kind() == NodeKind::kStatementsSequence) {
    for (const Node* statement : node->ChildrenIn(ChildRole::k_statements)) {
      result.push_back(statement);
    }
  } else {
    result.push_back(node);
  }
  return result;
}

const Node* Single(const Node* sequence, NodeKind kind) {
  std::vector<const Node*> statements = Statements(sequence);
  if (statements.size() != 1 || statements[0]->kind() != kind) return nullptr;
  return statements[0];
}

// The for loop's step, as the reformulation makes it:
//   try:
//       tmp_value = next(tmp_iterator)
//   except:                      (not published)
//       if caught type matches StopIteration: break
//       else: reraise
bool MatchForIter(const EmissionContext& ctx, const Node* node, const Node** assign,
                  const Node** next) {
  if (ctx.break_target() == nullptr || node->Child(ChildRole::k_break_handler) ||
      node->Child(ChildRole::k_continue_handler) || node->Child(ChildRole::k_return_handler)) {
    return false;
  }
  const Node* assignment =
      Single(node->Child(ChildRole::k_tried), NodeKind::kStatementAssignmentVariable);
  if (assignment == nullptr) return false;
  const Node* source = assignment->Child(ChildRole::k_source);
  if (source == nullptr || source->kind() != NodeKind::kExpressionBuiltinNext1) return false;
  const Node* conditional =
      Single(node->Child(ChildRole::k_except_handler), NodeKind::kStatementConditional);
  if (conditional == nullptr) return false;
  const Node* match = conditional->Child(ChildRole::k_condition);
  if (match == nullptr || match->kind() != NodeKind::kExpressionComparisonExceptionMatch) {
    return false;
  }
  const Node* left = match->Child(ChildRole::k_left);
  const Node* right = match->Child(ChildRole::k_right);
  if (left == nullptr || left->kind() != NodeKind::kExpressionCaughtExceptionTypeRef ||
      right == nullptr || right->kind() != NodeKind::kExpressionConstantRef ||
      right->constant() != PyExc_StopIteration) {
    return false;
  }
  if (Single(conditional->Child(ChildRole::k_yes_branch), NodeKind::kStatementLoopBreak) ==
      nullptr) {
    return false;
  }
  const Node* reraise = Single(conditional->Child(ChildRole::k_no_branch),
                               NodeKind::kStatementReraiseException);
  if (reraise == nullptr || !reraise->children().empty()) return false;
  *assign = assignment;
  *next = source;
  return true;
}

// FOR_ITER: the next item, or leave the loop when the iterator is
// exhausted (no StopIteration object is made for that).
void GenerateForIter(EmissionContext& ctx, const Node* assign, const Node* next) {
  CValue iterator = GenerateExpression(ctx, next->Child(ChildRole::k_value));
  ctx.SetPreferredPosition(next, {"FOR_ITER"});
  std::string item = ctx.NewTemp("tmp_for_item");
  ctx.Line(absl::StrCat(item, " = NuitkaCC_ForIterNext(tstate, ", iterator.expr, ");"));
  ctx.Release(iterator);
  ctx.Open(absl::StrCat("if (", item, " == NULL)"));
  ctx.ErrorCheck("_PyErr_Occurred(tstate)");
  ctx.Line(ctx.Goto(ctx.break_target()));
  ctx.Close();
  CValue value{item, true};
  ctx.Track(value);
  GenerateVariableAssign(ctx, assign, value);
}

// Emits, for each wrapper used, its labels, the cleanup and the jump on to
// the outer target.
void EmitWrappers(EmissionContext& ctx, const std::string& cleanup,
                  const std::vector<std::pair<ExitTarget*, ExitTarget*>>& wrappers) {
  for (const auto& [wrapper, outer] : wrappers) {
    if (wrapper == nullptr || !ctx.EmitTargetLabels(*wrapper)) continue;
    if (!cleanup.empty()) ctx.Line(cleanup);
    ctx.Line(ctx.ReleaseBetween(*outer, *wrapper) + ctx.Goto(outer));
  }
}

void GenerateExceptHandler(EmissionContext& ctx, const Node* handler, ExitTarget* end) {
  std::vector<const Node*> statements = Statements(handler);
  bool published =
      !statements.empty() && statements[0]->kind() == NodeKind::kStatementPublishException;
  CaughtException caught{ctx.NewTemp("exception_type"), ctx.NewTemp("exception_value"),
                         ctx.NewTemp("exception_tb")};
  ctx.Line(absl::StrCat("NuitkaCC_FetchCaughtException(tstate, &", caught.type_var, ", &",
                        caught.value_var, ", &", caught.tb_var, ");"));
  std::string saved;
  std::string cleanup;
  if (published) {
    saved = ctx.NewTemp("exception_previous");
    ctx.Line(absl::StrCat(saved, " = NuitkaCC_PublishException(tstate, ", caught.value_var,
                          ");"));
    cleanup = absl::StrCat("NuitkaCC_UnpublishException(tstate, ", saved, "); ", saved,
                           " = NULL; ");
  }
  absl::StrAppend(&cleanup, "Py_CLEAR(", caught.type_var, "); Py_CLEAR(", caught.value_var,
                  "); Py_CLEAR(", caught.tb_var, ");");

  std::unique_ptr<ExitTarget> error = ctx.NewTarget("handler_error");
  std::unique_ptr<ExitTarget> on_break, on_continue, on_return;
  ReturnTarget return_target;
  ExitTarget* outer_error = ctx.error_target();
  ExitTarget* outer_break = ctx.break_target();
  ExitTarget* outer_continue = ctx.continue_target();
  ReturnTarget* outer_return = ctx.return_target();
  {
    TargetsGuard guard(ctx);
    ctx.set_error_target(error.get());
    if (outer_break != nullptr) {
      on_break = ctx.NewTarget("handler_break");
      ctx.set_break_target(on_break.get());
    }
    if (outer_continue != nullptr) {
      on_continue = ctx.NewTarget("handler_continue");
      ctx.set_continue_target(on_continue.get());
    }
    if (outer_return != nullptr) {
      on_return = ctx.NewTarget("handler_return");
      return_target = {on_return.get(), outer_return->value_var};
      ctx.set_return_target(&return_target);
    }
    ctx.PushCaught(caught);
    std::vector<std::string> held = {caught.type_var, caught.value_var, caught.tb_var};
    if (!saved.empty()) held.push_back(saved);
    ctx.PushHeld(std::move(held));
    for (size_t i = published ? 1 : 0; i < statements.size(); ++i) {
      GenerateStatement(ctx, statements[i]);
      if (ctx.failed()) break;
    }
    ctx.PopHeld();
    ctx.PopCaught();
  }
  ctx.Line(cleanup);
  ctx.Line(ctx.Goto(end));
  EmitWrappers(ctx, cleanup,
               {{error.get(), outer_error},
                {on_break.get(), outer_break},
                {on_continue.get(), outer_continue},
                {on_return.get(), outer_return != nullptr ? outer_return->exit : nullptr}});
}

// try/finally's copy of the final block for a return: the return value is
// pending; leaving otherwise than by returning drops it.
void GenerateReturnHandler(EmissionContext& ctx, const Node* handler,
                           const std::string& value_var, ExitTarget* end) {
  std::string cleanup = absl::StrCat("Py_CLEAR(", value_var, ");");
  std::unique_ptr<ExitTarget> error = ctx.NewTarget("return_handler_error");
  std::unique_ptr<ExitTarget> on_break, on_continue;
  ExitTarget* outer_error = ctx.error_target();
  ExitTarget* outer_break = ctx.break_target();
  ExitTarget* outer_continue = ctx.continue_target();
  {
    TargetsGuard guard(ctx);
    ctx.set_error_target(error.get());
    if (outer_break != nullptr) {
      on_break = ctx.NewTarget("return_handler_break");
      ctx.set_break_target(on_break.get());
    }
    if (outer_continue != nullptr) {
      on_continue = ctx.NewTarget("return_handler_continue");
      ctx.set_continue_target(on_continue.get());
    }
    // A yield in the final block keeps the pending value.
    ctx.PushHeld({value_var});
    GenerateStatementSequence(ctx, handler);
    ctx.PopHeld();
  }
  ctx.Line(cleanup);
  ctx.Line(ctx.Goto(end));
  EmitWrappers(ctx, cleanup,
               {{error.get(), outer_error},
                {on_break.get(), outer_break},
                {on_continue.get(), outer_continue}});
}

}  // namespace

void GenerateTryStatement(EmissionContext& ctx, const Node* node) {
  const Node* assign = nullptr;
  const Node* next = nullptr;
  if (MatchForIter(ctx, node, &assign, &next)) {
    GenerateForIter(ctx, assign, next);
    return;
  }
  const Node* except = node->Child(ChildRole::k_except_handler);
  const Node* on_break = node->Child(ChildRole::k_break_handler);
  const Node* on_continue = node->Child(ChildRole::k_continue_handler);
  const Node* on_return = node->Child(ChildRole::k_return_handler);

  std::unique_ptr<ExitTarget> except_target, break_target, continue_target, return_exit;
  ReturnTarget return_target;
  std::string return_value;
  {
    TargetsGuard guard(ctx);
    if (except != nullptr) {
      except_target = ctx.NewTarget("try_except");
      ctx.set_error_target(except_target.get());
    }
    if (on_break != nullptr && ctx.break_target() != nullptr) {
      break_target = ctx.NewTarget("try_break");
      ctx.set_break_target(break_target.get());
    }
    if (on_continue != nullptr && ctx.continue_target() != nullptr) {
      continue_target = ctx.NewTarget("try_continue");
      ctx.set_continue_target(continue_target.get());
    }
    if (on_return != nullptr) {
      if (ctx.return_target() == nullptr) {
        ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE return handler without a "
                                           "return target ",
                                           NodeLine(node)));
        return;
      }
      return_exit = ctx.NewTarget("try_return");
      return_value = ctx.return_target()->value_var;
      return_target = {return_exit.get(), return_value};
      ctx.set_return_target(&return_target);
    }
    GenerateStatementSequence(ctx, node->Child(ChildRole::k_tried));
  }
  std::unique_ptr<ExitTarget> end = ctx.NewTarget("try_end");
  ctx.Line(ctx.Goto(end.get()));
  if (except_target != nullptr && ctx.EmitTargetLabels(*except_target)) {
    GenerateExceptHandler(ctx, except, end.get());
  }
  if (break_target != nullptr && ctx.EmitTargetLabels(*break_target)) {
    GenerateStatementSequence(ctx, on_break);
    ctx.Line(ctx.Goto(end.get()));
  }
  if (continue_target != nullptr && ctx.EmitTargetLabels(*continue_target)) {
    GenerateStatementSequence(ctx, on_continue);
    ctx.Line(ctx.Goto(end.get()));
  }
  if (return_exit != nullptr && ctx.EmitTargetLabels(*return_exit)) {
    GenerateReturnHandler(ctx, on_return, return_value, end.get());
  }
  ctx.EmitTargetLabels(*end);
}

void GenerateReraise(EmissionContext& ctx, const Node* node) {
  if (node->Child(ChildRole::k_exception_value) != nullptr) {
    ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE reraise of a given exception ",
                                       NodeLine(node)));
    return;
  }
  if (const CaughtException* caught = ctx.caught()) {
    ctx.Line(absl::StrCat("NuitkaCC_ReraiseCaught(tstate, ", caught->type_var, ", ",
                          caught->value_var, ", ", caught->tb_var, ");"));
    ctx.Line(absl::StrCat(caught->type_var, " = NULL; ", caught->value_var, " = NULL; ",
                          caught->tb_var, " = NULL;"));
    ctx.Line(ctx.ErrorExit(/*new_error=*/false));
    return;
  }
  // A bare `raise` outside of any handler of this body.
  ctx.SetPosition(node, {"RAISE_VARARGS", "RERAISE"});
  ctx.Line(absl::StrCat("if (NuitkaCC_ReraiseHandled(tstate)) { ",
                        ctx.ErrorExit(/*new_error=*/false), " }"));
  ctx.Line(ctx.ErrorExit());
}

CValue GenerateCaughtExceptionRef(EmissionContext& ctx, const Node* node) {
  const CaughtException* caught = ctx.caught();
  if (caught == nullptr) {
    ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE caught exception outside a "
                                       "handler ",
                                       NodeLine(node)));
    return {"NULL", false};
  }
  switch (node->kind()) {
    case NodeKind::kExpressionCaughtExceptionTypeRef:
      return {caught->type_var, false};
    case NodeKind::kExpressionCaughtExceptionValueRef:
      return {caught->value_var, false};
    default: {
      std::string result = ctx.NewTemp("tmp_traceback");
      ctx.Line(absl::StrCat(result, " = NuitkaCC_CaughtTraceback(", caught->value_var, ");"));
      CValue value{result, true};
      ctx.Track(value);
      return value;
    }
  }
}

std::string GenerateExceptionMatchTruth(EmissionContext& ctx, const Node* node) {
  std::vector<CValue> operands = GenerateOperands(
      ctx, {node->Child(ChildRole::k_left), node->Child(ChildRole::k_right)});
  ctx.SetPosition(node, {"CHECK_EXC_MATCH"});
  std::string truth = ctx.NewLocal("int", "matches", "0");
  ctx.Line(absl::StrCat(truth, " = NuitkaCC_ExceptionMatch(tstate, ", operands[0].expr, ", ",
                        operands[1].expr, ");"));
  ctx.Release(operands[1]);
  ctx.Release(operands[0]);
  ctx.ErrorCheck(absl::StrCat(truth, " < 0"));
  return truth;
}

}  // namespace nuitka_cc
