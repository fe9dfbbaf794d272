// Operations known to raise: an operation on constants whose evaluation
// raises (`1 / 0`, `1 + "a"`) raises at run time too. An expression with
// such an operand keeps only what runs before it:
//
//   f(a(), 1 / 0)   =>   side effects: f, a(); then 1 / 0 (raises)
//
// and a statement that certainly raises ends its block (what follows is
// dead). The raising operation itself stays, so the exception is the one
// CPython makes, with its message and position.
#include <Python.h>

#include "absl/strings/str_cat.h"
#include "optimization/compile_time_evaluation.h"
#include "optimization/scope_optimizer.h"

namespace nuitka_cc {
namespace {

// Expressions that evaluate all their children, in order, before their
// own operation.
bool EvaluatesChildrenFirst(NodeKind kind) {
  switch (kind) {
    case NodeKind::kExpressionCall:
    case NodeKind::kExpressionMakeTuple:
    case NodeKind::kExpressionMakeList:
    case NodeKind::kExpressionMakeSet:
    case NodeKind::kExpressionOperationBinary:
    case NodeKind::kExpressionOperationBinaryInplace:
    case NodeKind::kExpressionOperationUnary:
    case NodeKind::kExpressionOperationNot:
    case NodeKind::kExpressionComparison:
    case NodeKind::kExpressionAttributeLookup:
    case NodeKind::kExpressionSubscriptLookup:
    case NodeKind::kExpressionBuiltinLen:
      return true;
    default:
      return false;
  }
}

bool IsConstant(const Node* node) {
  return node != nullptr && node->kind() == NodeKind::kExpressionConstantRef;
}

}  // namespace

bool ScopeOptimizer::CertainlyRaises(const Node* node) {
  switch (node->kind()) {
    case NodeKind::kExpressionOperationBinary:
    case NodeKind::kExpressionOperationBinaryInplace: {
      const Node* left = node->Child(ChildRole::k_left);
      const Node* right = node->Child(ChildRole::k_right);
      return IsConstant(left) && IsConstant(right) &&
             BinaryRaises(node->op(), left->constant(), right->constant());
    }
    case NodeKind::kExpressionOperationUnary: {
      const Node* operand = node->Child(ChildRole::k_operand);
      return IsConstant(operand) && UnaryRaises(node->op(), operand->constant());
    }
    case NodeKind::kExpressionSideEffects: {
      const Node* expression = node->Child(ChildRole::k_expression);
      return expression != nullptr && CertainlyRaises(expression);
    }
    default:
      return false;
  }
}

bool ScopeOptimizer::ComputeRaisingOperand(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  if (!EvaluatesChildrenFirst(node->kind())) return false;
  std::vector<Node*> effects;
  Node* raising = nullptr;
  for (const auto& child : node->children()) {
    if (CertainlyRaises(child.node)) {
      raising = child.node;
      break;
    }
    if (HasSideEffects(child.node)) effects.push_back(child.node);
  }
  if (raising == nullptr) return false;
  if (raising->kind() == NodeKind::kExpressionSideEffects) {
    for (Node* effect : raising->ChildrenIn(ChildRole::k_side_effects)) {
      effects.push_back(effect);
    }
    raising = raising->Child(ChildRole::k_expression);
  }
  Node* replacement = raising;
  if (!effects.empty()) {
    replacement = tree_.NewNode(NodeKind::kExpressionSideEffects, node->source());
    replacement->AddChildren(ChildRole::k_side_effects, effects);
    replacement->AddChild(ChildRole::k_expression, raising);
  }
  Replace(parent, index, replacement, "new_raise",
          absl::StrCat("Operand of ", node->kind_name(),
                       " raises an exception: only what runs before it is kept",
                       effects.empty() ? "." : " (side effects)."));
  return true;
}

}  // namespace nuitka_cc
