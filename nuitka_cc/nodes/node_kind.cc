#include "nuitka_cc/nodes/node_kind.h"

#include <array>

namespace nuitka_cc {
namespace {

constexpr std::array<absl::string_view, kNodeKindCount> kNodeKindNames = {
#define NODE_KIND(name, description) #name,
#include "nuitka_cc/nodes/node_kind.def"
};

constexpr std::array<absl::string_view, kNodeKindCount> kNodeKindDescriptions = {
#define NODE_KIND(name, description) description,
#include "nuitka_cc/nodes/node_kind.def"
};

constexpr absl::string_view kChildRoleNames[] = {
#define CHILD_ROLE(name) #name,
#include "nuitka_cc/nodes/child_role.def"
};

constexpr absl::string_view kOperatorNames[] = {
    "None",
#define OPERATOR(name, symbol) #name,
#include "nuitka_cc/nodes/operator.def"
};

constexpr absl::string_view kOperatorSymbols[] = {
    "",
#define OPERATOR(name, symbol) symbol,
#include "nuitka_cc/nodes/operator.def"
};

}  // namespace

absl::string_view NodeKindName(NodeKind kind) {
  return kNodeKindNames[static_cast<int>(kind)];
}

absl::string_view NodeKindDescription(NodeKind kind) {
  return kNodeKindDescriptions[static_cast<int>(kind)];
}

absl::string_view ChildRoleName(ChildRole role) {
  return kChildRoleNames[static_cast<int>(role)];
}

absl::string_view OperatorName(Operator op) {
  return kOperatorNames[static_cast<int>(op)];
}

absl::string_view OperatorSymbol(Operator op) {
  return kOperatorSymbols[static_cast<int>(op)];
}

bool IsStatementKind(NodeKind kind) {
  absl::string_view name = NodeKindName(kind);
  return name.substr(0, 9) == "Statement";
}

bool IsScopeBodyKind(NodeKind kind) {
  switch (kind) {
    case NodeKind::kCompiledPythonModule:
    case NodeKind::kExpressionFunctionBody:
    case NodeKind::kExpressionGeneratorObjectBody:
    case NodeKind::kExpressionCoroutineObjectBody:
    case NodeKind::kExpressionAsyncgenObjectBody:
    case NodeKind::kExpressionClassBody:
      return true;
    default:
      return false;
  }
}

bool IsFrameKind(NodeKind kind) {
  return NodeKindName(kind).substr(0, 15) == "StatementsFrame";
}

}  // namespace nuitka_cc
