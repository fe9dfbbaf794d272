// While loops have no condition of their own in the tree:
//
//   while cond:                  loop:
//       body                         if not cond:
//   else:                                else_body; break   (or just break)
//       else_body                    body
//
// Loops are left only by break (or return and exceptions). The else branch
// runs exactly when the condition turns false, so it sits in front of that
// break; a break in the body skips it.
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {

Node* BuildWhileStatement(TreeBuilder& b, stmt_ty s) {
  SourceReference ref = b.Ref(s);
  Node* condition = b.BuildExpression(s->v.While.test);
  Node* negated = b.New(NodeKind::kExpressionOperationNot, condition->source());
  negated->AddChild(ChildRole::k_operand, condition);
  Node* body = b.BuildStatements(s->v.While.body, ref);
  // The else body runs outside the loop's break/continue reach: a break in
  // it belongs to an enclosing loop. Keep it after the loop, guarded by an
  // indicator set when the condition fails.
  Node* else_body = b.BuildStatements(s->v.While.orelse, ref);
  Node* exit;
  Variable* indicator = nullptr;
  if (else_body != nullptr) {
    indicator = b.NewTemp("while_else_indicator");
    exit = b.MakeSequence(
        {b.MakeAssignVariable(indicator, b.MakeBool(true, ref), ref),
         b.MakeBreak(ref)},
        ref);
  } else {
    exit = b.MakeBreak(ref);
  }
  Node* loop = b.New(NodeKind::kStatementLoop, ref);
  loop->AddChild(ChildRole::k_loop_body,
                 b.MakeSequence({b.MakeConditional(negated, exit, nullptr, ref),
                                 body},
                                ref));
  if (indicator == nullptr) return loop;
  return b.MakeSequence(
      {b.MakeAssignVariable(indicator, b.MakeBool(false, ref), ref), loop,
       b.MakeConditional(b.MakeVariableRef(indicator, ref), else_body, nullptr,
                         ref),
       b.MakeRelease(indicator, ref)},
      ref);
}

}  // namespace nuitka_cc
