// Which temporary variables of a generator body a yield must save: those
// that may hold a value at the yield and be used after it.
//
// Control in a body moves forward in tree order, except around loops, so
// a temporary's references span an interval of it: a yield before the
// first reference finds the variable unbound, one inside the interval
// saves it, one after the last reference finds it released (a temporary's
// uses end with its release; what is left is released at the yield, as the
// body's exit would). A loop containing a reference widens the interval to
// the whole loop (its back edge). Within one statement the C code may
// evaluate operands in another order than the tree lists them, so a
// reference in a statement's expressions counts for all of them.
//
//   for x in it:        tmp_iter: [loop start, loop end]: saved at yield x
//       yield x
//   yield 1             tmp_iter released before: not saved
#include <algorithm>
#include <climits>
#include <tuple>
#include <utility>
#include <vector>

#include "codegen/codegen_internal.h"

namespace nuitka_cc {
namespace {

bool IsStatement(const Node* node) {
  return node->kind_name().substr(0, 9) == "Statement";
}

struct Interval {
  int lo = INT_MAX;
  int hi = -1;
  void Add(int from, int to) {
    lo = std::min(lo, from);
    hi = std::max(hi, to);
  }
};

class YieldSaveAnalysis {
 public:
  explicit YieldSaveAnalysis(const std::vector<const Variable*>& temps) {
    for (const Variable* temp : temps) intervals_[temp];
  }

  void Run(const Node* body) {
    VisitStatement(body);
    // A loop containing a reference keeps the value around its back edge.
    for (auto& [variable, interval] : intervals_) {
      for (const auto& loop : loops_) {
        for (const auto& [ref_variable, from, to] : references_) {
          if (ref_variable == variable && from >= loop.first && to <= loop.second) {
            interval.Add(loop.first, loop.second);
            break;
          }
        }
      }
    }
  }

  YieldSaves Result(const std::vector<const Variable*>& temps) const {
    YieldSaves result;
    for (const auto& [yield, position] : yields_) {
      YieldSavePoint& point = result[yield];
      for (const Variable* temp : temps) {
        const Interval& interval = intervals_.at(temp);
        if (position < interval.lo) continue;
        if (position <= interval.hi) {
          point.saved.push_back(temp);
        } else {
          point.released.push_back(temp);
        }
      }
    }
    return result;
  }

 private:
  // The references inside an anchor statement's expressions, recorded
  // with the anchor's range once it is known.
  using Pending = std::vector<const Variable*>;

  void Reference(const Node* node, Pending& pending) {
    const Variable* variable = node->variable();
    if (variable != nullptr && intervals_.contains(variable)) pending.push_back(variable);
  }

  void Record(const Pending& pending, int from, int to) {
    for (const Variable* variable : pending) {
      intervals_[variable].Add(from, to);
      references_.push_back({variable, from, to});
    }
  }

  void VisitExpression(const Node* node, Pending& pending) {
    if (node == nullptr) return;
    ++counter_;
    for (const auto& child : node->children()) VisitExpression(child.node, pending);
    // Class bodies run inline in the creating function.
    if (node->target() != nullptr &&
        node->target()->kind() == NodeKind::kExpressionClassBody) {
      VisitExpression(node->target(), pending);
    }
    Reference(node, pending);
    int position = counter_++;
    if (node->kind() == NodeKind::kExpressionYield ||
        node->kind() == NodeKind::kExpressionYieldFrom) {
      yields_.push_back({node, position});
    }
  }

  void VisitStatement(const Node* node) {
    if (node == nullptr) return;
    int enter = counter_++;
    bool compound = false;
    for (const auto& child : node->children()) compound |= IsStatement(child.node);
    Pending pending;
    Reference(node, pending);
    if (!compound) {
      for (const auto& child : node->children()) VisitExpression(child.node, pending);
      Record(pending, enter, counter_++);
      return;
    }
    // Expressions of a compound statement (a condition) come before its
    // blocks; a try's tried block before its handlers.
    int expressions_from = counter_;
    for (const auto& child : node->children()) {
      if (!IsStatement(child.node)) VisitExpression(child.node, pending);
    }
    Record(pending, expressions_from, counter_);
    const Node* tried = node->kind() == NodeKind::kStatementTry
                            ? node->Child(ChildRole::k_tried)
                            : nullptr;
    VisitStatement(tried);
    for (const auto& child : node->children()) {
      if (IsStatement(child.node) && child.node != tried) VisitStatement(child.node);
    }
    int exit = counter_++;
    if (node->kind() == NodeKind::kStatementLoop) loops_.push_back({enter, exit});
  }

  int counter_ = 0;
  absl::flat_hash_map<const Variable*, Interval> intervals_;
  std::vector<std::tuple<const Variable*, int, int>> references_;
  std::vector<std::pair<int, int>> loops_;
  std::vector<std::pair<const Node*, int>> yields_;
};

}  // namespace

YieldSaves AnalyzeYieldSaves(const Node* body, const std::vector<const Variable*>& temps) {
  YieldSaveAnalysis analysis(temps);
  analysis.Run(body);
  return analysis.Result(temps);
}

}  // namespace nuitka_cc
