// Statements: sequences and frame guards, assignments, deletions,
// releases, conditionals, loops and their exits, return and raise.
#include "absl/strings/str_cat.h"
#include "codegen/codegen_internal.h"

namespace nuitka_cc {
namespace {

void GenerateExpressionOnly(EmissionContext& ctx, const Node* node) {
  ctx.Release(GenerateExpression(ctx, node->Child(ChildRole::k_expression)));
}

// Whether every use of `variable` in `node` takes items of an unpacking by
// index (ExpressionSpecialUnpack without a star, the final check) or
// releases it; its one assignment is the iterator of the unpacking.
bool OnlyIndexedUnpacking(const Node* node, const Variable* variable, const Node* parent) {
  if (node == nullptr) return true;
  if (node->variable() == variable) {
    switch (node->kind()) {
      case NodeKind::kExpressionVariableRef:
        if (parent == nullptr ||
            !((parent->kind() == NodeKind::kExpressionSpecialUnpack &&
               parent->Child(ChildRole::k_expected) != nullptr) ||
              parent->kind() == NodeKind::kStatementSpecialUnpackCheck) ||
            parent->Child(ChildRole::k_value) != node) {
          return false;
        }
        break;
      case NodeKind::kStatementAssignmentVariable: {
        const Node* source = node->Child(ChildRole::k_source);
        if (source == nullptr ||
            source->kind() != NodeKind::kExpressionBuiltinIterForUnpack) {
          return false;
        }
        break;
      }
      case NodeKind::kStatementReleaseVariable:
      case NodeKind::kStatementDelVariable:
        break;
      default:
        return false;
    }
  }
  if (node->target() != nullptr && node->target()->kind() == NodeKind::kExpressionClassBody &&
      !OnlyIndexedUnpacking(node->target(), variable, node)) {
    return false;
  }
  for (const auto& child : node->children()) {
    if (!OnlyIndexedUnpacking(child.node, variable, node)) return false;
  }
  return true;
}

void GenerateAssignVariable(EmissionContext& ctx, const Node* node) {
  const Node* source = node->Child(ChildRole::k_source);
  const Variable* variable = node->variable();
  bool direct = source->kind() == NodeKind::kExpressionBuiltinIterForUnpack &&
                variable != nullptr && variable->kind() == VariableKind::kTemp &&
                OnlyIndexedUnpacking(variable->owner()->body(), variable, nullptr);
  ctx.set_direct_unpack(direct);
  CValue value = GenerateExpression(ctx, source);
  ctx.set_direct_unpack(false);
  GenerateVariableAssign(ctx, node, value);
}

void GenerateAssignAttribute(EmissionContext& ctx, const Node* node) {
  std::vector<CValue> operands = GenerateOperands(
      ctx, {node->Child(ChildRole::k_source), node->Child(ChildRole::k_expression)});
  std::string name = ctx.module().StringConstant(node->name());
  ctx.SetPreferredPosition(node, {"STORE_ATTR"});
  std::string status = ctx.NewLocal("int", "status", "0");
  ctx.Line(absl::StrCat(status, " = NuitkaCC_StoreAttributeCached(", operands[1].expr, ", ",
                        name, ", ", operands[0].expr, ", ", ctx.module().NewAttributeCache(),
                        ");"));
  ctx.Release(operands[1]);
  ctx.Release(operands[0]);
  ctx.ErrorCheck(absl::StrCat(status, " < 0"));
}

void GenerateAssignSubscript(EmissionContext& ctx, const Node* node) {
  std::vector<CValue> operands =
      GenerateOperands(ctx, {node->Child(ChildRole::k_source), node->Child(ChildRole::k_expression),
                             node->Child(ChildRole::k_subscript)});
  ctx.SetPreferredPosition(node, {"STORE_SUBSCR"});
  std::string status = ctx.NewLocal("int", "status", "0");
  ctx.Line(absl::StrCat(status, " = SET_SUBSCRIPT(", operands[1].expr, ", ", operands[2].expr,
                        ", ", operands[0].expr, ");"));
  for (int i = 2; i >= 0; --i) ctx.Release(operands[i]);
  ctx.ErrorCheck(absl::StrCat(status, " < 0"));
}

void GenerateDelAttribute(EmissionContext& ctx, const Node* node) {
  CValue object = GenerateExpression(ctx, node->Child(ChildRole::k_expression));
  std::string name = ctx.module().StringConstant(node->name());
  ctx.SetPreferredPosition(node, {"DELETE_ATTR"});
  std::string status = ctx.NewLocal("int", "status", "0");
  ctx.Line(absl::StrCat(status, " = DEL_ATTRIBUTE(", object.expr, ", ", name, ");"));
  ctx.Release(object);
  ctx.ErrorCheck(absl::StrCat(status, " < 0"));
}

void GenerateDelSubscript(EmissionContext& ctx, const Node* node) {
  std::vector<CValue> operands = GenerateOperands(
      ctx, {node->Child(ChildRole::k_expression), node->Child(ChildRole::k_subscript)});
  ctx.SetPreferredPosition(node, {"DELETE_SUBSCR"});
  std::string status = ctx.NewLocal("int", "status", "0");
  ctx.Line(absl::StrCat(status, " = DEL_SUBSCRIPT(", operands[0].expr, ", ",
                        operands[1].expr, ");"));
  ctx.Release(operands[1]);
  ctx.Release(operands[0]);
  ctx.ErrorCheck(absl::StrCat(status, " < 0"));
}

void GenerateReturn(EmissionContext& ctx, const Node* node) {
  ReturnTarget* target = ctx.return_target();
  if (target == nullptr) {
    ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE return outside a function ",
                                       NodeLine(node)));
    return;
  }
  const Node* expression = node->Child(ChildRole::k_expression);
  if (expression != nullptr) {
    CValue value = ctx.Owned(GenerateExpression(ctx, expression));
    // Inside a return handler a previous return value is pending.
    ctx.Line(absl::StrCat("NuitkaCC_Local_Set(&", target->value_var, ", ", value.expr, ");"));
    ctx.Forget(value);
  }
  ctx.Line(ctx.Goto(target->exit));
}

void GenerateRaise(EmissionContext& ctx, const Node* node) {
  const Node* cause = node->Child(ChildRole::k_exception_cause);
  if (node->Child(ChildRole::k_exception_value) != nullptr ||
      node->Child(ChildRole::k_exception_type) == nullptr) {
    ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE raise ", NodeLine(node)));
    return;
  }
  std::vector<CValue> operands =
      GenerateOperands(ctx, {node->Child(ChildRole::k_exception_type), cause});
  CValue exception = ctx.Owned(operands[0]);
  CValue cause_value = cause != nullptr ? ctx.Owned(operands[1]) : CValue{"NULL", false};
  ctx.SetPosition(node, {"RAISE_VARARGS"});
  ctx.Line(absl::StrCat("NuitkaCC_RaiseException(tstate, ", exception.expr, ", ",
                        cause_value.expr, ");"));
  ctx.Forget(cause_value);
  ctx.Forget(exception);
  ctx.Line(ctx.ErrorExit());
}

void GenerateConditional(EmissionContext& ctx, const Node* node) {
  std::string truth = GenerateConditionTruth(ctx, node->Child(ChildRole::k_condition));
  const Node* yes = node->Child(ChildRole::k_yes_branch);
  const Node* no = node->Child(ChildRole::k_no_branch);
  ctx.Open(absl::StrCat("if (", truth, ")"));
  GenerateStatementSequence(ctx, yes);
  if (no != nullptr) {
    ctx.ForgetPosition();
    ctx.Else();
    GenerateStatementSequence(ctx, no);
  }
  ctx.Close();
  ctx.ForgetPosition();
}

void GenerateLoop(EmissionContext& ctx, const Node* node) {
  TargetsGuard guard(ctx);
  std::unique_ptr<ExitTarget> start = ctx.NewTarget("loop_start");
  std::unique_ptr<ExitTarget> end = ctx.NewTarget("loop_end");
  ctx.set_break_target(end.get());
  ctx.set_continue_target(start.get());
  start->used = true;
  ctx.Label(start->label);
  // Signals, thread switches and asynchronous exceptions at every
  // iteration, as the interpreter checks them at JUMP_BACKWARD.
  int index = ctx.code() != nullptr
                  ? ctx.code()->InstructionFor(node->source(), {"JUMP_BACKWARD"})
                  : -1;
  ctx.Open("if (unlikely(NuitkaCC_EvalBreakerSet(tstate)))");
  if (index >= 0) ctx.Line(absl::StrCat("NUITKA_CC_FRAME_AT(frame, ", index, ");"));
  ctx.ErrorCheck("NuitkaCC_HandleEvalBreaker(tstate) < 0");
  ctx.Close();
  ctx.ForgetPosition();
  GenerateStatementSequence(ctx, node->Child(ChildRole::k_loop_body));
  ctx.Line(ctx.Goto(start.get()));
  ctx.EmitTargetLabels(*end);
}

void GenerateUnpackCheck(EmissionContext& ctx, const Node* node) {
  const Node* value = node->Child(ChildRole::k_value);
  if (value == nullptr || !node->number().has_value()) {
    ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE unpack check ", NodeLine(node)));
    return;
  }
  CValue iterator = GenerateExpression(ctx, value);
  ctx.SetPosition(node, {"UNPACK_SEQUENCE"});
  std::string status = ctx.NewLocal("int", "status", "0");
  ctx.Line(absl::StrCat(status, " = NuitkaCC_UnpackCheckExhausted(tstate, ", iterator.expr,
                        ", ", *node->number(), ");"));
  ctx.Release(iterator);
  ctx.ErrorCheck(absl::StrCat(status, " < 0"));
}

}  // namespace

void GenerateStatementSequence(EmissionContext& ctx, const Node* node) {
  if (node == nullptr) return;
  if (node->kind() == NodeKind::kStatementsSequence || IsFrameKind(node->kind())) {
    for (const Node* statement : node->ChildrenIn(ChildRole::k_statements)) {
      GenerateStatement(ctx, statement);
      if (ctx.failed()) return;
    }
    return;
  }
  GenerateStatement(ctx, node);
}

void GenerateStatement(EmissionContext& ctx, const Node* node) {
  if (node == nullptr) return;
  if (node->kind() != NodeKind::kStatementsSequence && !IsFrameKind(node->kind())) {
    ctx.SourceComment(node);
  }
  switch (node->kind()) {
    case NodeKind::kStatementsSequence:
    case NodeKind::kStatementsFrameModule:
    case NodeKind::kStatementsFrameFunction:
    case NodeKind::kStatementsFrameGenerator:
    case NodeKind::kStatementsFrameClass:
      GenerateStatementSequence(ctx, node);
      return;
    case NodeKind::kStatementSetLocalsDictionary:
      GenerateSetLocalsDictionary(ctx, node);
      return;
    case NodeKind::kStatementImportStar:
      GenerateImportStar(ctx, node);
      return;
    case NodeKind::kStatementListOperationAppend:
    case NodeKind::kStatementSetOperationAdd:
    case NodeKind::kStatementDictOperationSet:
      GenerateContainerAdd(ctx, node);
      return;
    case NodeKind::kStatementExpressionOnly:
      GenerateExpressionOnly(ctx, node);
      return;
    case NodeKind::kStatementAssignmentVariable:
      GenerateAssignVariable(ctx, node);
      return;
    case NodeKind::kStatementAssignmentAttribute:
      GenerateAssignAttribute(ctx, node);
      return;
    case NodeKind::kStatementAssignmentSubscript:
      GenerateAssignSubscript(ctx, node);
      return;
    case NodeKind::kStatementDelVariable:
      GenerateVariableDel(ctx, node);
      return;
    case NodeKind::kStatementDelAttribute:
      GenerateDelAttribute(ctx, node);
      return;
    case NodeKind::kStatementDelSubscript:
      GenerateDelSubscript(ctx, node);
      return;
    case NodeKind::kStatementReleaseVariable:
      GenerateVariableRelease(ctx, node);
      return;
    case NodeKind::kStatementReturn:
    case NodeKind::kStatementGeneratorReturn:
      GenerateReturn(ctx, node);
      return;
    case NodeKind::kStatementRaiseException:
      GenerateRaise(ctx, node);
      return;
    case NodeKind::kStatementReraiseException:
      GenerateReraise(ctx, node);
      return;
    case NodeKind::kStatementConditional:
      GenerateConditional(ctx, node);
      return;
    case NodeKind::kStatementLoop:
      GenerateLoop(ctx, node);
      return;
    case NodeKind::kStatementLoopBreak:
      if (ctx.break_target() == nullptr) break;
      ctx.Line(ctx.Goto(ctx.break_target()));
      return;
    case NodeKind::kStatementLoopContinue:
      if (ctx.continue_target() == nullptr) break;
      ctx.Line(ctx.Goto(ctx.continue_target()));
      return;
    case NodeKind::kStatementTry:
      GenerateTryStatement(ctx, node);
      return;
    case NodeKind::kStatementSpecialUnpackCheck:
      GenerateUnpackCheck(ctx, node);
      return;
    default:
      break;
  }
  ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_NODE ", node->kind_name(), " ",
                                     NodeLine(node)));
}

}  // namespace nuitka_cc
