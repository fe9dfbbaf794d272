// A node of the tree: its kind, where it came from, its children by role and
// the few attributes some kinds carry (a variable, a name, a constant, a
// number, an operator, a scope).
//
// Nodes live in their ModuleTree and are never freed one by one. Children are
// kept in evaluation order; a role may repeat for lists.
//
//   Node* assign = tree.NewNode(NodeKind::kStatementAssignmentVariable, ref);
//   assign->set_variable(x);
//   assign->AddChild(ChildRole::k_source, value);
//   assign->Child(ChildRole::k_source);  // value
#ifndef NUITKA_CC_NODES_NODE_H_
#define NUITKA_CC_NODES_NODE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "nuitka_cc/base/source_reference.h"
#include "nuitka_cc/nodes/node_kind.h"

struct _object;  // PyObject, kept out of node headers.

namespace nuitka_cc {

class Scope;
class Variable;

class Node {
 public:
  struct ChildEntry {
    ChildRole role;
    Node* node;
  };

  Node(NodeKind kind, SourceReference source) : kind_(kind), source_(source) {}

  NodeKind kind() const { return kind_; }
  absl::string_view kind_name() const { return NodeKindName(kind_); }
  const SourceReference& source() const { return source_; }
  void set_source(SourceReference source) { source_ = source; }

  // Children, in order.
  const std::vector<ChildEntry>& children() const { return children_; }
  std::vector<ChildEntry>& mutable_children() { return children_; }
  void AddChild(ChildRole role, Node* child);
  // Appends every node of `nodes` under `role`.
  void AddChildren(ChildRole role, const std::vector<Node*>& nodes);
  // The first child in `role`, or nullptr.
  Node* Child(ChildRole role) const;
  // All children in `role`, in order.
  std::vector<Node*> ChildrenIn(ChildRole role) const;
  // Replaces the whole list of children in `role`, keeping its position.
  void ReplaceChildren(ChildRole role, const std::vector<Node*>& nodes);

  // Attributes; unset ones are null, empty or nullopt and not dumped.
  Variable* variable() const { return variable_; }
  void set_variable(Variable* variable) { variable_ = variable; }
  const std::string& name() const { return name_; }
  void set_name(std::string name) { name_ = std::move(name); }
  // Borrowed: the ModuleTree owns the reference.
  _object* constant() const { return constant_; }
  void set_constant(_object* constant) { constant_ = constant; }
  std::optional<int64_t> number() const { return number_; }
  void set_number(int64_t number) { number_ = number; }
  Operator op() const { return op_; }
  void set_op(Operator op) { op_ = op; }
  // Scope bodies: the scope they run. Function references: the body.
  Scope* scope() const { return scope_; }
  void set_scope(Scope* scope) { scope_ = scope; }
  Node* target() const { return target_; }
  void set_target(Node* target) { target_ = target; }

  // What the optimizer knew here (a variable reference's trace: version,
  // shape, value), shown by the dumps. Replaced as a whole.
  const std::vector<std::pair<std::string, std::string>>& annotations() const {
    return annotations_;
  }
  void set_annotations(std::vector<std::pair<std::string, std::string>> annotations) {
    annotations_ = std::move(annotations);
  }

 private:
  NodeKind kind_;
  Operator op_ = Operator::kNone;
  SourceReference source_;
  std::vector<ChildEntry> children_;
  Variable* variable_ = nullptr;
  _object* constant_ = nullptr;
  Scope* scope_ = nullptr;
  Node* target_ = nullptr;
  std::optional<int64_t> number_;
  std::string name_;
  std::vector<std::pair<std::string, std::string>> annotations_;
};

}  // namespace nuitka_cc

#endif  // NUITKA_CC_NODES_NODE_H_
