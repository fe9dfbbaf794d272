// The tree as XML, in the spirit of Nuitka's dumps: one <node> element per
// node with its kind and source position, children grouped by <role>,
// variable references naming their variable, its owner and how the scope
// reaches it. Deterministic: the same tree always gives the same text.
//
//   std::string xml = DumpTreeXml(tree);
#ifndef NUITKA_CC_NODES_DUMP_XML_H_
#define NUITKA_CC_NODES_DUMP_XML_H_

#include <ostream>
#include <string>

#include "nuitka_cc/nodes/module_tree.h"

namespace nuitka_cc {

std::string DumpTreeXml(const ModuleTree& tree);
// The same, written to `out` as it is produced.
void DumpTreeXml(const ModuleTree& tree, std::ostream& out);

// A constant's repr as the dumps show it; long reprs are cut to
// `max_length` characters with "..." when max_length > 0.
std::string ConstantRepr(_object* constant, size_t max_length = 0);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_NODES_DUMP_XML_H_
