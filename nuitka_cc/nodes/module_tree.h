// The tree of one module and everything it owns: nodes, scopes, variables,
// constant values.
//
//   ModuleTree tree("/abs/app.py", "__main__");
//   Node* n = tree.NewNode(NodeKind::kExpressionConstantRef, ref);
//   n->set_constant(tree.OwnConstant(PyLong_FromLong(1)));
#ifndef NUITKA_CC_NODES_MODULE_TREE_H_
#define NUITKA_CC_NODES_MODULE_TREE_H_

#include <deque>
#include <string>
#include <vector>

#include "nuitka_cc/nodes/node.h"
#include "nuitka_cc/nodes/variable.h"

namespace nuitka_cc {

class ModuleTree {
 public:
  ModuleTree(std::string filename, std::string module_name);
  ~ModuleTree();  // releases constants; needs the embedded interpreter
  ModuleTree(const ModuleTree&) = delete;
  ModuleTree& operator=(const ModuleTree&) = delete;

  const std::string& filename() const { return filename_; }
  const std::string& module_name() const { return module_name_; }

  Node* root() const { return root_; }
  void set_root(Node* root) { root_ = root; }
  Scope* module_scope() const { return scopes_.empty() ? nullptr : &scopes_.front(); }

  Node* NewNode(NodeKind kind, SourceReference source);
  Scope* NewScope(ScopeKind kind, std::string name, std::string qualname,
                  Scope* parent);
  // Creates a variable owned by `owner` and registers it there.
  Variable* NewVariable(Scope* owner, std::string name, VariableKind kind);
  // Takes over a new reference; returns it, borrowed from here on.
  _object* OwnConstant(_object* steal);

  // Deep copy of a subtree. Function bodies referenced from it are shared,
  // not copied, as are variables.
  Node* Clone(const Node* node);

  // Scopes in creation order (module first).
  const std::deque<Scope>& scopes() const { return scopes_; }
  size_t node_count() const { return nodes_.size(); }

 private:
  std::string filename_;
  std::string module_name_;
  Node* root_ = nullptr;
  std::deque<Node> nodes_;
  mutable std::deque<Scope> scopes_;
  std::deque<Variable> variables_;
  std::vector<_object*> constants_;
};

}  // namespace nuitka_cc

#endif  // NUITKA_CC_NODES_MODULE_TREE_H_
