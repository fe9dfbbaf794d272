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
namespace {

bool IsComprehension(const Scope* scope) {
  switch (scope->kind()) {
    case ScopeKind::kListComprehension:
    case ScopeKind::kSetComprehension:
    case ScopeKind::kDictComprehension:
    case ScopeKind::kGeneratorExpression:
      return true;
    default:
      return false;
  }
}

// Inside comprehensions, CPython's symbol table also lists the name in the
// scope it binds in (the nearest enclosing function, or the module, where
// it counts as declared global), even if that scope never uses it itself.
void NoteInBindingScope(TreeBuilder& b, PyObject* identifier, Variable* variable) {
  Scope* enclosing = b.current_scope();
  if (!IsComprehension(enclosing)) return;
  while (enclosing != nullptr && IsComprehension(enclosing)) {
    enclosing = enclosing->parent();
  }
  if (variable == nullptr || enclosing == nullptr ||
      variable->owner() != enclosing) {
    return;
  }
  std::string name = b.Mangle(identifier);
  enclosing->NoteName(name, variable);
  if (enclosing->kind() == ScopeKind::kModule) enclosing->AddGlobalDeclaration(name);
}

}  // namespace

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
  Node* bind = b.MakeNameAssign(target->v.Name.id, b.MakeVariableRef(temp, ref),
                                b.Ref(target));
  NoteInBindingScope(b, target->v.Name.id, bind->variable());
  Node* statements =
      b.MakeSequence({b.MakeAssignVariable(temp, value, ref), bind, ret}, ref);
  Node* outline = b.New(NodeKind::kExpressionOutlineBody, ref);
  outline->set_name("named_expr");
  outline->AddChild(ChildRole::k_body,
                    b.MakeSequence({b.MakeTryFinallyReleases(statements, {temp}, ref)},
                                   ref));
  return outline;
}

}  // namespace nuitka_cc
