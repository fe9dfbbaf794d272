// Variables and the scopes that own them.
//
// Every name a scope binds becomes one Variable owned by that scope; a scope
// that reads a variable of an enclosing function takes it as a closure
// variable, which makes the variable shared (a cell). Module variables are
// owned by the module scope; reformulations add temporaries.
//
//   Variable* x = scope->FindOwnVariable("x");
//   x->kind();                 // VariableKind::kLocal
//   ScopeKindOfReference(scope, x);  // ReferenceKind::kLocal or kCell
#ifndef NUITKA_CC_NODES_VARIABLE_H_
#define NUITKA_CC_NODES_VARIABLE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace nuitka_cc {

class Node;
class Scope;

enum class VariableKind : uint8_t {
  kModule,      // a module global; reads fall back to builtins
  kLocal,       // a function local
  kParameter,   // a function parameter
  kLocalsDict,  // a name in a class body namespace
  kTemp,        // a temporary made by a reformulation
};

absl::string_view VariableKindName(VariableKind kind);

class Variable {
 public:
  Variable(std::string name, VariableKind kind, Scope* owner, int id)
      : name_(std::move(name)), kind_(kind), owner_(owner), id_(id) {}

  const std::string& name() const { return name_; }
  VariableKind kind() const { return kind_; }
  Scope* owner() const { return owner_; }
  // Numbered in creation order within the module; stable across runs.
  int id() const { return id_; }

  // Read or written by a scope other than the owner (a cell in CPython).
  bool shared() const { return shared_; }
  void set_shared() { shared_ = true; }

  // Module variables only: bound by a statement of the module body itself
  // (CPython's symtable then calls the name local at module level).
  bool bound_at_module_level() const { return bound_at_module_level_; }
  void set_bound_at_module_level() { bound_at_module_level_ = true; }

 private:
  std::string name_;
  VariableKind kind_;
  Scope* owner_;
  int id_;
  bool shared_ = false;
  bool bound_at_module_level_ = false;
};

enum class ScopeKind : uint8_t {
  kModule,
  kFunction,
  kLambda,
  kClass,
  kListComprehension,
  kSetComprehension,
  kDictComprehension,
  kGeneratorExpression,
};

absl::string_view ScopeKindName(ScopeKind kind);

// How a scope reaches a variable: the categories of CPython's symtable.
enum class ReferenceKind : uint8_t {
  kLocal,           // owned, not shared
  kCell,            // owned, shared with inner scopes
  kFree,            // owned by an enclosing function scope
  kGlobalExplicit,  // module variable named in a `global` statement
  kGlobalImplicit,  // module variable (or builtin) by default lookup
};

absl::string_view ReferenceKindName(ReferenceKind kind);

// Parameters in CPython's order.
struct ParameterSpec {
  std::vector<Variable*> positional_only;
  std::vector<Variable*> positional;  // after positional_only
  Variable* star_list = nullptr;
  std::vector<Variable*> keyword_only;
  Variable* star_dict = nullptr;

  int Count() const {
    return static_cast<int>(positional_only.size() + positional.size() +
                            keyword_only.size()) +
           (star_list != nullptr) + (star_dict != nullptr);
  }
};

class Scope {
 public:
  Scope(ScopeKind kind, std::string name, std::string qualname, Scope* parent)
      : kind_(kind),
        name_(std::move(name)),
        qualname_(std::move(qualname)),
        parent_(parent) {}

  ScopeKind kind() const { return kind_; }
  const std::string& name() const { return name_; }
  const std::string& qualname() const { return qualname_; }
  Scope* parent() const { return parent_; }
  bool IsFunctionLike() const {
    return kind_ != ScopeKind::kModule && kind_ != ScopeKind::kClass;
  }

  Node* body() const { return body_; }
  void set_body(Node* body) { body_ = body; }

  // Variables owned by this scope, in creation order.
  const std::vector<Variable*>& variables() const { return variables_; }
  void AddVariable(Variable* variable);
  Variable* FindOwnVariable(absl::string_view name) const;

  // Variables of enclosing scopes this one reads or writes, in first-use order.
  const std::vector<Variable*>& closure() const { return closure_; }
  void AddClosureVariable(Variable* variable);
  // The variable a name refers to in this scope: own or taken from closure.
  Variable* FindVisibleVariable(absl::string_view name) const;

  // Names declared `global` here.
  void AddGlobalDeclaration(std::string name) {
    global_declarations_.emplace(std::move(name), true);
  }
  bool IsDeclaredGlobal(absl::string_view name) const {
    return global_declarations_.contains(name);
  }

  ReferenceKind ReferenceKindOf(const Variable* variable) const;

  // User names this scope binds or refers to, with their variables, in
  // first-use order: what CPython's symbol table lists for the scope.
  const std::vector<std::pair<std::string, Variable*>>& names() const {
    return names_;
  }
  void NoteName(const std::string& name, Variable* variable);

  // Numbers the temporaries of this scope.
  int next_temp_number = 1;

  ParameterSpec& parameters() { return parameters_; }
  const ParameterSpec& parameters() const { return parameters_; }

  bool is_generator = false;
  bool is_coroutine = false;
  // Class scope only: methods use `__class__` or `super`, so a cell is made.
  bool needs_class_cell = false;
  // First line of the construct, for frames and dumps.
  int first_line = 0;

 private:
  ScopeKind kind_;
  std::string name_;
  std::string qualname_;
  Scope* parent_;
  Node* body_ = nullptr;
  std::vector<Variable*> variables_;
  std::vector<Variable*> closure_;
  absl::flat_hash_map<std::string, Variable*> by_name_;
  absl::flat_hash_map<std::string, bool> global_declarations_;
  std::vector<std::pair<std::string, Variable*>> names_;
  absl::flat_hash_map<std::string, bool> noted_names_;
  ParameterSpec parameters_;
};

}  // namespace nuitka_cc

#endif  // NUITKA_CC_NODES_VARIABLE_H_
