// SSA trace collection for one scope (the manual's "SSA form for Nuitka").
//
// Every write of a tracked variable starts a new version, a trace; every
// read is linked to the trace active at that point. Branches work on
// copies of the active traces and are merged where control flow joins
// (abortive branches are not merged); loops and try statements make the
// variables they assign unknown at their entry and exit.
//
// Tracked are the variables whose every access is visible in the scope:
// locals and parameters of functions that no inner scope shares, and
// temporaries. Module variables and class namespace entries can change
// behind the scope's back and are not tracked.
//
//   TraceCollection traces(scope);
//   traces.OnAssign(x, statement, ValueInfo::OfConstant(three));
//   const VariableTrace* t = traces.Current(x);   // version 1, value 3
//   TraceCollection::Actives saved = traces.actives();
//   ... a branch ...
//   traces.MergeWith(saved);
#ifndef NUITKA_CC_OPTIMIZATION_TRACE_COLLECTION_H_
#define NUITKA_CC_OPTIMIZATION_TRACE_COLLECTION_H_

#include <deque>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "nuitka_cc/nodes/node.h"
#include "nuitka_cc/nodes/variable.h"
#include "optimization/shapes.h"

namespace nuitka_cc {

enum class TraceKind {
  kUninitialized,  // a local before any assignment
  kParameter,      // bound by the call
  kAssign,         // bound by an assignment statement
  kDeleted,        // after del / release
  kMerge,          // one of several traces, where branches join
  kUnknown,        // changed in a way not followed (loop, try)
  kEscaped,        // the same value, handed to code that may change it
};

struct VariableTrace {
  TraceKind kind = TraceKind::kUnknown;
  int version = 0;
  ValueInfo value;
  // Whether the variable certainly has a value here.
  Tristate bound = Tristate::kUnknown;
};

class TraceCollection {
 public:
  using Actives = absl::flat_hash_map<const Variable*, const VariableTrace*>;

  explicit TraceCollection(const Scope* scope);

  bool Tracked(const Variable* variable) const;
  // The trace active for a tracked variable.
  const VariableTrace* Current(const Variable* variable);

  void OnAssign(const Variable* variable, ValueInfo value);
  void OnDelete(const Variable* variable);
  // A mutable value (list, dict, set) was handed to code that may change
  // it: its length is no longer known (its type is).
  void OnEscape(const Variable* variable);
  // Every mutable value escapes (code that may reach them all runs: a loop
  // repeating, a callee looking at the frame's locals); only named
  // variables when `named_only` (temporaries are invisible to it).
  void EscapeAll(bool named_only);
  // Whether EscapeAll would change anything (if not, there is no need to
  // ask whether code runs).
  bool AnyEscapable(bool named_only) const;
  // The variables become unknown (bound state unknown too).
  void MakeUnknown(const absl::flat_hash_set<const Variable*>& variables);

  // Branches: save the actives, run a branch, restore or merge.
  const Actives& actives() const { return actives_; }
  void set_actives(Actives actives) { actives_ = std::move(actives); }
  // The actives become the merge of themselves and `other`.
  void MergeWith(const Actives& other);

 private:
  const VariableTrace* Initial(const Variable* variable);
  const VariableTrace* NewTrace(const Variable* variable, VariableTrace trace);

  const Scope* scope_;
  Actives actives_;
  absl::flat_hash_map<const Variable*, int> versions_;
  std::deque<VariableTrace> traces_;
  // Whether any trace ever had a mutable value with a known length (until
  // one has, nothing can escape).
  bool made_escapable_ = false;
};

// The variables a subtree assigns or deletes (not looking into nested
// scopes).
void CollectWrittenVariables(const Node* node,
                             absl::flat_hash_set<const Variable*>* written);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_OPTIMIZATION_TRACE_COLLECTION_H_
