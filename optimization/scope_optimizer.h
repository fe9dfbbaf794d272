// One pass of trace collection and computation over one scope's body:
// statements and expressions are visited in the order Python runs them;
// each may be replaced by what its computation knows (a constant, the
// branch a known condition takes, nothing for dead code), and every
// replacement is logged.
#ifndef NUITKA_CC_OPTIMIZATION_SCOPE_OPTIMIZER_H_
#define NUITKA_CC_OPTIMIZATION_SCOPE_OPTIMIZER_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "nuitka_cc/nodes/module_tree.h"
#include "optimization/optimizer.h"
#include "optimization/program_facts.h"
#include "optimization/shapes.h"
#include "optimization/trace_collection.h"

namespace nuitka_cc {

class ScopeOptimizer {
 public:
  ScopeOptimizer(ModuleTree& tree, Scope* scope, const ProgramFacts& facts,
                 std::vector<Replacement>* log);

  // Visits the body (a scope body node with its statements as `body`).
  // Returns whether anything was replaced.
  bool Run(Node* body);

 private:
  // Statement `index` of `parent`'s children; true when control does not
  // continue after it.
  bool Statement(Node* parent, size_t index);
  bool SimpleStatement(Node* parent, size_t index);
  bool Sequence(Node* sequence);
  bool Conditional(Node* parent, size_t index);
  bool Loop(Node* loop);
  void Try(Node* node);
  // Expression `index` of `parent`'s children, computed in place.
  void Expression(Node* parent, size_t index);
  void ExpressionChildren(Node* node);
  // The computation of an expression whose children are computed: it may
  // replace itself.
  void ComputeExpression(Node* parent, size_t index, Node* node);
  // Children that run only on some paths (branches of expressions).
  void ConditionalChild(Node* parent, size_t index);

  void ComputeVariableRef(Node* parent, size_t index);
  void ComputeOperation(Node* parent, size_t index);
  void ComputeComparison(Node* parent, size_t index);
  void ComputeCondition(Node* parent, size_t index);
  void ComputeLen(Node* parent, size_t index);
  void ComputeCall(Node* parent, size_t index);
  // The module variable a reference names when the module never binds it:
  // the built-in of that name, unless the program rebinds it at run time
  // (which the generated code checks); else nullptr.
  static const Variable* BuiltinNameOf(const Node* called);

  // Module friends (scope_optimizer_friends.cc).
  ValueInfo FriendInfo(const std::string& path);
  ValueInfo AttributeInfo(const Node* lookup);
  void ComputeAttributeLookup(Node* parent, size_t index);
  // A call of a friend's pure function with constant arguments: its value.
  bool ComputeFriendCall(Node* parent, size_t index);
  // A call of a built-in name with constant arguments: its value while the
  // name finds the built-in (checked at run time).
  bool PredictBuiltinCall(Node* parent, size_t index);
  // The arguments of a call as a tuple of constants (friend functions as
  // their real objects): a new reference, or nullptr.
  _object* ConstantArguments(const Node* call);
  ValueInfo CallInfo(const Node* call);
  bool CallHasSideEffects(const Node* call);

  // Operations known to raise (scope_optimizer_raises.cc).
  // Whether evaluating `node` certainly raises an exception.
  bool CertainlyRaises(const Node* node);
  // An expression one of whose operands certainly raises becomes the
  // operands before it (those with side effects) and the raising one.
  bool ComputeRaisingOperand(Node* parent, size_t index);

  // Whether running `node` cannot call code of the program or raise (such
  // code could look at the frame's local variables).
  bool RunsOnlyKnownCode(const Node* node);
  // Removes assignments to tracked variables nothing reads.
  void RemoveUnusedAssignments(Node* body);
  // Moves the statements at the start and end of a function's frame that
  // cannot raise out of it.
  void NarrowFrameGuard(Node* sequence);

  ValueInfo InfoOf(const Node* node);
  bool HasSideEffects(const Node* node);
  Node* NewConstant(_object* value, const Node* where);
  void Replace(Node* parent, size_t index, Node* replacement, absl::string_view tag,
               std::string message);
  void Log(const Node* where, absl::string_view tag, std::string message);

  ModuleTree& tree_;
  Scope* scope_;
  const ProgramFacts& facts_;
  std::vector<Replacement>* log_;
  TraceCollection traces_;
  // Statements of a function's frame that cannot raise.
  absl::flat_hash_set<const Node*> cannot_raise_;
  bool changed_ = false;
};

}  // namespace nuitka_cc

#endif  // NUITKA_CC_OPTIMIZATION_SCOPE_OPTIMIZER_H_
