#include "nuitka_cc/nodes/module_tree.h"

#include <Python.h>

namespace nuitka_cc {

ModuleTree::ModuleTree(std::string filename, std::string module_name)
    : filename_(std::move(filename)), module_name_(std::move(module_name)) {}

ModuleTree::~ModuleTree() {
  for (PyObject* constant : constants_) Py_DECREF(constant);
}

Node* ModuleTree::NewNode(NodeKind kind, SourceReference source) {
  if (source.file == nullptr) source.file = &filename_;
  return &nodes_.emplace_back(kind, source);
}

Scope* ModuleTree::NewScope(ScopeKind kind, std::string name,
                            std::string qualname, Scope* parent) {
  return &scopes_.emplace_back(kind, std::move(name), std::move(qualname),
                               parent);
}

Variable* ModuleTree::NewVariable(Scope* owner, std::string name,
                                  VariableKind kind) {
  Variable* variable = &variables_.emplace_back(
      std::move(name), kind, owner, static_cast<int>(variables_.size()));
  owner->AddVariable(variable);
  return variable;
}

PyObject* ModuleTree::OwnConstant(PyObject* steal) {
  if (steal != nullptr) constants_.push_back(steal);
  return steal;
}

Node* ModuleTree::Clone(const Node* node) {
  Node* copy = &nodes_.emplace_back(*node);
  for (auto& child : copy->mutable_children()) {
    child.node = Clone(child.node);
  }
  return copy;
}

}  // namespace nuitka_cc
