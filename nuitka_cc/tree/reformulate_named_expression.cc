// Assignment expressions become an outline: statements evaluated as an
// expression in the current scope.
//
//   (x := value)               outline named_expr:
//                                  try:
//                                      tmp_named_value = value
//                                      x = tmp_named_value
//                                      return tmp_named_value
//                                  finally:
//                                      release tmp_named_value
//
// The name is resolved while the current scope is current: inside a
// comprehension CPython's symbol table makes `x` bind in the enclosing
// function (or module), and MakeNameAssign follows it there; the temporary
// stays in the comprehension's own scope.
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {

Node* BuildNamedExpression(TreeBuilder& b, expr_ty e) {
  SourceReference ref = b.Ref(e);
  expr_ty target = e->v.NamedExpr.target;
  if (target->kind != Name_kind) {
    return b.Fail("assignment expression target is not a name", ref);
  }
  Node* value = b.BuildExpression(e->v.NamedExpr.value);
  Variable* temp = b.NewTemp("named_value");
  Node* ret = b.New(NodeKind::kStatementReturn, ref);
  ret->AddChild(ChildRole::k_expression, b.MakeVariableRef(temp, ref));
  Node* statements = b.MakeSequence(
      {b.MakeAssignVariable(temp, value, ref),
       b.MakeNameAssign(target->v.Name.id, b.MakeVariableRef(temp, ref),
                        b.Ref(target)),
       ret},
      ref);
  Node* outline = b.New(NodeKind::kExpressionOutlineBody, ref);
  outline->set_name("named_expr");
  outline->AddChild(ChildRole::k_body,
                    b.MakeSequence({b.MakeTryFinallyReleases(statements, {temp}, ref)},
                                   ref));
  return outline;
}

}  // namespace nuitka_cc
