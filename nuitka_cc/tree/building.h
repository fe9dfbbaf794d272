// Building the node tree of a module from its parsed source.
//
//   ParseResult parse = ParseSourceFile(path, limits);
//   BuildResult built = BuildModuleTree(*parse.parsed, "__main__");
//   DumpTreeXml(*built.tree);
#ifndef NUITKA_CC_TREE_BUILDING_H_
#define NUITKA_CC_TREE_BUILDING_H_

#include <memory>
#include <string>

#include "nuitka_cc/nodes/module_tree.h"
#include "nuitka_cc/tree/parse_source.h"

namespace nuitka_cc {

struct BuildResult {
  std::unique_ptr<ModuleTree> tree;  // null on failure
  std::string message;               // why, for stderr
};

// Converts every AST node into the tree, applies the reformulations and
// resolves every name to its variable.
BuildResult BuildModuleTree(const ParsedSource& parsed, std::string module_name);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_TREE_BUILDING_H_
