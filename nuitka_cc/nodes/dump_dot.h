// Graphviz views of a module tree, behind --dump-tree=dot and --dump-tree=svg.
//
// The DOT text draws every scope body (the module, each function, generator,
// coroutine and class body) in its own cluster, nodes labelled with their kind,
// line and attributes, and edges labelled with the child role. Creation and
// reference nodes get a dashed edge to the body they target.
//
//   std::string dot = DumpTreeDot(tree);
//   absl::StatusOr<std::string> svg = RenderDotToSvg(dot);
//   if (!svg.ok()) return svg.status();
#ifndef NUITKA_CC_NODES_DUMP_DOT_H_
#define NUITKA_CC_NODES_DUMP_DOT_H_

#include <string>

#include "absl/status/statusor.h"
#include "nuitka_cc/nodes/module_tree.h"

namespace nuitka_cc {

// Beyond this many nodes Graphviz's layout takes minutes, so RenderDotToSvg
// refuses and points at the DOT dump instead.
inline constexpr int kMaxSvgRenderNodes = 20000;

// The DOT source of the whole tree, byte for byte the same for the same tree.
// Constants are shown by their repr, so the embedded interpreter must be
// running and this thread must be able to take the GIL.
std::string DumpTreeDot(const ModuleTree& tree);

// Lays out `dot` with Graphviz's "dot" engine in-process and returns the SVG
// text. Errors: InvalidArgument when Graphviz cannot read the DOT,
// ResourceExhausted for graphs over kMaxSvgRenderNodes, Internal when layout
// or rendering fails. Calls are serialized: Graphviz keeps global state.
absl::StatusOr<std::string> RenderDotToSvg(const std::string& dot);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_NODES_DUMP_DOT_H_
