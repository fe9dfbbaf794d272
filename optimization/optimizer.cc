#include "optimization/optimizer.h"

#include "optimization/program_facts.h"
#include "optimization/scope_optimizer.h"

namespace nuitka_cc {

OptimizationResult OptimizeModule(ModuleTree& tree) {
  OptimizationResult result;
  // Replacements only remove or replace code, never add bindings or
  // attribute writes: what the first tree allows stays true.
  ProgramFacts facts = CollectProgramFacts(tree);
  for (int pass = 1; pass <= kMaxOptimizationPasses; ++pass) {
    result.passes = pass;
    bool changed = false;
    // Scopes in creation order: the module first, then nested ones as the
    // source has them.
    for (const Scope& scope : tree.scopes()) {
      Node* body = scope.kind() == ScopeKind::kModule ? tree.root() : scope.body();
      if (body == nullptr) continue;
      ScopeOptimizer optimizer(tree, const_cast<Scope*>(&scope), facts,
                               &result.replacements);
      changed = optimizer.Run(body) || changed;
    }
    if (!changed) break;
  }
  return result;
}

}  // namespace nuitka_cc
