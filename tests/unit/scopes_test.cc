// Variable resolution: which variable each name refers to and how each
// scope reaches it, as CPython's symbol table decides.
#include "gtest/gtest.h"
#include "tests/unit/tree_test_util.h"

namespace nuitka_cc {
namespace {

using testing::TreeFromSource;

ReferenceKind KindOf(const Scope* scope, const std::string& name) {
  for (const auto& [noted, variable] : scope->names()) {
    if (noted == name) return scope->ReferenceKindOf(variable);
  }
  ADD_FAILURE() << "scope " << scope->qualname() << " has no name " << name;
  return ReferenceKind::kLocal;
}

TEST(ScopesTest, ClosureVariablesAreCellsInTheOwnerAndFreeInUsers) {
  TreeFromSource t(
      "def outer(a):\n"
      "    b = 1\n"
      "    def inner():\n"
      "        return a + b + len\n"
      "    return inner\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Scope* outer = t.FindScope("outer");
  const Scope* inner = t.FindScope("outer.<locals>.inner");
  ASSERT_NE(outer, nullptr);
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(KindOf(outer, "a"), ReferenceKind::kCell);
  EXPECT_EQ(KindOf(outer, "b"), ReferenceKind::kCell);
  EXPECT_EQ(KindOf(outer, "inner"), ReferenceKind::kLocal);
  EXPECT_EQ(KindOf(inner, "a"), ReferenceKind::kFree);
  EXPECT_EQ(KindOf(inner, "len"), ReferenceKind::kGlobalImplicit);
  EXPECT_EQ(inner->closure().size(), 2u);
}

TEST(ScopesTest, GlobalAndNonlocalDeclarations) {
  TreeFromSource t(
      "counter = 0\n"
      "def bump():\n"
      "    global counter\n"
      "    counter += 1\n"
      "def make():\n"
      "    n = 0\n"
      "    def step():\n"
      "        nonlocal n\n"
      "        n = n + 1\n"
      "    return step\n");
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_EQ(KindOf(t.FindScope("bump"), "counter"), ReferenceKind::kGlobalExplicit);
  // A `global` statement anywhere marks the module's own name as an explicit
  // global, as CPython's symbol table does.
  EXPECT_EQ(KindOf(t.tree().module_scope(), "counter"),
            ReferenceKind::kGlobalExplicit);
  EXPECT_EQ(KindOf(t.tree().module_scope(), "bump"), ReferenceKind::kLocal);
  EXPECT_EQ(KindOf(t.FindScope("make.<locals>.step"), "n"), ReferenceKind::kFree);
  EXPECT_EQ(KindOf(t.FindScope("make"), "n"), ReferenceKind::kCell);
}

TEST(ScopesTest, ClassBodyNamesAreInvisibleToMethods) {
  TreeFromSource t(
      "def f():\n"
      "    x = 1\n"
      "    class C:\n"
      "        x = 2\n"
      "        y = x\n"
      "        def m(self):\n"
      "            return x\n"
      "    return C\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Scope* method = t.FindScope("f.<locals>.C.m");
  ASSERT_NE(method, nullptr);
  // The method's x is f's x, not the class attribute.
  for (const auto& [name, variable] : method->names()) {
    if (name == "x") {
      EXPECT_EQ(variable->owner()->qualname(), "f");
    }
  }
  EXPECT_EQ(KindOf(method, "x"), ReferenceKind::kFree);
  // In the class body, reads look in the class namespace first.
  bool found_fallback = false;
  for (const Node* node : t.FindAll(NodeKind::kExpressionLocalsVariableRefOrFallback)) {
    if (node->variable()->name() == "x") found_fallback = true;
  }
  EXPECT_TRUE(found_fallback);
}

TEST(ScopesTest, QualnamesFollowCPython) {
  TreeFromSource t(
      "def f():\n"
      "    g = lambda: 1\n"
      "    def h():\n"
      "        pass\n"
      "    return g, h\n");
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_NE(t.FindScope("f.<locals>.<lambda>"), nullptr);
  EXPECT_NE(t.FindScope("f.<locals>.h"), nullptr);
}

TEST(ScopesTest, GeneratorFunctionsRunTheirBodyInAGeneratorObject) {
  TreeFromSource t(
      "def gen(n):\n"
      "    yield n\n"
      "    return 5\n");
  ASSERT_TRUE(t.ok()) << t.error();
  const Node* make = t.Find(NodeKind::kExpressionMakeGeneratorObject);
  ASSERT_NE(make, nullptr);
  ASSERT_NE(make->target(), nullptr);
  EXPECT_EQ(make->target()->kind(), NodeKind::kExpressionGeneratorObjectBody);
  EXPECT_NE(t.Find(NodeKind::kStatementGeneratorReturn), nullptr);
  EXPECT_NE(t.Find(NodeKind::kStatementsFrameGenerator), nullptr);
}

TEST(ParseTest, SyntaxErrorsAreReportedAsCPythonPrintsThem) {
  TreeFromSource t("def f(:\n    pass\n");
  EXPECT_FALSE(t.ok());
  EXPECT_EQ(t.parse().outcome, ParseOutcome::kProgramError);
  EXPECT_NE(t.error().find("SyntaxError: invalid syntax"), std::string::npos)
      << t.error();
  EXPECT_NE(t.error().find("line 1"), std::string::npos) << t.error();
}

TEST(ParseTest, SymbolTableErrorsAreReported) {
  TreeFromSource t("def f(a, a):\n    pass\n");
  EXPECT_FALSE(t.ok());
  EXPECT_NE(t.error().find("duplicate argument 'a' in function definition"),
            std::string::npos)
      << t.error();
}

}  // namespace
}  // namespace nuitka_cc
