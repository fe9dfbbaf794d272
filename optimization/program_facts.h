// What the whole module lets the optimizer trust about imported modules:
// which module variables are bound to a friend's module (or one of its
// attributes) wherever they are read, and which attribute names the
// program may assign.
//
// A variable is trusted when `import M` (or `from M import a`) is its only
// binding anywhere in the program, that import is a statement of the
// module body before which only imports, definitions and constants run
// (no program code can read the name before it is bound), nothing
// rebinds names dynamically (`globals()`, `vars()`, `exec`, `eval`,
// `from x import *`), and M is not shadowed by a file of the program's
// directory. Attributes are trusted when the program never assigns or
// deletes an attribute of that name (`setattr` with a computed name or a
// `__dict__` look-up trusts none). Code outside the program is assumed
// not to rebind attributes of standard modules (docs/optimization.md).
//
//   ProgramFacts facts = CollectProgramFacts(tree);
//   facts.friend_bindings.at(math_variable);   // "math"
#ifndef NUITKA_CC_OPTIMIZATION_PROGRAM_FACTS_H_
#define NUITKA_CC_OPTIMIZATION_PROGRAM_FACTS_H_

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "nuitka_cc/nodes/module_tree.h"

namespace nuitka_cc {

struct ProgramFacts {
  // Module variables bound to a module friend's module or attribute, by
  // dotted path ("math", "os.path", "math.sqrt").
  absl::flat_hash_map<const Variable*, std::string> friend_bindings;
  // Attribute names the program may assign or delete.
  absl::flat_hash_set<std::string> written_attributes;
  // Attributes may be changed under names not known at compile time.
  bool any_attribute_written = false;

  bool AttributeTrusted(absl::string_view name) const {
    return !any_attribute_written && !written_attributes.contains(name);
  }
};

ProgramFacts CollectProgramFacts(const ModuleTree& tree);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_OPTIMIZATION_PROGRAM_FACTS_H_
