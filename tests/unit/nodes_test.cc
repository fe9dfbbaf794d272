// The node basics: kinds derived from node_kind.def, children by role,
// cloning.
#include "gtest/gtest.h"
#include "nuitka_cc/nodes/module_tree.h"
#include "nuitka_cc/nodes/node_kind.h"

namespace nuitka_cc {
namespace {

TEST(NodeKindTest, NamesAndFamiliesComeFromTheDefList) {
  EXPECT_EQ(NodeKindName(NodeKind::kStatementLoop), "StatementLoop");
  EXPECT_TRUE(IsStatementKind(NodeKind::kStatementLoopBreak));
  EXPECT_TRUE(IsStatementKind(NodeKind::kStatementsFrameFunction));
  EXPECT_FALSE(IsStatementKind(NodeKind::kExpressionCall));
  EXPECT_TRUE(IsFrameKind(NodeKind::kStatementsFrameModule));
  EXPECT_FALSE(IsFrameKind(NodeKind::kStatementsSequence));
  EXPECT_TRUE(IsScopeBodyKind(NodeKind::kExpressionClassBody));
  EXPECT_FALSE(IsScopeBodyKind(NodeKind::kExpressionOutlineBody));
  EXPECT_EQ(OperatorSymbol(Operator::kFloorDiv), "//");
  EXPECT_EQ(ChildRoleName(ChildRole::k_yes_branch), "yes_branch");
}

TEST(NodeTest, ChildrenKeepRolesAndOrder) {
  ModuleTree tree("/tmp/x.py", "__main__");
  Node* call = tree.NewNode(NodeKind::kExpressionCall, {});
  Node* called = tree.NewNode(NodeKind::kExpressionVariableRef, {});
  Node* a = tree.NewNode(NodeKind::kExpressionVariableRef, {});
  Node* b = tree.NewNode(NodeKind::kExpressionVariableRef, {});
  call->AddChild(ChildRole::k_called, called);
  call->AddChildren(ChildRole::k_args, {a, nullptr, b});
  EXPECT_EQ(call->Child(ChildRole::k_called), called);
  EXPECT_EQ(call->ChildrenIn(ChildRole::k_args), (std::vector<Node*>{a, b}));
  EXPECT_EQ(call->Child(ChildRole::k_kwargs), nullptr);
  EXPECT_EQ(*call->source().file, "/tmp/x.py");

  call->ReplaceChildren(ChildRole::k_args, {b});
  EXPECT_EQ(call->ChildrenIn(ChildRole::k_args), (std::vector<Node*>{b}));
  EXPECT_EQ(call->children().front().role, ChildRole::k_called);
}

TEST(NodeTest, CloneCopiesChildrenButSharesVariablesAndTargets) {
  ModuleTree tree("/tmp/x.py", "__main__");
  Scope* scope = tree.NewScope(ScopeKind::kModule, "__main__", "", nullptr);
  Variable* x = tree.NewVariable(scope, "x", VariableKind::kModule);
  Node* assign = tree.NewNode(NodeKind::kStatementAssignmentVariable, {});
  assign->set_variable(x);
  Node* body = tree.NewNode(NodeKind::kExpressionFunctionBody, {});
  Node* creation = tree.NewNode(NodeKind::kExpressionFunctionCreation, {});
  creation->set_target(body);
  assign->AddChild(ChildRole::k_source, creation);

  Node* copy = tree.Clone(assign);
  ASSERT_NE(copy, assign);
  EXPECT_EQ(copy->variable(), x);
  Node* copied_creation = copy->Child(ChildRole::k_source);
  EXPECT_NE(copied_creation, creation);
  EXPECT_EQ(copied_creation->target(), body);
}

}  // namespace
}  // namespace nuitka_cc
