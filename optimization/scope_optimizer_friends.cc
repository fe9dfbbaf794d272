// What module friends let the optimizer know: module variables bound by
// trusted imports, constant attributes of friend modules, calls of their
// pure functions with constant arguments, and calls of built-in names
// predicted under a run-time check (docs/optimization.md).
#include <Python.h>

#include "absl/strings/str_cat.h"
#include "optimization/module_friends/registry.h"
#include "optimization/scope_optimizer.h"

namespace nuitka_cc {

ValueInfo ScopeOptimizer::FriendInfo(const std::string& path) {
  ResolvedFriend resolved = ResolveFriendPath(path);
  ValueInfo info;
  if (resolved.module != nullptr) {
    info.shape = TypeShape::kModule;
    info.friend_path = path;
    return info;
  }
  switch (resolved.attribute.kind) {
    case FriendAttributeKind::kConstant:
      return ValueInfo::OfConstant(resolved.attribute.value);
    case FriendAttributeKind::kPureFunction:
    case FriendAttributeKind::kNoSideEffects:
      info.friend_path = path;
      return info;
    default:
      return info;
  }
}

ValueInfo ScopeOptimizer::AttributeInfo(const Node* lookup) {
  const Node* object = lookup->Child(ChildRole::k_expression);
  if (object == nullptr || !facts_.AttributeTrusted(lookup->name())) return ValueInfo::Unknown();
  ValueInfo object_info = InfoOf(object);
  if (object_info.shape != TypeShape::kModule || object_info.friend_path.empty()) {
    return ValueInfo::Unknown();
  }
  return FriendInfo(absl::StrCat(object_info.friend_path, ".", lookup->name()));
}

void ScopeOptimizer::ComputeAttributeLookup(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  const Node* object = node->Child(ChildRole::k_expression);
  if (object == nullptr || HasSideEffects(object)) return;
  ValueInfo info = AttributeInfo(node);
  PyObject* constant = info.constant();
  if (constant == nullptr) return;
  ValueInfo object_info = InfoOf(object);
  Replace(parent, index, NewConstant(Py_NewRef(constant), node), "new_constant",
          absl::StrCat("Attribute '", node->name(), "' of module '", object_info.friend_path,
                       "' is a constant."));
}

PyObject* ScopeOptimizer::ConstantArguments(const Node* call) {
  if (call->Child(ChildRole::k_kwargs) != nullptr) return nullptr;
  const Node* args = call->Child(ChildRole::k_args);
  if (args == nullptr) return PyTuple_New(0);
  if (args->kind() == NodeKind::kExpressionConstantRef) {
    return PyTuple_CheckExact(args->constant()) ? Py_NewRef(args->constant()) : nullptr;
  }
  if (args->kind() != NodeKind::kExpressionMakeTuple) return nullptr;
  std::vector<Node*> elements = args->ChildrenIn(ChildRole::k_elements);
  PyObject* tuple = PyTuple_New(static_cast<Py_ssize_t>(elements.size()));
  if (tuple == nullptr) {
    PyErr_Clear();
    return nullptr;
  }
  for (size_t i = 0; i < elements.size(); ++i) {
    PyObject* value = nullptr;
    if (elements[i]->kind() == NodeKind::kExpressionConstantRef) {
      value = Py_NewRef(elements[i]->constant());
    } else if (!HasSideEffects(elements[i])) {
      // A friend's function, passed as its real object (functools.reduce).
      ResolvedFriend resolved = ResolveFriendPath(InfoOf(elements[i]).friend_path);
      if (resolved.owner != nullptr &&
          resolved.attribute.kind == FriendAttributeKind::kPureFunction) {
        value = resolved.owner->RealAttribute(resolved.name);
      }
    }
    if (value == nullptr) {
      Py_DECREF(tuple);
      return nullptr;
    }
    PyTuple_SET_ITEM(tuple, static_cast<Py_ssize_t>(i), value);
  }
  return tuple;
}

ValueInfo ScopeOptimizer::CallInfo(const Node* call) {
  const Node* called = call->Child(ChildRole::k_called);
  if (called == nullptr) return ValueInfo::Unknown();
  ResolvedFriend resolved = ResolveFriendPath(InfoOf(called).friend_path);
  if (resolved.owner == nullptr) return ValueInfo::Unknown();
  return ValueInfo::OfShape(resolved.attribute.result_shape);
}

bool ScopeOptimizer::CallHasSideEffects(const Node* call) {
  const Node* called = call->Child(ChildRole::k_called);
  if (called == nullptr || HasSideEffects(called)) return true;
  ResolvedFriend resolved = ResolveFriendPath(InfoOf(called).friend_path);
  if (resolved.owner == nullptr ||
      resolved.attribute.kind != FriendAttributeKind::kNoSideEffects) {
    return true;
  }
  PyObject* args = ConstantArguments(call);
  if (args == nullptr) return true;
  bool none = resolved.owner->CallHasNoSideEffects(resolved.name, args);
  Py_DECREF(args);
  return !none;
}

bool ScopeOptimizer::ComputeFriendCall(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  const Node* called = node->Child(ChildRole::k_called);
  if (called == nullptr || HasSideEffects(called)) return false;
  std::string path = InfoOf(called).friend_path;
  ResolvedFriend resolved = ResolveFriendPath(path);
  if (resolved.owner == nullptr ||
      resolved.attribute.kind != FriendAttributeKind::kPureFunction) {
    return false;
  }
  PyObject* args = ConstantArguments(node);
  if (args == nullptr) return false;
  PyObject* result = resolved.owner->Call(resolved.name, args);
  Py_DECREF(args);
  if (result == nullptr) return false;
  Replace(parent, index, NewConstant(result, node), "new_constant",
          absl::StrCat("Call of '", path, "' with constant arguments computed."));
  return true;
}

bool ScopeOptimizer::PredictBuiltinCall(Node* parent, size_t index) {
  Node* node = parent->children()[index].node;
  Node* called = node->Child(ChildRole::k_called);
  const Variable* variable = BuiltinNameOf(called);
  // len has a node of its own (ExpressionBuiltinLen).
  if (variable == nullptr || variable->name() == "len") return false;
  const ModuleFriend* builtins = FindModuleFriend("builtins");
  if (builtins == nullptr ||
      builtins->Attribute(variable->name()).kind != FriendAttributeKind::kPureFunction) {
    return false;
  }
  // Only calls whose arguments are all constants (none are evaluated).
  const Node* args = node->Child(ChildRole::k_args);
  if (args != nullptr && args->kind() == NodeKind::kExpressionMakeTuple) {
    for (const Node* element : args->ChildrenIn(ChildRole::k_elements)) {
      if (element->kind() != NodeKind::kExpressionConstantRef) return false;
    }
  }
  PyObject* arguments = ConstantArguments(node);
  if (arguments == nullptr) return false;
  PyObject* result = builtins->Call(variable->name(), arguments);
  if (result == nullptr) {
    Py_DECREF(arguments);
    return false;
  }
  Node* predicted = tree_.NewNode(NodeKind::kExpressionBuiltinCallPredicted, node->source());
  predicted->set_name(variable->name());
  predicted->set_constant(tree_.OwnConstant(result));
  predicted->AddChild(ChildRole::k_called, called);
  predicted->AddChild(ChildRole::k_args, NewConstant(arguments, node));
  Replace(parent, index, predicted, "new_builtin",
          absl::StrCat("Call of built-in '", variable->name(),
                       "' with constant arguments predicted (checked at run time to still "
                       "be it)."));
  return true;
}

}  // namespace nuitka_cc
