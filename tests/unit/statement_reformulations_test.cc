// The key shapes of the statement reformulations: assignments, augmented
// and annotated assignments, del, assignment expressions, for, with, try
// (and except*), raise.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "nuitka_cc/nodes/variable.h"
#include "tests/unit/tree_test_util.h"

namespace nuitka_cc {
namespace {

using ::nuitka_cc::testing::TreeFromSource;

std::vector<const Node*> AssignmentsTo(const TreeFromSource& tree,
                                       const std::string& name) {
  std::vector<const Node*> found;
  for (const Node* node : tree.FindAll(NodeKind::kStatementAssignmentVariable)) {
    if (node->variable()->name() == name) found.push_back(node);
  }
  return found;
}

std::vector<const Variable*> TempsNamed(TreeFromSource& tree,
                                        const std::string& prefix) {
  std::vector<const Variable*> found;
  for (const Scope& scope : tree.tree().scopes()) {
    for (const Variable* variable : scope.variables()) {
      if (variable->kind() == VariableKind::kTemp &&
          absl::StartsWith(variable->name(), prefix)) {
        found.push_back(variable);
      }
    }
  }
  return found;
}

// Every temporary the tree assigns is released somewhere.
void ExpectTempsReleased(const TreeFromSource& tree) {
  std::vector<const Variable*> released;
  for (const Node* node : tree.FindAll(NodeKind::kStatementReleaseVariable)) {
    released.push_back(node->variable());
  }
  for (const Node* node : tree.FindAll(NodeKind::kStatementAssignmentVariable)) {
    const Variable* variable = node->variable();
    if (variable->kind() != VariableKind::kTemp) continue;
    EXPECT_NE(std::find(released.begin(), released.end(), variable), released.end())
        << variable->name() << " is never released";
  }
}

TEST(AssignmentTest, ChainUsesOneTemporaryAndAssignsEachTarget) {
  TreeFromSource tree("a = b = c\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<const Variable*> temps = TempsNamed(tree, "tmp_assign_source");
  ASSERT_EQ(temps.size(), 1u);
  const Variable* temp = temps[0];
  for (const char* name : {"a", "b"}) {
    std::vector<const Node*> assignments = AssignmentsTo(tree, name);
    ASSERT_EQ(assignments.size(), 1u) << name;
    const Node* source = assignments[0]->Child(ChildRole::k_source);
    ASSERT_EQ(source->kind(), NodeKind::kExpressionVariableRef);
    EXPECT_EQ(source->variable(), temp);
  }
  // c is read once, into the temporary.
  std::vector<const Node*> into_temp = AssignmentsTo(tree, temp->name());
  ASSERT_EQ(into_temp.size(), 1u);
  EXPECT_EQ(into_temp[0]->Child(ChildRole::k_source)->variable()->name(), "c");
  ExpectTempsReleased(tree);
}

TEST(AssignmentTest, SingleTargetNeedsNoTemporary) {
  TreeFromSource tree("a = c\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  EXPECT_TRUE(TempsNamed(tree, "tmp_").empty());
}

TEST(AssignmentTest, AttributeTargetEvaluatesSourceFirst) {
  TreeFromSource tree("obj.attr = value\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  const Node* store = tree.Find(NodeKind::kStatementAssignmentAttribute);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->name(), "attr");
  ASSERT_EQ(store->children().size(), 2u);
  EXPECT_EQ(store->children()[0].role, ChildRole::k_source);
  EXPECT_EQ(store->children()[0].node->variable()->name(), "value");
  EXPECT_EQ(store->children()[1].role, ChildRole::k_expression);
  EXPECT_EQ(store->children()[1].node->variable()->name(), "obj");
}

TEST(AssignmentTest, SubscriptTargetOrder) {
  TreeFromSource tree("table[key] = value\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  const Node* store = tree.Find(NodeKind::kStatementAssignmentSubscript);
  ASSERT_NE(store, nullptr);
  ASSERT_EQ(store->children().size(), 3u);
  EXPECT_EQ(store->children()[0].role, ChildRole::k_source);
  EXPECT_EQ(store->children()[1].role, ChildRole::k_expression);
  EXPECT_EQ(store->children()[2].role, ChildRole::k_subscript);
  EXPECT_EQ(store->children()[2].node->variable()->name(), "key");
}

TEST(AssignmentTest, PrivateAttributeTargetIsMangled) {
  TreeFromSource tree("class C:\n    def f(self):\n        self.__x = 1\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  const Node* store = tree.Find(NodeKind::kStatementAssignmentAttribute);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->name(), "_C__x");
}

TEST(UnpackingTest, CountsAndCheck) {
  TreeFromSource tree("a, b, c = v\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  ASSERT_NE(tree.Find(NodeKind::kExpressionBuiltinIterForUnpack), nullptr);
  std::vector<const Node*> unpacks = tree.FindAll(NodeKind::kExpressionSpecialUnpack);
  ASSERT_EQ(unpacks.size(), 3u);
  for (size_t i = 0; i < unpacks.size(); ++i) {
    EXPECT_EQ(unpacks[i]->number(), static_cast<int64_t>(i + 1));
    const Node* expected = unpacks[i]->Child(ChildRole::k_expected);
    ASSERT_NE(expected, nullptr);
    EXPECT_EQ(PyLong_AsLong(expected->constant()), 3);
    EXPECT_EQ(unpacks[i]->Child(ChildRole::k_expected_at_least), nullptr);
  }
  const Node* check = tree.Find(NodeKind::kStatementSpecialUnpackCheck);
  ASSERT_NE(check, nullptr);
  EXPECT_EQ(check->number(), 3);
  ExpectTempsReleased(tree);
}

TEST(UnpackingTest, StarredTakesListOfTheRest) {
  TreeFromSource tree("a, *b, c, d = v\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<const Node*> unpacks = tree.FindAll(NodeKind::kExpressionSpecialUnpack);
  ASSERT_EQ(unpacks.size(), 1u);
  const Node* at_least = unpacks[0]->Child(ChildRole::k_expected_at_least);
  ASSERT_NE(at_least, nullptr);
  EXPECT_EQ(PyLong_AsLong(at_least->constant()), 3);
  EXPECT_EQ(tree.Find(NodeKind::kStatementSpecialUnpackCheck), nullptr);
  EXPECT_NE(tree.Find(NodeKind::kExpressionBuiltinList), nullptr);
  // The message for a list too short for c and d.
  bool found_message = false;
  for (const Node* constant : tree.FindAll(NodeKind::kExpressionConstantRef)) {
    if (PyUnicode_Check(constant->constant()) &&
        std::string(PyUnicode_AsUTF8(constant->constant())) ==
            "not enough values to unpack (expected at least 3, got %d)") {
      found_message = true;
    }
  }
  EXPECT_TRUE(found_message);
  // c and d come off the list's end, which is then cut.
  EXPECT_EQ(tree.FindAll(NodeKind::kExpressionSubscriptLookup).size(), 2u);
  EXPECT_NE(tree.Find(NodeKind::kStatementDelSubscript), nullptr);
  ExpectTempsReleased(tree);
}

TEST(UnpackingTest, NestedTargetsUnpackAfterTheOuterValues) {
  TreeFromSource tree("(a, b, c), d = v\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<const Node*> checks =
      tree.FindAll(NodeKind::kStatementSpecialUnpackCheck);
  ASSERT_EQ(checks.size(), 2u);
  // Evaluation order: the outer check (2 values) comes first.
  EXPECT_EQ(checks[0]->number(), 2);
  EXPECT_EQ(checks[1]->number(), 3);
  std::vector<const Node*> iterators =
      tree.FindAll(NodeKind::kExpressionBuiltinIterForUnpack);
  ASSERT_EQ(iterators.size(), 2u);
  EXPECT_EQ(iterators[0]->Child(ChildRole::k_value)->variable()->name(), "v");
}

TEST(AugAssignTest, SubscriptEvaluatesObjectAndIndexOnce) {
  TreeFromSource tree("a[i()] += 1\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  EXPECT_EQ(tree.FindAll(NodeKind::kExpressionCall).size(), 1u);
  std::vector<const Node*> reads_of_a;
  for (const Node* ref : tree.FindAll(NodeKind::kExpressionVariableRef)) {
    if (ref->variable()->name() == "a") reads_of_a.push_back(ref);
  }
  EXPECT_EQ(reads_of_a.size(), 1u);
  const Node* store = tree.Find(NodeKind::kStatementAssignmentSubscript);
  ASSERT_NE(store, nullptr);
  const Node* inplace = store->Child(ChildRole::k_source);
  ASSERT_EQ(inplace->kind(), NodeKind::kExpressionOperationBinaryInplace);
  EXPECT_EQ(inplace->op(), Operator::kAdd);
  EXPECT_EQ(inplace->Child(ChildRole::k_left)->kind(),
            NodeKind::kExpressionSubscriptLookup);
  ExpectTempsReleased(tree);
}

TEST(AugAssignTest, AttributeEvaluatesObjectOnce) {
  TreeFromSource tree("get().x -= 2\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  EXPECT_EQ(tree.FindAll(NodeKind::kExpressionCall).size(), 1u);
  const Node* store = tree.Find(NodeKind::kStatementAssignmentAttribute);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->name(), "x");
  EXPECT_EQ(store->Child(ChildRole::k_source)->op(), Operator::kSub);
  ExpectTempsReleased(tree);
}

TEST(AugAssignTest, NameReadsAndWritesTheVariable) {
  TreeFromSource tree("def f(n):\n    n *= 2\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<const Node*> assignments = AssignmentsTo(tree, "n");
  ASSERT_EQ(assignments.size(), 1u);
  const Node* inplace = assignments[0]->Child(ChildRole::k_source);
  ASSERT_EQ(inplace->kind(), NodeKind::kExpressionOperationBinaryInplace);
  EXPECT_EQ(inplace->Child(ChildRole::k_left)->variable(), assignments[0]->variable());
}

TEST(AnnAssignTest, ModuleStoresAnnotationAfterValue) {
  TreeFromSource tree("x: int = 1\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<const Node*> stores =
      tree.FindAll(NodeKind::kStatementAssignmentSubscript);
  ASSERT_EQ(stores.size(), 1u);
  EXPECT_EQ(stores[0]->Child(ChildRole::k_source)->variable()->name(), "int");
  EXPECT_EQ(stores[0]->Child(ChildRole::k_expression)->variable()->name(),
            "__annotations__");
  EXPECT_EQ(std::string(PyUnicode_AsUTF8(
                stores[0]->Child(ChildRole::k_subscript)->constant())),
            "x");
  EXPECT_EQ(AssignmentsTo(tree, "x").size(), 1u);
}

TEST(AnnAssignTest, FunctionDoesNotEvaluateAnnotations) {
  TreeFromSource tree("def f():\n    x: int\n    y: int = 2\n    return y\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  EXPECT_EQ(tree.Find(NodeKind::kStatementAssignmentSubscript), nullptr);
  for (const Node* ref : tree.FindAll(NodeKind::kExpressionVariableRef)) {
    EXPECT_NE(ref->variable()->name(), "int");
  }
  // x is still a local of f.
  const Scope* f = tree.FindScope("f");
  ASSERT_NE(f, nullptr);
  const Variable* x = f->FindOwnVariable("x");
  ASSERT_NE(x, nullptr);
  EXPECT_EQ(x->kind(), VariableKind::kLocal);
}

TEST(AnnAssignTest, ComplexTargetStoresNothing) {
  TreeFromSource tree("obj.attr: int\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  EXPECT_EQ(tree.Find(NodeKind::kStatementAssignmentSubscript), nullptr);
  EXPECT_EQ(tree.Find(NodeKind::kStatementAssignmentAttribute), nullptr);
  EXPECT_EQ(tree.FindAll(NodeKind::kStatementExpressionOnly).size(), 2u);
}

TEST(AnnAssignTest, FutureAnnotationsAreStrings) {
  TreeFromSource tree("from __future__ import annotations\nx: list[int]\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  const Node* store = tree.Find(NodeKind::kStatementAssignmentSubscript);
  ASSERT_NE(store, nullptr);
  const Node* value = store->Child(ChildRole::k_source);
  ASSERT_EQ(value->kind(), NodeKind::kExpressionConstantRef);
  EXPECT_EQ(std::string(PyUnicode_AsUTF8(value->constant())), "list[int]");
}

TEST(DeleteTest, TargetsInOrder) {
  TreeFromSource tree("del a, obj.b, (t[0], c)\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<NodeKind> kinds;
  for (const Node* node : tree.AllNodes()) {
    if (node->kind() == NodeKind::kStatementDelVariable ||
        node->kind() == NodeKind::kStatementDelAttribute ||
        node->kind() == NodeKind::kStatementDelSubscript) {
      kinds.push_back(node->kind());
    }
  }
  EXPECT_EQ(kinds, (std::vector<NodeKind>{NodeKind::kStatementDelVariable,
                                          NodeKind::kStatementDelAttribute,
                                          NodeKind::kStatementDelSubscript,
                                          NodeKind::kStatementDelVariable}));
}

TEST(NamedExpressionTest, OutlineAssignsAndReturnsTheTemporary) {
  TreeFromSource tree("print(x := 5)\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  const Node* outline = tree.Find(NodeKind::kExpressionOutlineBody);
  ASSERT_NE(outline, nullptr);
  EXPECT_EQ(AssignmentsTo(tree, "x").size(), 1u);
  const Node* ret = tree.Find(NodeKind::kStatementReturn);
  ASSERT_NE(ret, nullptr);
  EXPECT_EQ(ret->Child(ChildRole::k_expression)->variable()->kind(),
            VariableKind::kTemp);
  ExpectTempsReleased(tree);
}

TEST(NamedExpressionTest, ComprehensionBindsInEnclosingFunction) {
  TreeFromSource tree("def f(v):\n    [y := i for i in v]\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<const Node*> assignments = AssignmentsTo(tree, "y");
  ASSERT_EQ(assignments.size(), 1u);
  const Variable* y = assignments[0]->variable();
  ASSERT_NE(y->owner(), nullptr);
  EXPECT_EQ(y->owner()->qualname(), "f");
  EXPECT_TRUE(y->shared());
  // f lists y as CPython's symbol table does, though it never reads it.
  bool listed = false;
  for (const auto& [name, variable] : y->owner()->names()) {
    listed = listed || name == "y";
  }
  EXPECT_TRUE(listed);
}

TEST(ForLoopTest, ElseHasAnIndicator) {
  TreeFromSource tree("for x in y:\n    pass\nelse:\n    z = 1\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<const Variable*> indicators = TempsNamed(tree, "tmp_for_else_indicator");
  ASSERT_EQ(indicators.size(), 1u);
  // Set False before the loop and True when the iterator is exhausted.
  EXPECT_EQ(AssignmentsTo(tree, indicators[0]->name()).size(), 2u);
  bool guarded = false;
  for (const Node* conditional : tree.FindAll(NodeKind::kStatementConditional)) {
    const Node* condition = conditional->Child(ChildRole::k_condition);
    guarded = guarded || (condition->kind() == NodeKind::kExpressionVariableRef &&
                          condition->variable() == indicators[0]);
  }
  EXPECT_TRUE(guarded);
  ExpectTempsReleased(tree);
}

TEST(ForLoopTest, NoElseNoIndicator) {
  TreeFromSource tree("for x in y:\n    pass\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  EXPECT_TRUE(TempsNamed(tree, "tmp_for_else_indicator").empty());
  ASSERT_NE(tree.Find(NodeKind::kExpressionBuiltinIter1), nullptr);
  ASSERT_NE(tree.Find(NodeKind::kExpressionBuiltinNext1), nullptr);
  const Node* match = tree.Find(NodeKind::kExpressionComparisonExceptionMatch);
  ASSERT_NE(match, nullptr);
  EXPECT_EQ(match->Child(ChildRole::k_right)->constant(), PyExc_StopIteration);
  ExpectTempsReleased(tree);
}

TEST(ForLoopTest, AsyncForUsesAsyncIteration) {
  TreeFromSource tree("async def f(s):\n    async for x in s:\n        pass\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  EXPECT_NE(tree.Find(NodeKind::kExpressionAsyncIter), nullptr);
  EXPECT_NE(tree.Find(NodeKind::kExpressionAsyncNext), nullptr);
  const Node* match = tree.Find(NodeKind::kExpressionComparisonExceptionMatch);
  ASSERT_NE(match, nullptr);
  EXPECT_EQ(match->Child(ChildRole::k_right)->constant(), PyExc_StopAsyncIteration);
}

TEST(WithTest, LooksUpEnterThenExitAndCallsExitOnce) {
  TreeFromSource tree("with m() as v:\n    body()\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<const Node*> lookups =
      tree.FindAll(NodeKind::kExpressionAttributeLookupSpecial);
  ASSERT_EQ(lookups.size(), 2u);
  EXPECT_EQ(lookups[0]->name(), "__enter__");
  EXPECT_EQ(lookups[1]->name(), "__exit__");
  EXPECT_NE(tree.Find(NodeKind::kExpressionCaughtExceptionTracebackRef), nullptr);
  ASSERT_EQ(AssignmentsTo(tree, "v").size(), 1u);
  ExpectTempsReleased(tree);
}

TEST(WithTest, MultipleItemsNest) {
  TreeFromSource tree("with a, b:\n    pass\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  EXPECT_EQ(tree.FindAll(NodeKind::kExpressionAttributeLookupSpecial).size(), 4u);
  EXPECT_EQ(TempsNamed(tree, "tmp_with_exit_called").size(), 2u);
}

TEST(WithTest, AsyncWithAwaitsEnterAndExit) {
  TreeFromSource tree("async def f(l):\n    async with l:\n        pass\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<const Node*> lookups =
      tree.FindAll(NodeKind::kExpressionAttributeLookupSpecial);
  ASSERT_EQ(lookups.size(), 2u);
  EXPECT_EQ(lookups[0]->name(), "__aenter__");
  EXPECT_EQ(lookups[1]->name(), "__aexit__");
  std::vector<int64_t> origins;
  for (const Node* await : tree.FindAll(NodeKind::kExpressionYieldFromAwaitable)) {
    origins.push_back(await->number().value_or(0));
  }
  EXPECT_NE(std::find(origins.begin(), origins.end(), 1), origins.end());
  EXPECT_NE(std::find(origins.begin(), origins.end(), 2), origins.end());
}

TEST(TryTest, ExceptAsDeletesTheName) {
  TreeFromSource tree("try:\n    f()\nexcept E as e:\n    g(e)\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  EXPECT_NE(tree.Find(NodeKind::kStatementPublishException), nullptr);
  std::vector<const Node*> assignments = AssignmentsTo(tree, "e");
  ASSERT_EQ(assignments.size(), 1u);
  EXPECT_EQ(assignments[0]->Child(ChildRole::k_source)->kind(),
            NodeKind::kExpressionCaughtExceptionValueRef);
  std::vector<const Node*> deletions;
  for (const Node* del : tree.FindAll(NodeKind::kStatementDelVariable)) {
    if (del->variable()->name() == "e") deletions.push_back(del);
  }
  // On normal exit and in the exception path of the handler's try/finally.
  ASSERT_FALSE(deletions.empty());
  for (const Node* del : deletions) EXPECT_EQ(del->number(), 1);  // tolerant
  // No match: re-raise.
  EXPECT_NE(tree.Find(NodeKind::kStatementReraiseException), nullptr);
}

TEST(TryTest, ClausesAreConditionalsInOrder) {
  TreeFromSource tree("try:\n    f()\nexcept A:\n    pass\nexcept B:\n    pass\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<const Node*> matches =
      tree.FindAll(NodeKind::kExpressionComparisonExceptionMatch);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0]->Child(ChildRole::k_left)->kind(),
            NodeKind::kExpressionCaughtExceptionTypeRef);
  EXPECT_EQ(matches[0]->Child(ChildRole::k_right)->variable()->name(), "A");
  EXPECT_EQ(matches[1]->Child(ChildRole::k_right)->variable()->name(), "B");
}

TEST(TryTest, ElseRunsOutsideTheHandler) {
  TreeFromSource tree("try:\n    f()\nexcept A:\n    pass\nelse:\n    g()\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<const Variable*> indicators = TempsNamed(tree, "tmp_try_else_indicator");
  ASSERT_EQ(indicators.size(), 1u);
  // The call of g is not inside the StatementTry that catches.
  std::function<bool(const Node*)> calls_g = [&](const Node* node) {
    if (node->kind() == NodeKind::kExpressionVariableRef &&
        node->variable()->name() == "g") {
      return true;
    }
    for (const auto& child : node->children()) {
      if (calls_g(child.node)) return true;
    }
    return false;
  };
  // The outermost try is the indicator's release; find the one with a match.
  for (const Node* node : tree.FindAll(NodeKind::kStatementTry)) {
    const Node* handler = node->Child(ChildRole::k_except_handler);
    bool catches = false;
    std::function<void(const Node*)> visit = [&](const Node* n) {
      if (n->kind() == NodeKind::kExpressionComparisonExceptionMatch) catches = true;
      for (const auto& child : n->children()) visit(child.node);
    };
    if (handler != nullptr) visit(handler);
    if (catches) {
      EXPECT_FALSE(calls_g(node));
    }
  }
  ExpectTempsReleased(tree);
}

TEST(TryTest, FinallyIsCopiedPerExit) {
  TreeFromSource tree(
      "def f():\n    try:\n        return g()\n    finally:\n        h()\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  const Node* try_node = tree.Find(NodeKind::kStatementTry);
  ASSERT_NE(try_node, nullptr);
  EXPECT_NE(try_node->Child(ChildRole::k_return_handler), nullptr);
  EXPECT_NE(try_node->Child(ChildRole::k_except_handler), nullptr);
}

TEST(TryStarTest, SplitsOncePerClauseAndCombines) {
  TreeFromSource tree(
      "try:\n    f()\nexcept* A as a:\n    pass\nexcept* B:\n    raise\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  std::vector<const Node*> splits =
      tree.FindAll(NodeKind::kExpressionComparisonExceptionGroupMatch);
  ASSERT_EQ(splits.size(), 2u);
  ASSERT_NE(splits[0]->variable(), nullptr);
  EXPECT_EQ(splits[0]->variable(), splits[1]->variable());
  EXPECT_EQ(splits[0]->Child(ChildRole::k_exception_type)->variable()->name(), "A");
  EXPECT_NE(tree.Find(NodeKind::kExpressionExceptionGroupPrepareReraise), nullptr);
  // The clause bodies' exceptions are collected.
  EXPECT_EQ(tree.FindAll(NodeKind::kStatementListOperationAppend).size(), 3u);
  ExpectTempsReleased(tree);
}

TEST(RaiseTest, Forms) {
  TreeFromSource tree("raise X from Y\n");
  ASSERT_TRUE(tree.ok()) << tree.error();
  const Node* raise = tree.Find(NodeKind::kStatementRaiseException);
  ASSERT_NE(raise, nullptr);
  EXPECT_EQ(raise->Child(ChildRole::k_exception_type)->variable()->name(), "X");
  EXPECT_EQ(raise->Child(ChildRole::k_exception_cause)->variable()->name(), "Y");

  TreeFromSource bare("try:\n    pass\nexcept:\n    raise\n");
  ASSERT_TRUE(bare.ok()) << bare.error();
  TreeFromSource plain("raise X\n");
  ASSERT_TRUE(plain.ok()) << plain.error();
  EXPECT_EQ(plain.Find(NodeKind::kStatementRaiseException)
                ->Child(ChildRole::k_exception_cause),
            nullptr);
}

}  // namespace
}  // namespace nuitka_cc
