#include "nuitka_cc/nodes/dump_dot.h"

#include <Python.h>

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "nuitka_cc/base/embedded_python.h"
#include "nuitka_cc/nodes/module_tree.h"

namespace nuitka_cc {
namespace {

using ::testing::Test;

int CountOccurrences(const std::string& text, const std::string& part) {
  int count = 0;
  for (size_t at = text.find(part); at != std::string::npos;
       at = text.find(part, at + part.size())) {
    ++count;
  }
  return count;
}

// Builds by hand what the front end would make of
//
//   s = 'a"b\c'
//   def f(): return s + x    # x a local of f
//   f
//   s.<attribute named "two\nlines">
//   class C: y = 'yyyy...'   # 100 characters
//
// The body of f is reached twice: from its creation and from a reference.
std::unique_ptr<ModuleTree> BuildSampleTree() {
  auto tree = std::make_unique<ModuleTree>("/tmp/sample.py", "__main__");
  ModuleTree& t = *tree;
  auto at = [](int line) { return SourceReference{nullptr, line, 0, line, 1}; };

  Scope* module_scope = t.NewScope(ScopeKind::kModule, "__main__", "", nullptr);
  Scope* f_scope = t.NewScope(ScopeKind::kFunction, "f", "f", module_scope);
  Scope* c_scope = t.NewScope(ScopeKind::kClass, "C", "C", module_scope);
  Variable* s = t.NewVariable(module_scope, "s", VariableKind::kModule);
  s->set_bound_at_module_level();
  Variable* f = t.NewVariable(module_scope, "f", VariableKind::kModule);
  Variable* x = t.NewVariable(f_scope, "x", VariableKind::kLocal);
  Variable* y = t.NewVariable(c_scope, "y", VariableKind::kLocalsDict);

  Node* module = t.NewNode(NodeKind::kCompiledPythonModule, at(1));
  module->set_scope(module_scope);
  module_scope->set_body(module);
  t.set_root(module);
  Node* statements = t.NewNode(NodeKind::kStatementsSequence, at(1));
  module->AddChild(ChildRole::k_body, statements);

  Node* assign_s = t.NewNode(NodeKind::kStatementAssignmentVariable, at(1));
  assign_s->set_variable(s);
  Node* quoted = t.NewNode(NodeKind::kExpressionConstantRef, at(1));
  quoted->set_constant(t.OwnConstant(PyUnicode_FromString("a\"b\\c")));
  assign_s->AddChild(ChildRole::k_source, quoted);
  statements->AddChild(ChildRole::k_statements, assign_s);

  Node* f_body = t.NewNode(NodeKind::kExpressionFunctionBody, at(2));
  f_body->set_scope(f_scope);
  f_scope->set_body(f_body);
  Node* ret = t.NewNode(NodeKind::kStatementReturn, at(2));
  Node* add = t.NewNode(NodeKind::kExpressionOperationBinary, at(2));
  add->set_op(Operator::kAdd);
  Node* read_s = t.NewNode(NodeKind::kExpressionVariableRef, at(2));
  read_s->set_variable(s);
  Node* read_x = t.NewNode(NodeKind::kExpressionVariableRef, at(2));
  read_x->set_variable(x);
  add->AddChild(ChildRole::k_left, read_s);
  add->AddChild(ChildRole::k_right, read_x);
  ret->AddChild(ChildRole::k_expression, add);
  f_body->AddChild(ChildRole::k_body, ret);

  Node* assign_f = t.NewNode(NodeKind::kStatementAssignmentVariable, at(2));
  assign_f->set_variable(f);
  Node* create_f = t.NewNode(NodeKind::kExpressionFunctionCreation, at(2));
  create_f->set_target(f_body);
  assign_f->AddChild(ChildRole::k_source, create_f);
  statements->AddChild(ChildRole::k_statements, assign_f);

  Node* use_f = t.NewNode(NodeKind::kStatementExpressionOnly, at(3));
  Node* ref_f = t.NewNode(NodeKind::kExpressionFunctionRef, at(3));
  ref_f->set_target(f_body);
  use_f->AddChild(ChildRole::k_expression, ref_f);
  statements->AddChild(ChildRole::k_statements, use_f);

  Node* use_attribute = t.NewNode(NodeKind::kStatementExpressionOnly, at(4));
  Node* lookup = t.NewNode(NodeKind::kExpressionAttributeLookup, at(4));
  lookup->set_name("two\nlines");
  Node* read_s_again = t.NewNode(NodeKind::kExpressionVariableRef, at(4));
  read_s_again->set_variable(s);
  lookup->AddChild(ChildRole::k_expression, read_s_again);
  use_attribute->AddChild(ChildRole::k_expression, lookup);
  statements->AddChild(ChildRole::k_statements, use_attribute);

  Node* c_body = t.NewNode(NodeKind::kExpressionClassBody, at(5));
  c_body->set_scope(c_scope);
  c_scope->set_body(c_body);
  Node* assign_y = t.NewNode(NodeKind::kStatementAssignmentVariable, at(5));
  assign_y->set_variable(y);
  Node* long_constant = t.NewNode(NodeKind::kExpressionConstantRef, at(5));
  long_constant->set_constant(
      t.OwnConstant(PyUnicode_FromString(std::string(100, 'y').c_str())));
  long_constant->set_number(7);
  assign_y->AddChild(ChildRole::k_source, long_constant);
  c_body->AddChild(ChildRole::k_body, assign_y);
  Node* create_c = t.NewNode(NodeKind::kExpressionFunctionRef, at(5));
  create_c->set_target(c_body);
  Node* use_c = t.NewNode(NodeKind::kStatementExpressionOnly, at(5));
  use_c->AddChild(ChildRole::k_expression, create_c);
  statements->AddChild(ChildRole::k_statements, use_c);
  return tree;
}

class DumpDotTest : public Test {
 protected:
  static void SetUpTestSuite() { ASSERT_TRUE(EmbeddedPython::Start().ok()); }
};

TEST_F(DumpDotTest, OneClusterPerScopeBody) {
  std::string dot = DumpTreeDot(*BuildSampleTree());
  EXPECT_TRUE(absl::StartsWith(dot, "digraph \"__main__\" {\n")) << dot;
  EXPECT_EQ(CountOccurrences(dot, "subgraph cluster_"), 3) << dot;
  EXPECT_TRUE(absl::StrContains(dot, "label=\"module __main__\";")) << dot;
  EXPECT_TRUE(absl::StrContains(dot, "label=\"function f\";")) << dot;
  EXPECT_TRUE(absl::StrContains(dot, "label=\"class C\";")) << dot;
}

TEST_F(DumpDotTest, EdgesCarryRoles) {
  std::string dot = DumpTreeDot(*BuildSampleTree());
  // Nodes are numbered in preorder: the module, its statement sequence, the
  // first assignment and its constant.
  EXPECT_TRUE(absl::StrContains(dot, "n0 -> n1 [label=\"body\"];")) << dot;
  EXPECT_TRUE(absl::StrContains(dot, "n1 -> n2 [label=\"statements\"];"))
      << dot;
  EXPECT_TRUE(absl::StrContains(dot, "n2 -> n3 [label=\"source\"];")) << dot;
  EXPECT_TRUE(absl::StrContains(dot, "[label=\"left\"];")) << dot;
  EXPECT_TRUE(absl::StrContains(dot, "[label=\"right\"];")) << dot;
}

TEST_F(DumpDotTest, SharedBodyDrawnOnceWithDashedEdges) {
  std::string dot = DumpTreeDot(*BuildSampleTree());
  EXPECT_EQ(CountOccurrences(dot, "[label=\"ExpressionFunctionBody\\n"), 1)
      << dot;
  // Creation and reference of f, and the reference of C's body.
  EXPECT_EQ(CountOccurrences(dot, "[label=\"target\", style=dashed];"), 3)
      << dot;
  // Both edges to f's body end at the same node.
  size_t body_at = dot.find("[label=\"ExpressionFunctionBody\\n");
  ASSERT_NE(body_at, std::string::npos);
  size_t id_at = dot.rfind('n', body_at);
  std::string body_id = dot.substr(id_at, body_at - 1 - id_at);
  EXPECT_EQ(
      CountOccurrences(dot, absl::StrCat("-> ", body_id, " [label=\"target\"")),
      2)
      << dot;
}

TEST_F(DumpDotTest, LabelsShowAttributes) {
  std::string dot = DumpTreeDot(*BuildSampleTree());
  // `s` is local at module level, a global inside f; `x` is f's own.
  EXPECT_TRUE(absl::StrContains(
      dot, "StatementAssignmentVariable\\nline 1\\nvariable: s (local)"))
      << dot;
  EXPECT_TRUE(absl::StrContains(
      dot, "ExpressionVariableRef\\nline 2\\nvariable: s (global_implicit)"))
      << dot;
  EXPECT_TRUE(absl::StrContains(
      dot, "ExpressionVariableRef\\nline 2\\nvariable: x (local)"))
      << dot;
  EXPECT_TRUE(absl::StrContains(dot, "\\nop: +\"")) << dot;
  EXPECT_TRUE(absl::StrContains(dot, "\\nnumber: 7\"")) << dot;
  EXPECT_TRUE(absl::StrContains(
      dot, absl::StrCat("constant: '", std::string(39, 'y'), "...\\n")))
      << dot;
  EXPECT_FALSE(absl::StrContains(dot, std::string(41, 'y'))) << dot;
}

TEST_F(DumpDotTest, EscapesQuotesBackslashesAndNewlines) {
  std::string dot = DumpTreeDot(*BuildSampleTree());
  // repr gives 'a"b\\c'; DOT needs the quote and both backslashes escaped.
  EXPECT_TRUE(absl::StrContains(dot, R"(constant: 'a\"b\\\\c'")")) << dot;
  // A newline inside a value is shown, not taken as a line break.
  EXPECT_TRUE(absl::StrContains(dot, R"(name: two\\nlines")")) << dot;
}

TEST_F(DumpDotTest, Deterministic) {
  std::unique_ptr<ModuleTree> tree = BuildSampleTree();
  std::string first = DumpTreeDot(*tree);
  EXPECT_EQ(first, DumpTreeDot(*tree));
  // A second tree of the same shape lives at other addresses.
  EXPECT_EQ(first, DumpTreeDot(*BuildSampleTree()));
}

TEST_F(DumpDotTest, RendersSvg) {
  std::string dot = DumpTreeDot(*BuildSampleTree());
  absl::StatusOr<std::string> svg = RenderDotToSvg(dot);
  ASSERT_TRUE(svg.ok()) << svg.status();
  EXPECT_TRUE(absl::StartsWith(*svg, "<?xml")) << *svg;
  EXPECT_TRUE(absl::StrContains(*svg, "<svg")) << *svg;
  EXPECT_TRUE(absl::StrContains(*svg, "function f")) << *svg;
  // Graph, cluster and node names survive the reading.
  EXPECT_TRUE(absl::StrContains(*svg, "<title>__main__</title>")) << *svg;
  EXPECT_TRUE(absl::StrContains(*svg, "<title>cluster_1</title>")) << *svg;
  EXPECT_TRUE(absl::StrContains(*svg, "<title>n0</title>")) << *svg;
  absl::StatusOr<std::string> again = RenderDotToSvg(dot);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(*svg, *again);
}

TEST_F(DumpDotTest, BadDotIsAnErrorAndLeavesGraphvizUsable) {
  absl::StatusOr<std::string> svg = RenderDotToSvg("digraph {\n a -> \n}\n");
  EXPECT_EQ(svg.status().code(), absl::StatusCode::kInvalidArgument)
      << svg.status();
  EXPECT_TRUE(
      absl::StrContains(svg.status().message(), "syntax error in line 3"))
      << svg.status();
  // Text after the first graph is not left for the next render to read.
  svg = RenderDotToSvg("digraph { a -> b } digraph { c -> d }");
  EXPECT_EQ(svg.status().code(), absl::StatusCode::kInvalidArgument)
      << svg.status();
  EXPECT_TRUE(absl::StrContains(svg.status().message(), "more than one graph"))
      << svg.status();
  absl::StatusOr<std::string> good = RenderDotToSvg("digraph { a -> b }");
  ASSERT_TRUE(good.ok()) << good.status();
  EXPECT_TRUE(absl::StrContains(*good, "<svg")) << *good;
}

TEST_F(DumpDotTest, HugeGraphIsRefused) {
  std::string dot = "digraph {\n";
  for (int i = 0; i <= kMaxSvgRenderNodes; ++i) {
    absl::StrAppend(&dot, "n", i, ";\n");
  }
  dot += "}\n";
  absl::StatusOr<std::string> svg = RenderDotToSvg(dot);
  EXPECT_EQ(svg.status().code(), absl::StatusCode::kResourceExhausted)
      << svg.status();
  EXPECT_TRUE(absl::StrContains(svg.status().message(), "--dump-tree=dot"))
      << svg.status();
}

}  // namespace
}  // namespace nuitka_cc
