// The node kinds, child roles and operators, derived from their .def lists.
//
//   NodeKind kind = NodeKind::kStatementLoop;
//   NodeKindName(kind);          // "StatementLoop"
//   IsStatementKind(kind);       // true
#ifndef NUITKA_CC_NODES_NODE_KIND_H_
#define NUITKA_CC_NODES_NODE_KIND_H_

#include <cstdint>

#include "absl/strings/string_view.h"

namespace nuitka_cc {

enum class NodeKind : uint8_t {
#define NODE_KIND(name, description) k##name,
#include "nuitka_cc/nodes/node_kind.def"
};

inline constexpr int kNodeKindCount = 0
#define NODE_KIND(name, description) +1
#include "nuitka_cc/nodes/node_kind.def"
    ;

enum class ChildRole : uint8_t {
#define CHILD_ROLE(name) k_##name,
#include "nuitka_cc/nodes/child_role.def"
};

enum class Operator : uint8_t {
  kNone,
#define OPERATOR(name, symbol) k##name,
#include "nuitka_cc/nodes/operator.def"
};

absl::string_view NodeKindName(NodeKind kind);
absl::string_view NodeKindDescription(NodeKind kind);
absl::string_view ChildRoleName(ChildRole role);
absl::string_view OperatorName(Operator op);
absl::string_view OperatorSymbol(Operator op);

// Statements and statement sequences (including frame guards).
bool IsStatementKind(NodeKind kind);
// Bodies that own a scope: module, function, generator, class and the like.
bool IsScopeBodyKind(NodeKind kind);
// Frame guards: StatementsFrame*.
bool IsFrameKind(NodeKind kind);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_NODES_NODE_KIND_H_
