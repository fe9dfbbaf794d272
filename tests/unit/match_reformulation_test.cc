// The shapes the match reformulation gives (reformulate_match.cc): the
// subject evaluated once, CPython 3.11's tests in its order, names bound
// after the whole pattern matched and before the guard, every temporary
// released.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/unit/tree_test_util.h"

namespace nuitka_cc {
namespace {

using testing::TreeFromSource;

// Position of each node in evaluation order, and each node's parent.
struct Walk {
  explicit Walk(const TreeFromSource& t) : nodes(t.AllNodes()) {
    for (size_t i = 0; i < nodes.size(); ++i) {
      order[nodes[i]] = i;
      for (const auto& child : nodes[i]->children()) parent[child.node] = nodes[i];
    }
  }
  bool Before(const Node* a, const Node* b) const { return order.at(a) < order.at(b); }
  bool Inside(const Node* node, const Node* ancestor) const {
    for (auto it = parent.find(node); it != parent.end(); it = parent.find(it->second)) {
      if (it->second == ancestor) return true;
    }
    return false;
  }
  std::vector<const Node*> nodes;
  std::map<const Node*, size_t> order;
  std::map<const Node*, const Node*> parent;
};

bool IsMatchTemp(const Variable* variable) {
  return variable != nullptr && variable->kind() == VariableKind::kTemp &&
         variable->name().rfind("tmp_match_", 0) == 0;
}

std::vector<const Node*> AssignmentsTo(const TreeFromSource& t,
                                       const std::string& name) {
  std::vector<const Node*> found;
  for (const Node* node : t.FindAll(NodeKind::kStatementAssignmentVariable)) {
    if (node->variable()->name() == name) found.push_back(node);
  }
  return found;
}

const Node* SubjectAssignment(const TreeFromSource& t) {
  for (const Node* node : t.FindAll(NodeKind::kStatementAssignmentVariable)) {
    if (node->variable()->name().rfind("tmp_match_subject_", 0) == 0) return node;
  }
  return nullptr;
}

TEST(MatchReformulationTest, SubjectIsEvaluatedOnceIntoATemporary) {
  TreeFromSource t(
      "def f(): return [1, 2]\n"
      "match f():\n"
      "    case [1, x]: pass\n"
      "    case [2, *y]: pass\n"
      "    case {'k': z}: pass\n"
      "    case _: pass\n");
  ASSERT_TRUE(t.ok()) << t.error();
  int subject_assignments = 0;
  for (const Node* node : t.FindAll(NodeKind::kStatementAssignmentVariable)) {
    if (node->variable()->name().rfind("tmp_match_subject_", 0) == 0) {
      ++subject_assignments;
      EXPECT_EQ(node->Child(ChildRole::k_source)->kind(), NodeKind::kExpressionCall);
    }
  }
  EXPECT_EQ(subject_assignments, 1);
  EXPECT_EQ(t.FindAll(NodeKind::kExpressionCall).size(), 1u);
}

TEST(MatchReformulationTest, NamesAreBoundAfterTheTestsAndBeforeTheGuard) {
  TreeFromSource t(
      "def g(v):\n"
      "    match v:\n"
      "        case [x, 1] if x > 0:\n"
      "            return x\n"
      "        case _:\n"
      "            return None\n");
  ASSERT_TRUE(t.ok()) << t.error();
  Walk walk(t);
  auto x_assignments = AssignmentsTo(t, "x");
  ASSERT_EQ(x_assignments.size(), 1u);
  const Node* bind = x_assignments.front();

  const Node* item_test = nullptr;
  const Node* guard = nullptr;
  for (const Node* node : t.FindAll(NodeKind::kExpressionComparison)) {
    if (node->op() == Operator::kEq &&
        node->Child(ChildRole::k_left)->kind() == NodeKind::kExpressionSubscriptLookup) {
      item_test = node;
    }
    if (node->op() == Operator::kGt) guard = node;
  }
  ASSERT_NE(item_test, nullptr);
  ASSERT_NE(guard, nullptr);
  EXPECT_TRUE(walk.Before(item_test, bind));
  EXPECT_TRUE(walk.Before(bind, guard));

  // The binding happens in the case's outline; the guard follows it in an
  // `and`, outside.
  const Node* outline = t.Find(NodeKind::kExpressionOutlineBody);
  ASSERT_NE(outline, nullptr);
  EXPECT_EQ(outline->name(), "match_case");
  EXPECT_TRUE(walk.Inside(bind, outline));
  EXPECT_FALSE(walk.Inside(guard, outline));
  const Node* conjunction = walk.parent.at(outline);
  EXPECT_EQ(conjunction->kind(), NodeKind::kExpressionConditionalAnd);
  EXPECT_EQ(conjunction->Child(ChildRole::k_right), guard);
}

TEST(MatchReformulationTest, ClassPatternsUseIsinstanceThenMatchClassArgs) {
  TreeFromSource t(
      "class Point: pass\n"
      "match Point():\n"
      "    case Point(1, y=0): pass\n");
  ASSERT_TRUE(t.ok()) << t.error();
  Walk walk(t);
  const Node* check = t.Find(NodeKind::kExpressionBuiltinIsinstance);
  const Node* arguments = t.Find(NodeKind::kExpressionMatchClassArgs);
  ASSERT_NE(check, nullptr);
  ASSERT_NE(arguments, nullptr);
  EXPECT_TRUE(walk.Before(check, arguments));
  EXPECT_EQ(arguments->number(), 1);
  ASSERT_NE(arguments->constant(), nullptr);
  ASSERT_TRUE(PyTuple_Check(arguments->constant()));
  ASSERT_EQ(PyTuple_GET_SIZE(arguments->constant()), 1);
  EXPECT_EQ(PyUnicode_CompareWithASCIIString(
                PyTuple_GET_ITEM(arguments->constant(), 0), "y"),
            0);
  // Both see the class expression evaluated once, checked to be a type.
  const Node* classes = check->Child(ChildRole::k_classes);
  ASSERT_EQ(classes->kind(), NodeKind::kExpressionVariableRef);
  EXPECT_EQ(arguments->Child(ChildRole::k_classes)->variable(), classes->variable());
  const Node* class_type = t.Find(NodeKind::kExpressionMatchClassType);
  ASSERT_NE(class_type, nullptr);
  EXPECT_EQ(walk.parent.at(class_type)->variable(), classes->variable());
}

TEST(MatchReformulationTest, ClassPatternWithoutSubPatternsIsOneTest) {
  TreeFromSource t(
      "match 1:\n"
      "    case int(): pass\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Node* check = t.Find(NodeKind::kExpressionBuiltinIsinstance);
  ASSERT_NE(check, nullptr);
  EXPECT_EQ(check->Child(ChildRole::k_classes)->kind(),
            NodeKind::kExpressionMatchClassType);
  EXPECT_EQ(t.Find(NodeKind::kExpressionMatchClassArgs), nullptr);
  EXPECT_EQ(t.Find(NodeKind::kExpressionOutlineBody), nullptr);
}

TEST(MatchReformulationTest, SequencesTakeItemsAsCPythonDoes) {
  TreeFromSource t(
      "match [1, 2, 3]:\n"
      "    case [a, b]: pass\n"
      "    case [c, *d, e]: pass\n"
      "    case [f, *_, g]: pass\n"
      "    case [*_]: pass\n");
  ASSERT_TRUE(t.ok()) << t.error();
  // Without `*_`, all items by iteration at once.
  auto unpacks = t.FindAll(NodeKind::kExpressionMatchSequenceUnpack);
  ASSERT_EQ(unpacks.size(), 2u);
  EXPECT_EQ(unpacks[0]->number(), 2);
  EXPECT_EQ(unpacks[0]->constant(), nullptr);
  EXPECT_EQ(unpacks[1]->number(), 3);
  ASSERT_NE(unpacks[1]->constant(), nullptr);
  EXPECT_EQ(PyLong_AsLong(unpacks[1]->constant()), 1);
  // With `*_`, the last item at len(subject) - 1, never a negative index.
  const Node* last_index = nullptr;
  for (const Node* node : t.FindAll(NodeKind::kExpressionOperationBinary)) {
    if (node->op() == Operator::kSub) last_index = node;
  }
  ASSERT_NE(last_index, nullptr);
  EXPECT_EQ(last_index->Child(ChildRole::k_left)->kind(), NodeKind::kExpressionBuiltinLen);
  // Length tests: == 2, >= 2, >= 2; none for the lone star.
  std::vector<Operator> length_tests;
  for (const Node* node : t.FindAll(NodeKind::kExpressionComparison)) {
    if (node->Child(ChildRole::k_left)->kind() == NodeKind::kExpressionBuiltinLen) {
      length_tests.push_back(node->op());
    }
  }
  EXPECT_EQ(length_tests,
            (std::vector<Operator>{Operator::kEq, Operator::kGtE, Operator::kGtE}));
  EXPECT_EQ(t.FindAll(NodeKind::kExpressionMatchTypeCheckSequence).size(), 4u);
}

TEST(MatchReformulationTest, MappingRestIsCopiedAfterTheValuesMatched) {
  TreeFromSource t(
      "match {'a': 1, 'b': 2}:\n"
      "    case {'a': 1, **rest}: pass\n"
      "    case {**everything}: pass\n");
  ASSERT_TRUE(t.ok()) << t.error();
  Walk walk(t);
  auto values = t.FindAll(NodeKind::kExpressionMatchMappingValues);
  auto rests = t.FindAll(NodeKind::kExpressionMatchMappingRest);
  // `{**everything}` looks up no keys.
  ASSERT_EQ(values.size(), 1u);
  ASSERT_EQ(rests.size(), 2u);
  const Node* value_test = nullptr;
  for (const Node* node : t.FindAll(NodeKind::kExpressionComparison)) {
    if (node->op() == Operator::kEq &&
        node->Child(ChildRole::k_left)->kind() == NodeKind::kExpressionSubscriptLookup) {
      value_test = node;
    }
  }
  ASSERT_NE(value_test, nullptr);
  EXPECT_TRUE(walk.Before(values[0], value_test));
  EXPECT_TRUE(walk.Before(value_test, rests[0]));
  EXPECT_EQ(values[0]->Child(ChildRole::k_keys)->kind(), NodeKind::kExpressionConstantRef);
}

TEST(MatchReformulationTest, OrOfTestsNeedsNoOutline) {
  TreeFromSource t(
      "match 2:\n"
      "    case 1 | 2 | 3: pass\n");
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_EQ(t.FindAll(NodeKind::kExpressionConditionalOr).size(), 2u);
  EXPECT_EQ(t.Find(NodeKind::kExpressionOutlineBody), nullptr);
}

TEST(MatchReformulationTest, OrWithCapturesBindsAfterTheAlternatives) {
  TreeFromSource t(
      "match [0, 5]:\n"
      "    case [x, 0] | [0, x]: pass\n");
  ASSERT_TRUE(t.ok()) << t.error();
  Walk walk(t);
  const Node* case_outline = nullptr;
  const Node* or_outline = nullptr;
  for (const Node* node : t.FindAll(NodeKind::kExpressionOutlineBody)) {
    (node->name() == "match_or" ? or_outline : case_outline) = node;
  }
  ASSERT_NE(case_outline, nullptr);
  ASSERT_NE(or_outline, nullptr);
  EXPECT_TRUE(walk.Inside(or_outline, case_outline));
  auto binds = AssignmentsTo(t, "x");
  ASSERT_EQ(binds.size(), 1u);
  EXPECT_FALSE(walk.Inside(binds[0], or_outline));
  EXPECT_TRUE(walk.Before(or_outline, binds[0]));
  // Each alternative sets the same capture temporary.
  const Variable* capture = binds[0]->Child(ChildRole::k_source)->variable();
  ASSERT_TRUE(IsMatchTemp(capture));
  int copies = 0;
  for (const Node* node : t.FindAll(NodeKind::kStatementAssignmentVariable)) {
    if (node->variable() == capture) {
      ++copies;
      EXPECT_TRUE(walk.Inside(node, or_outline));
    }
  }
  EXPECT_EQ(copies, 2);
}

TEST(MatchReformulationTest, SubjectIsReleasedBeforeTheBody) {
  TreeFromSource t(
      "match 1:\n"
      "    case 1:\n"
      "        x = 1\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Node* subject = SubjectAssignment(t);
  ASSERT_NE(subject, nullptr);
  const Node* conditional = t.Find(NodeKind::kStatementConditional);
  ASSERT_NE(conditional, nullptr);
  const Node* yes = conditional->Child(ChildRole::k_yes_branch);
  ASSERT_NE(yes, nullptr);
  const Node* first = yes->children().front().node;
  EXPECT_EQ(first->kind(), NodeKind::kStatementReleaseVariable);
  EXPECT_EQ(first->variable(), subject->variable());
}

// Every temporary the reformulation assigns is released when an exception
// leaves the code after its assignment (the subject's assignment sits just
// before its try).
TEST(MatchReformulationTest, EveryTemporaryIsReleasedOnExceptions) {
  TreeFromSource t(
      "import types\n"
      "def h(v):\n"
      "    match v:\n"
      "        case [1, [a, *b], *_, {'k': c, **d}]: pass\n"
      "        case types.SimpleNamespace(x=[e, f] | (e, f, _)): pass\n"
      "        case {-1: g} if g: pass\n"
      "        case (1 | 2) as h: pass\n");
  ASSERT_TRUE(t.ok()) << t.error();
  Walk walk(t);
  int checked = 0;
  for (const Node* assignment : t.FindAll(NodeKind::kStatementAssignmentVariable)) {
    const Variable* temp = assignment->variable();
    if (!IsMatchTemp(temp)) continue;
    ++checked;
    const Node* next = nullptr;
    const auto& siblings = walk.parent.at(assignment)->children();
    for (size_t i = 0; i + 1 < siblings.size(); ++i) {
      if (siblings[i].node == assignment) next = siblings[i + 1].node;
    }
    bool released = false;
    for (const Node* node : t.FindAll(NodeKind::kStatementTry)) {
      const Node* tried = node->Child(ChildRole::k_tried);
      const Node* handler = node->Child(ChildRole::k_except_handler);
      if (tried == nullptr || handler == nullptr) continue;
      if (!walk.Inside(assignment, tried) && next != node) continue;
      for (const auto& child : handler->children()) {
        if (child.node->kind() == NodeKind::kStatementReleaseVariable &&
            child.node->variable() == temp) {
          released = true;
        }
      }
    }
    EXPECT_TRUE(released) << temp->name();
  }
  EXPECT_GT(checked, 10);
}

}  // namespace
}  // namespace nuitka_cc
