// Shapes of the call, comparison, comprehension, class, import and f-string
// reformulations (reformulate_{call,comparison,comprehension,class,import,
// fstring}.cc): the key facts a full golden dump would bury.
#include <Python.h>

#include <algorithm>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/unit/tree_test_util.h"

namespace nuitka_cc {
namespace {

using testing::TreeFromSource;

std::vector<NodeKind> ChildKinds(const Node* node, ChildRole role) {
  std::vector<NodeKind> kinds;
  for (const Node* child : node->ChildrenIn(role)) kinds.push_back(child->kind());
  return kinds;
}

std::string ConstantText(const Node* node) {
  if (node == nullptr || node->constant() == nullptr) return "<none>";
  PyObject* repr = PyObject_Repr(node->constant());
  std::string text = PyUnicode_AsUTF8(repr);
  Py_DECREF(repr);
  return text;
}

// Every temporary some statement assigns is also released somewhere.
void ExpectTempsReleased(const TreeFromSource& t) {
  std::vector<const Variable*> released;
  for (const Node* node : t.FindAll(NodeKind::kStatementReleaseVariable)) {
    released.push_back(node->variable());
  }
  for (const Node* node : t.FindAll(NodeKind::kStatementAssignmentVariable)) {
    const Variable* variable = node->variable();
    if (variable->kind() != VariableKind::kTemp) continue;
    EXPECT_NE(std::find(released.begin(), released.end(), variable), released.end())
        << variable->name() << " is never released";
  }
}

// --- Calls -----------------------------------------------------------------

TEST(CallTest, SimpleCallHasPositionalTupleAndKeywordDict) {
  TreeFromSource t("f(a, 2, k=b)\ng(1, 2)\n");
  ASSERT_TRUE(t.ok()) << t.error();
  auto calls = t.FindAll(NodeKind::kExpressionCall);
  ASSERT_EQ(calls.size(), 2u);
  const Node* call = calls[0];
  EXPECT_EQ(call->children()[0].role, ChildRole::k_called);
  EXPECT_EQ(call->Child(ChildRole::k_args)->kind(), NodeKind::kExpressionMakeTuple);
  const Node* kwargs = call->Child(ChildRole::k_kwargs);
  ASSERT_NE(kwargs, nullptr);
  EXPECT_EQ(kwargs->kind(), NodeKind::kExpressionMakeDict);
  const Node* pair = kwargs->Child(ChildRole::k_elements);
  EXPECT_EQ(ConstantText(pair->Child(ChildRole::k_key)), "'k'");
  // All-constant arguments make a constant tuple; no keywords, no kwargs.
  EXPECT_EQ(ConstantText(calls[1]->Child(ChildRole::k_args)), "(1, 2)");
  EXPECT_EQ(calls[1]->Child(ChildRole::k_kwargs), nullptr);
  EXPECT_EQ(t.Find(NodeKind::kExpressionCallComplex), nullptr);
}

TEST(CallTest, StarArgumentsMakeOneComplexCallInEvaluationOrder) {
  TreeFromSource t("f(*a, b, x=1, **c, y=2)\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Node* call = t.Find(NodeKind::kExpressionCallComplex);
  ASSERT_NE(call, nullptr);
  ASSERT_EQ(call->children().size(), 3u);
  EXPECT_EQ(call->children()[0].role, ChildRole::k_called);
  const Node* args = call->Child(ChildRole::k_args);
  EXPECT_EQ(args->kind(), NodeKind::kExpressionMakeTupleUnpack);
  EXPECT_EQ(ChildKinds(args, ChildRole::k_elements),
            (std::vector<NodeKind>{NodeKind::kExpressionStarredElement,
                                   NodeKind::kExpressionVariableRef}));
  const Node* kwargs = call->Child(ChildRole::k_kwargs);
  EXPECT_EQ(kwargs->kind(), NodeKind::kExpressionMakeDictUnpack);
  EXPECT_EQ(ChildKinds(kwargs, ChildRole::k_elements),
            (std::vector<NodeKind>{NodeKind::kExpressionKeyValuePair,
                                   NodeKind::kExpressionDictUnpackElement,
                                   NodeKind::kExpressionKeyValuePair}));
}

TEST(CallTest, StarredPositionalIsEvaluatedBeforeEarlierWrittenKeyword) {
  TreeFromSource t("f(x=g(), *h())\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Node* call = t.Find(NodeKind::kExpressionCallComplex);
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->children()[1].role, ChildRole::k_args);
  EXPECT_EQ(call->children()[2].role, ChildRole::k_kwargs);
}

// --- Comparisons -------------------------------------------------------------

TEST(ComparisonTest, SingleComparisonIsOneNode) {
  TreeFromSource t("a not in b\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Node* comparison = t.Find(NodeKind::kExpressionComparison);
  ASSERT_NE(comparison, nullptr);
  EXPECT_EQ(comparison->op(), Operator::kNotIn);
  EXPECT_EQ(t.Find(NodeKind::kExpressionOutlineBody), nullptr);
}

TEST(ComparisonTest, ChainMakesAnOutlineWithEarlyReturnAndReleases) {
  TreeFromSource t("r = a < b() > c\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Node* outline = t.Find(NodeKind::kExpressionOutlineBody);
  ASSERT_NE(outline, nullptr);
  auto comparisons = t.FindAll(NodeKind::kExpressionComparison);
  ASSERT_EQ(comparisons.size(), 2u);
  EXPECT_EQ(comparisons[0]->op(), Operator::kLt);
  EXPECT_EQ(comparisons[1]->op(), Operator::kGt);
  // The first link's result is returned when false; the last link is
  // returned as it is.
  EXPECT_NE(t.Find(NodeKind::kStatementConditional), nullptr);
  int returns = 0;
  for (const Node* ret : t.FindAll(NodeKind::kStatementReturn)) {
    if (ret->Child(ChildRole::k_expression) != nullptr) ++returns;
  }
  EXPECT_EQ(returns, 2);
  // Both operands of the first link are temporaries: a before b().
  EXPECT_EQ(comparisons[0]->Child(ChildRole::k_left)->variable()->kind(),
            VariableKind::kTemp);
  EXPECT_EQ(comparisons[0]->Child(ChildRole::k_right)->variable()->kind(),
            VariableKind::kTemp);
  ExpectTempsReleased(t);
}

// --- Comprehensions ----------------------------------------------------------

TEST(ComprehensionTest, ListcompIsAFunctionOfDotZeroCalledWithOuterIterator) {
  TreeFromSource t(
      "def f(items):\n"
      "    return [x for x in items if x]\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Scope* scope = t.FindScope("f.<locals>.<listcomp>");
  ASSERT_NE(scope, nullptr);
  EXPECT_EQ(scope->kind(), ScopeKind::kListComprehension);
  ASSERT_EQ(scope->parameters().positional.size(), 1u);
  EXPECT_EQ(scope->parameters().positional[0]->name(), ".0");

  const Node* call = t.Find(NodeKind::kExpressionFunctionCall);
  ASSERT_NE(call, nullptr);
  const Node* creation = call->Child(ChildRole::k_function);
  ASSERT_EQ(creation->kind(), NodeKind::kExpressionFunctionCreation);
  EXPECT_EQ(creation->target()->name(), "<listcomp>");
  EXPECT_EQ(creation->target()->scope(), scope);
  const Node* iterator = call->Child(ChildRole::k_values);
  ASSERT_EQ(iterator->kind(), NodeKind::kExpressionBuiltinIter1);
  // `items` is read in f, not in the comprehension.
  const Node* items = iterator->Child(ChildRole::k_value);
  EXPECT_EQ(items->variable()->owner()->qualname(), "f");
  EXPECT_TRUE(scope->closure().empty());
  EXPECT_NE(t.Find(NodeKind::kStatementListOperationAppend), nullptr);
  ExpectTempsReleased(t);
}

TEST(ComprehensionTest, LaterIterablesAreEvaluatedInside) {
  TreeFromSource t("r = [(a, b) for a in xs for b in a]\n");
  ASSERT_TRUE(t.ok()) << t.error();
  auto iters = t.FindAll(NodeKind::kExpressionBuiltinIter1);
  ASSERT_EQ(iters.size(), 2u);
  const Scope* scope = t.FindScope("<listcomp>");
  ASSERT_NE(scope, nullptr);
  int inside = 0;
  for (const Node* iter : iters) {
    const Variable* operand = iter->Child(ChildRole::k_value)->variable();
    if (operand->owner() == scope) ++inside;
  }
  EXPECT_EQ(inside, 1);  // `a`; `xs` is the module's
  EXPECT_EQ(t.FindAll(NodeKind::kStatementLoop).size(), 2u);
}

TEST(ComprehensionTest, DictcompSetsKeyBeforeValue) {
  TreeFromSource t("d = {k(): v() for x in y}\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Node* set = t.Find(NodeKind::kStatementDictOperationSet);
  ASSERT_NE(set, nullptr);
  const auto& children = set->children();
  ASSERT_EQ(children.size(), 3u);
  EXPECT_EQ(children[0].role, ChildRole::k_dict);
  EXPECT_EQ(children[1].role, ChildRole::k_key);
  EXPECT_EQ(children[2].role, ChildRole::k_value);
}

TEST(ComprehensionTest, GeneratorExpressionYieldsInAGeneratorObject) {
  TreeFromSource t("g = (x * 2 for x in y)\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Scope* scope = t.FindScope("<genexpr>");
  ASSERT_NE(scope, nullptr);
  EXPECT_TRUE(scope->is_generator);
  const Node* make = t.Find(NodeKind::kExpressionMakeGeneratorObject);
  ASSERT_NE(make, nullptr);
  EXPECT_EQ(make->target()->kind(), NodeKind::kExpressionGeneratorObjectBody);
  EXPECT_NE(t.Find(NodeKind::kExpressionYield), nullptr);
  EXPECT_NE(t.Find(NodeKind::kStatementsFrameGenerator), nullptr);
}

TEST(ComprehensionTest, AsyncListcompIsAwaitedCoroutine) {
  TreeFromSource t(
      "async def f(s):\n"
      "    return [x async for x in s]\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Scope* scope = t.FindScope("f.<locals>.<listcomp>");
  ASSERT_NE(scope, nullptr);
  EXPECT_TRUE(scope->is_coroutine);
  const Node* call = t.Find(NodeKind::kExpressionFunctionCall);
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->Child(ChildRole::k_values)->kind(), NodeKind::kExpressionAsyncIter);
  bool awaited = false;
  for (const Node* await : t.FindAll(NodeKind::kExpressionYieldFromAwaitable)) {
    awaited = awaited || await->Child(ChildRole::k_expression) == call;
  }
  EXPECT_TRUE(awaited);
  EXPECT_NE(t.Find(NodeKind::kExpressionAsyncNext), nullptr);
}

// --- Classes -------------------------------------------------------------------

TEST(ClassTest, SuperMakesTheClassCell) {
  TreeFromSource t(
      "class C(B):\n"
      "    def m(self):\n"
      "        return super().m()\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Scope* klass = t.FindScope("C");
  const Scope* method = t.FindScope("C.m");
  ASSERT_NE(klass, nullptr);
  ASSERT_NE(method, nullptr);
  EXPECT_TRUE(klass->needs_class_cell);
  ASSERT_EQ(method->closure().size(), 1u);
  const Variable* cell = method->closure()[0];
  EXPECT_EQ(cell->name(), "__class__");
  EXPECT_EQ(cell->owner(), klass);
  EXPECT_EQ(klass->ReferenceKindOf(cell), ReferenceKind::kCell);
  // The class body assigns the metaclass call's result to the cell and
  // returns it.
  bool assigned = false;
  for (const Node* node : t.FindAll(NodeKind::kStatementAssignmentVariable)) {
    if (node->variable() == cell) {
      assigned = true;
      EXPECT_EQ(node->Child(ChildRole::k_source)->kind(), NodeKind::kExpressionCall);
    }
  }
  EXPECT_TRUE(assigned);
}

TEST(ClassTest, WithoutSuperThereIsNoCell) {
  TreeFromSource t("class C:\n    x = 1\n");
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_FALSE(t.FindScope("C")->needs_class_cell);
  const Node* body = t.Find(NodeKind::kExpressionClassBody);
  ASSERT_NE(body, nullptr);
  const Node* statements = body->Child(ChildRole::k_body);
  std::vector<NodeKind> kinds = ChildKinds(statements, ChildRole::k_statements);
  ASSERT_FALSE(kinds.empty());
  EXPECT_EQ(kinds.front(), NodeKind::kStatementSetLocalsDictionary);
  EXPECT_EQ(kinds.back(), NodeKind::kStatementReturn);
}

TEST(ClassTest, DecoratorsFirstAppliedBeforeBinding) {
  TreeFromSource t(
      "@deco\n"
      "class C(Base):\n"
      "    pass\n");
  ASSERT_TRUE(t.ok()) << t.error();
  std::vector<const Node*> assignments =
      t.FindAll(NodeKind::kStatementAssignmentVariable);
  ASSERT_GE(assignments.size(), 2u);
  // The decorator is evaluated before the bases.
  const Variable* decorator = assignments[0]->variable();
  EXPECT_EQ(decorator->kind(), VariableKind::kTemp);
  EXPECT_EQ(assignments[0]->Child(ChildRole::k_source)->variable()->name(), "deco");
  EXPECT_EQ(assignments[1]->Child(ChildRole::k_source)->ChildrenIn(ChildRole::k_elements)
                .size(),
            1u);
  // C is bound to deco(<class body>()).
  const Node* binding = nullptr;
  for (const Node* node : assignments) {
    if (node->variable()->name() == "C") binding = node;
  }
  ASSERT_NE(binding, nullptr);
  const Node* value = binding->Child(ChildRole::k_source);
  ASSERT_EQ(value->kind(), NodeKind::kExpressionCall);
  EXPECT_EQ(value->Child(ChildRole::k_called)->variable(), decorator);
  const Node* inner = value->Child(ChildRole::k_args)->Child(ChildRole::k_elements);
  ASSERT_EQ(inner->kind(), NodeKind::kExpressionFunctionCall);
  EXPECT_EQ(inner->Child(ChildRole::k_function)->target()->kind(),
            NodeKind::kExpressionClassBody);
  ExpectTempsReleased(t);
}

TEST(ClassTest, MetaclassKeywordAndClassBodyTemporariesAreClosure) {
  TreeFromSource t("class C(metaclass=M, x=1):\n    pass\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Node* select = t.Find(NodeKind::kExpressionSelectMetaclass);
  ASSERT_NE(select, nullptr);
  EXPECT_EQ(select->Child(ChildRole::k_metaclass)->kind(),
            NodeKind::kExpressionVariableRef);
  // The metaclass does not stay among the keywords.
  const Node* dict = t.Find(NodeKind::kExpressionMakeDict);
  ASSERT_NE(dict, nullptr);
  EXPECT_EQ(dict->ChildrenIn(ChildRole::k_elements).size(), 1u);
  const Scope* klass = t.FindScope("C");
  for (const Variable* variable : klass->closure()) {
    EXPECT_EQ(variable->kind(), VariableKind::kTemp);
  }
  EXPECT_NE(t.Find(NodeKind::kExpressionClassPrepare), nullptr);
}

TEST(ClassTest, PrivateNamesAreMangled) {
  TreeFromSource t(
      "class W:\n"
      "    __x = 1\n"
      "    def m(self, __y):\n"
      "        return self.__z\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Scope* klass = t.FindScope("W");
  EXPECT_NE(klass->FindOwnVariable("_W__x"), nullptr);
  EXPECT_EQ(t.FindScope("W.m")->parameters().positional[1]->name(), "_W__y");
  EXPECT_EQ(t.Find(NodeKind::kExpressionAttributeLookup)->name(), "_W__z");
}

// --- Imports and f-strings -------------------------------------------------------

TEST(ImportTest, ImportBindsTopPackageAndFromImportsLookUpNames) {
  TreeFromSource t(
      "import a.b.c\n"
      "import a.b as ab\n"
      "from ..x import y as z\n");
  ASSERT_TRUE(t.ok()) << t.error();
  auto imports = t.FindAll(NodeKind::kExpressionBuiltinImport);
  ASSERT_EQ(imports.size(), 3u);
  EXPECT_EQ(imports[0]->name(), "a.b.c");
  EXPECT_EQ(imports[0]->number(), 0);
  EXPECT_EQ(ConstantText(imports[0]), "None");
  EXPECT_EQ(imports[2]->name(), "x");
  EXPECT_EQ(imports[2]->number(), 2);
  EXPECT_EQ(ConstantText(imports[2]), "('y',)");
  std::vector<std::string> bound;
  for (const Node* node : t.FindAll(NodeKind::kStatementAssignmentVariable)) {
    bound.push_back(node->variable()->name());
  }
  EXPECT_EQ(bound, (std::vector<std::string>{"a", "ab", "z"}));
  auto names = t.FindAll(NodeKind::kExpressionImportName);
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0]->name(), "b");
  EXPECT_EQ(names[1]->name(), "y");
}

TEST(ImportTest, StarImport) {
  TreeFromSource t("from os import *\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Node* star = t.Find(NodeKind::kStatementImportStar);
  ASSERT_NE(star, nullptr);
  EXPECT_EQ(ConstantText(star->Child(ChildRole::k_module)), "('*',)");
}

TEST(FStringTest, ConversionsAndNestedSpec) {
  TreeFromSource t("s = f'a{x!r:>{w}}b{y!a}'\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Node* joined = t.Find(NodeKind::kExpressionStringConcatenation);
  ASSERT_NE(joined, nullptr);
  auto formats = joined->ChildrenIn(ChildRole::k_values);
  ASSERT_EQ(formats.size(), 4u);
  const Node* first = formats[1];
  ASSERT_EQ(first->kind(), NodeKind::kExpressionBuiltinFormat);
  EXPECT_EQ(first->Child(ChildRole::k_value)->kind(), NodeKind::kExpressionBuiltinRepr);
  const Node* spec = first->Child(ChildRole::k_format_spec);
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->kind(), NodeKind::kExpressionStringConcatenation);
  EXPECT_EQ(formats[3]->Child(ChildRole::k_value)->kind(),
            NodeKind::kExpressionBuiltinAscii);
}

}  // namespace
}  // namespace nuitka_cc
