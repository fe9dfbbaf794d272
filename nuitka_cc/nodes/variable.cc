#include "nuitka_cc/nodes/variable.h"

namespace nuitka_cc {

absl::string_view VariableKindName(VariableKind kind) {
  switch (kind) {
    case VariableKind::kModule:
      return "module";
    case VariableKind::kLocal:
      return "local";
    case VariableKind::kParameter:
      return "parameter";
    case VariableKind::kLocalsDict:
      return "locals_dict";
    case VariableKind::kTemp:
      return "temp";
  }
  return "?";
}

absl::string_view ScopeKindName(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::kModule:
      return "module";
    case ScopeKind::kFunction:
      return "function";
    case ScopeKind::kLambda:
      return "lambda";
    case ScopeKind::kClass:
      return "class";
    case ScopeKind::kListComprehension:
      return "listcomp";
    case ScopeKind::kSetComprehension:
      return "setcomp";
    case ScopeKind::kDictComprehension:
      return "dictcomp";
    case ScopeKind::kGeneratorExpression:
      return "genexpr";
  }
  return "?";
}

absl::string_view ReferenceKindName(ReferenceKind kind) {
  switch (kind) {
    case ReferenceKind::kLocal:
      return "local";
    case ReferenceKind::kCell:
      return "cell";
    case ReferenceKind::kFree:
      return "free";
    case ReferenceKind::kGlobalExplicit:
      return "global_explicit";
    case ReferenceKind::kGlobalImplicit:
      return "global_implicit";
  }
  return "?";
}

void Scope::AddVariable(Variable* variable) {
  variables_.push_back(variable);
  // Temporaries may repeat names across reformulations; the first one wins
  // for look-up by name, which only user names rely on.
  by_name_.emplace(variable->name(), variable);
}

Variable* Scope::FindOwnVariable(absl::string_view name) const {
  auto it = by_name_.find(name);
  return it == by_name_.end() ? nullptr : it->second;
}

void Scope::AddClosureVariable(Variable* variable) {
  for (Variable* taken : closure_) {
    if (taken == variable) return;
  }
  closure_.push_back(variable);
  variable->set_shared();
}

Variable* Scope::FindVisibleVariable(absl::string_view name) const {
  if (Variable* own = FindOwnVariable(name)) return own;
  for (Variable* taken : closure_) {
    if (taken->name() == name) return taken;
  }
  return nullptr;
}

void Scope::NoteName(const std::string& name, Variable* variable) {
  if (noted_names_.emplace(name, true).second) {
    names_.emplace_back(name, variable);
  }
}

ReferenceKind Scope::ReferenceKindOf(const Variable* variable) const {
  if (variable->kind() == VariableKind::kModule) {
    if (IsDeclaredGlobal(variable->name())) {
      return ReferenceKind::kGlobalExplicit;
    }
    if (kind_ == ScopeKind::kModule && variable->bound_at_module_level()) {
      return ReferenceKind::kLocal;
    }
    return ReferenceKind::kGlobalImplicit;
  }
  if (variable->owner() == this) {
    return variable->shared() ? ReferenceKind::kCell : ReferenceKind::kLocal;
  }
  return ReferenceKind::kFree;
}

}  // namespace nuitka_cc
