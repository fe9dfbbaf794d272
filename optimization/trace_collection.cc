#include "optimization/trace_collection.h"

#include <algorithm>

namespace nuitka_cc {

namespace {

// In a fixed order: versions must not depend on hashing.
void SortById(std::vector<const Variable*>* variables) {
  std::sort(variables->begin(), variables->end(),
            [](const Variable* a, const Variable* b) { return a->id() < b->id(); });
}

bool IsMutableShape(TypeShape shape) {
  return shape == TypeShape::kList || shape == TypeShape::kDict || shape == TypeShape::kSet;
}

}  // namespace

TraceCollection::TraceCollection(const Scope* scope) : scope_(scope) {}

bool TraceCollection::Tracked(const Variable* variable) const {
  // A variable another scope reads or writes (a cell) is not followed.
  if (variable == nullptr || variable->owner() != scope_ || variable->shared()) {
    return false;
  }
  switch (variable->kind()) {
    case VariableKind::kTemp:
      return true;
    case VariableKind::kLocal:
    case VariableKind::kParameter:
      return scope_->IsFunctionLike();
    default:
      return false;
  }
}

const VariableTrace* TraceCollection::NewTrace(const Variable* variable,
                                               VariableTrace trace) {
  trace.version = ++versions_[variable];
  if (IsMutableShape(trace.value.shape) && trace.value.length.has_value()) {
    made_escapable_ = true;
  }
  traces_.push_back(std::move(trace));
  const VariableTrace* result = &traces_.back();
  actives_[variable] = result;
  return result;
}

const VariableTrace* TraceCollection::Initial(const Variable* variable) {
  VariableTrace trace;
  if (variable->kind() == VariableKind::kParameter) {
    trace.kind = TraceKind::kParameter;
    trace.bound = Tristate::kYes;
  } else {
    trace.kind = TraceKind::kUninitialized;
    trace.bound = Tristate::kNo;
  }
  trace.version = 0;
  traces_.push_back(std::move(trace));
  return &traces_.back();
}

const VariableTrace* TraceCollection::Current(const Variable* variable) {
  auto found = actives_.find(variable);
  if (found != actives_.end()) return found->second;
  const VariableTrace* initial = Initial(variable);
  actives_[variable] = initial;
  return initial;
}


void TraceCollection::OnEscape(const Variable* variable) {
  const VariableTrace* current = Current(variable);
  if (!IsMutableShape(current->value.shape) || !current->value.length.has_value()) return;
  VariableTrace trace;
  trace.kind = TraceKind::kEscaped;
  trace.value = ValueInfo::OfShape(current->value.shape);
  trace.bound = current->bound;
  NewTrace(variable, std::move(trace));
}

namespace {

bool Escapable(const Variable* variable, const VariableTrace* trace, bool named_only) {
  return (!named_only || variable->kind() != VariableKind::kTemp) &&
         IsMutableShape(trace->value.shape) && trace->value.length.has_value();
}

}  // namespace

bool TraceCollection::AnyEscapable(bool named_only) const {
  if (!made_escapable_) return false;
  for (const auto& [variable, trace] : actives_) {
    if (Escapable(variable, trace, named_only)) return true;
  }
  return false;
}

void TraceCollection::EscapeAll(bool named_only) {
  std::vector<const Variable*> escaping;
  for (const auto& [variable, trace] : actives_) {
    if (Escapable(variable, trace, named_only)) escaping.push_back(variable);
  }
  SortById(&escaping);
  for (const Variable* variable : escaping) OnEscape(variable);
}

void TraceCollection::OnAssign(const Variable* variable, ValueInfo value) {
  VariableTrace trace;
  trace.kind = TraceKind::kAssign;
  trace.value = std::move(value);
  trace.bound = Tristate::kYes;
  NewTrace(variable, std::move(trace));
}

void TraceCollection::OnDelete(const Variable* variable) {
  VariableTrace trace;
  trace.kind = TraceKind::kDeleted;
  trace.bound = Tristate::kNo;
  NewTrace(variable, std::move(trace));
}

void TraceCollection::MakeUnknown(const absl::flat_hash_set<const Variable*>& variables) {
  std::vector<const Variable*> ordered(variables.begin(), variables.end());
  SortById(&ordered);
  for (const Variable* variable : ordered) {
    if (!Tracked(variable)) continue;
    VariableTrace trace;
    trace.kind = TraceKind::kUnknown;
    trace.bound = Tristate::kUnknown;
    NewTrace(variable, std::move(trace));
  }
}

void TraceCollection::MergeWith(const Actives& other) {
  std::vector<const Variable*> variables;
  for (const auto& [variable, trace] : actives_) variables.push_back(variable);
  for (const auto& [variable, trace] : other) {
    if (!actives_.contains(variable)) variables.push_back(variable);
  }
  SortById(&variables);
  for (const Variable* variable : variables) {
    auto mine = actives_.find(variable);
    auto theirs = other.find(variable);
    const VariableTrace* a = mine != actives_.end() ? mine->second : nullptr;
    const VariableTrace* b = theirs != other.end() ? theirs->second : nullptr;
    // A variable not seen on one side still has its initial trace there.
    if (a == nullptr) a = Initial(variable);
    if (b == nullptr) b = Initial(variable);
    if (a == b) {
      actives_[variable] = a;
      continue;
    }
    VariableTrace trace;
    trace.kind = TraceKind::kMerge;
    bool a_bound = a->bound == Tristate::kYes, b_bound = b->bound == Tristate::kYes;
    bool a_unbound = a->bound == Tristate::kNo, b_unbound = b->bound == Tristate::kNo;
    trace.bound = a_bound && b_bound       ? Tristate::kYes
                  : a_unbound && b_unbound ? Tristate::kNo
                                           : Tristate::kUnknown;
    if (a_bound && b_bound) trace.value = ValueInfo::Merge(a->value, b->value);
    NewTrace(variable, std::move(trace));
  }
}

namespace {

void Collect(const Node* node, absl::flat_hash_set<const Variable*>* written) {
  if (node == nullptr) return;
  switch (node->kind()) {
    case NodeKind::kStatementAssignmentVariable:
    case NodeKind::kStatementDelVariable:
    case NodeKind::kStatementReleaseVariable:
      if (node->variable() != nullptr) written->insert(node->variable());
      break;
    default:
      break;
  }
  // Nested scopes are separate; their bodies hang off `target`.
  for (const auto& child : node->children()) Collect(child.node, written);
}

}  // namespace

void CollectWrittenVariables(const Node* node,
                             absl::flat_hash_set<const Variable*>* written) {
  Collect(node, written);
}

}  // namespace nuitka_cc
