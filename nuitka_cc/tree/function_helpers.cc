#include "nuitka_cc/tree/function_helpers.h"

namespace nuitka_cc {

BodyKinds KindsFor(const Scope* scope) {
  if (scope->is_generator && scope->is_coroutine) {
    return {NodeKind::kExpressionAsyncgenObjectBody,
            NodeKind::kExpressionMakeAsyncgenObject,
            NodeKind::kStatementsFrameAsyncgen};
  }
  if (scope->is_generator) {
    return {NodeKind::kExpressionGeneratorObjectBody,
            NodeKind::kExpressionMakeGeneratorObject,
            NodeKind::kStatementsFrameGenerator};
  }
  if (scope->is_coroutine) {
    return {NodeKind::kExpressionCoroutineObjectBody,
            NodeKind::kExpressionMakeCoroutineObject,
            NodeKind::kStatementsFrameCoroutine};
  }
  return {NodeKind::kExpressionFunctionBody, NodeKind::kExpressionFunctionBody,
          NodeKind::kStatementsFrameFunction};
}

void AttachBody(TreeBuilder& b, Node* function_body, Node* framed,
                const SourceReference& ref) {
  Scope* scope = b.current_scope();
  BodyKinds kinds = KindsFor(scope);
  if (kinds.object_body == NodeKind::kExpressionFunctionBody) {
    function_body->AddChild(ChildRole::k_body, framed);
    return;
  }
  Node* object_body = b.New(kinds.object_body, ref);
  object_body->set_name(scope->name());
  object_body->set_scope(scope);
  object_body->AddChild(ChildRole::k_body, framed);
  scope->set_body(object_body);
  Node* make = b.New(kinds.make_object, ref);
  make->set_target(object_body);
  Node* ret = b.New(NodeKind::kStatementReturn, ref);
  ret->AddChild(ChildRole::k_expression, make);
  function_body->AddChild(ChildRole::k_body, b.MakeSequence({ret}, ref));
}

Scope* NewFunctionScope(TreeBuilder& b, ScopeKind kind, const std::string& name,
                        bool is_global, PySTEntryObject* symbols, int line) {
  Scope* scope = b.tree().NewScope(kind, name, b.QualnameFor(name, is_global),
                                   b.current_scope());
  scope->first_line = line;
  if (symbols != nullptr) {
    scope->is_generator = symbols->ste_generator;
    scope->is_coroutine = symbols->ste_coroutine;
  }
  return scope;
}

bool DeclaredGlobalInParent(TreeBuilder& b, const std::string& mangled) {
  Scope* parent = b.current_scope();
  if (parent->kind() == ScopeKind::kModule) return false;
  if (parent->kind() != ScopeKind::kFunction && parent->kind() != ScopeKind::kClass) {
    return false;
  }
  PyObject* key = PyUnicode_FromStringAndSize(mangled.data(), mangled.size());
  int kind = _PyST_GetScope(b.current_symbols(), key);
  Py_DECREF(key);
  return kind == GLOBAL_EXPLICIT;
}

}  // namespace nuitka_cc
