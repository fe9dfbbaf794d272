// The optimizer: SSA trace collection over every scope of a module, with
// constant and value-shape propagation and the replacements they allow,
// repeated until nothing changes (bounded).
//
//   OptimizationResult result = OptimizeModule(tree);
//   for (const Replacement& r : result.replacements)
//     std::cout << tree.filename() << ":" << r.line << ": " << r.tag << ": "
//               << r.message << "\n";
#ifndef NUITKA_CC_OPTIMIZATION_OPTIMIZER_H_
#define NUITKA_CC_OPTIMIZATION_OPTIMIZER_H_

#include <string>
#include <vector>

#include "nuitka_cc/nodes/module_tree.h"

namespace nuitka_cc {

// One change the optimizer made: where, a tag naming the kind of change,
// and a message saying what it was.
struct Replacement {
  int line = 0;
  std::string tag;
  std::string message;
};

struct OptimizationResult {
  std::vector<Replacement> replacements;
  int passes = 0;  // passes over the module, the last one changing nothing
};

// Passes over a module at most; a module still changing then is left as it
// is (every intermediate tree is correct).
inline constexpr int kMaxOptimizationPasses = 20;

// Optimizes the tree in place. Needs the embedded interpreter (constants
// are evaluated with CPython's own operations).
OptimizationResult OptimizeModule(ModuleTree& tree);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_OPTIMIZATION_OPTIMIZER_H_
