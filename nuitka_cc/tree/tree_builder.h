// The state and shared helpers of tree building, used by every
// reformulation: node creation, the current scope and its symbol-table
// entry, name resolution, temporaries, and the common statement shapes
// (sequences, try/finally, releases).
//
// Reformulations are free functions in reformulate_<construct>.cc, declared
// in reformulations.h, taking the builder:
//
//   Node* BuildWhileStatement(TreeBuilder& b, stmt_ty s) {
//     Node* loop = b.New(NodeKind::kStatementLoop, b.Ref(s));
//     ...
//   }
#ifndef NUITKA_CC_TREE_TREE_BUILDER_H_
#define NUITKA_CC_TREE_TREE_BUILDER_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

#include "nuitka_cc/nodes/module_tree.h"
#include "nuitka_cc/tree/parse_source.h"
#include "nuitka_cc/tree/python_ast.h"

namespace nuitka_cc {

// The UTF-8 text of a Python str (an identifier from the AST); "" if it
// cannot be encoded.
std::string Utf8(PyObject* text);

// The operator of a binary or augmented-assignment AST node.
Operator BinaryOperatorOf(operator_ty op);

class TreeBuilder {
 public:
  TreeBuilder(ModuleTree& tree, const ParsedSource& parsed);
  ~TreeBuilder();

  ModuleTree& tree() { return tree_; }
  const ParsedSource& parsed() const { return parsed_; }
  // `from __future__ import annotations` and friends.
  int future_features() const;

  // --- Source references -----------------------------------------------
  template <typename AstNode>
  SourceReference Ref(const AstNode* node) const {
    return {&tree_.filename(), node->lineno, node->col_offset, node->end_lineno,
            node->end_col_offset};
  }
  SourceReference Ref(int line, int column) const {
    return {&tree_.filename(), line, column, line, column};
  }

  // --- Nodes -----------------------------------------------------------
  Node* New(NodeKind kind, const SourceReference& ref) {
    return tree_.NewNode(kind, ref);
  }
  // A StatementsSequence of the non-null statements; nested sequences are
  // flattened. Returns nullptr when nothing is left.
  Node* MakeSequence(const std::vector<Node*>& statements,
                     const SourceReference& ref);
  Node* MakeStatementExpression(Node* expression);
  // Constants: `steal` takes a new reference; the borrowed form adds one.
  Node* MakeConstant(PyObject* steal, const SourceReference& ref);
  Node* MakeConstantBorrowed(PyObject* value, const SourceReference& ref);
  Node* MakeConstantString(absl::string_view text, const SourceReference& ref);
  Node* MakeConstantInt(long value, const SourceReference& ref);
  Node* MakeNone(const SourceReference& ref);
  Node* MakeBool(bool value, const SourceReference& ref);
  Node* MakeConditional(Node* condition, Node* yes, Node* no,
                        const SourceReference& ref);
  Node* MakeReraise(const SourceReference& ref);
  Node* MakeBreak(const SourceReference& ref);
  // A call with positional arguments only: called(*args).
  Node* MakeCall(Node* called, const std::vector<Node*>& args,
                 const SourceReference& ref);
  // An interned string owned by the tree, for identifiers like "__doc__".
  PyObject* Identifier(const char* text);
  // A tuple of the given expressions; a constant tuple if all are constant.
  Node* MakeTuple(const std::vector<Node*>& elements, const SourceReference& ref);

  // --- Building from the AST ----------------------------------------------
  // A StatementsSequence for a body, or nullptr for an empty one.
  Node* BuildStatements(asdl_stmt_seq* body, const SourceReference& ref);
  Node* BuildStatement(stmt_ty statement);
  Node* BuildExpression(expr_ty expression);
  std::vector<Node*> BuildExpressions(asdl_expr_seq* expressions);
  // Assignment of `source` (evaluated once, already built) to an assignment
  // target of any form: name, attribute, subscript, tuple or list with
  // starred and nested targets. See reformulate_assignment.cc.
  Node* BuildAssignTarget(expr_ty target, Node* source);

  // --- Names -------------------------------------------------------------
  // Reads, binds or deletes a user name in the current scope, resolved
  // through CPython's symbol table (with private-name mangling): locals,
  // cells, closure variables, globals, and class-body names that look in
  // the class namespace first.
  Node* MakeNameRef(PyObject* identifier, const SourceReference& ref);
  Node* MakeNameAssign(PyObject* identifier, Node* source,
                       const SourceReference& ref);
  Node* MakeNameDel(PyObject* identifier, const SourceReference& ref,
                    bool tolerant = false);
  // The variable `identifier` stands for in the current scope when bound.
  Variable* ResolveNameForStore(PyObject* identifier);
  // Mangles __private names inside classes, as CPython does.
  std::string Mangle(PyObject* identifier) const;

  // --- Variables ----------------------------------------------------------
  // A new temporary of the current scope, named "tmp_<hint>_<n>".
  Variable* NewTemp(absl::string_view hint);
  Node* MakeVariableRef(Variable* variable, const SourceReference& ref);
  Node* MakeAssignVariable(Variable* variable, Node* source,
                           const SourceReference& ref);
  Node* MakeDelVariable(Variable* variable, const SourceReference& ref,
                        bool tolerant);
  Node* MakeRelease(Variable* variable, const SourceReference& ref);

  // --- Try/finally -------------------------------------------------------
  // try: tried finally: final. The final statements are copied into a
  // handler per exit kind the tried block actually has (exception,
  // break, continue, return) and after it for normal completion.
  Node* MakeTryFinally(Node* tried, Node* final, const SourceReference& ref);
  // try: tried finally: release each temporary.
  Node* MakeTryFinallyReleases(Node* tried, const std::vector<Variable*>& temps,
                               const SourceReference& ref);

  // --- Scopes --------------------------------------------------------------
  Scope* current_scope() const { return scopes_.back().scope; }
  PySTEntryObject* current_symbols() const { return scopes_.back().symbols; }
  // The symbol-table entry CPython made for a def, lambda, class or
  // comprehension AST node (new reference), or nullptr.
  PySTEntryObject* LookupSymbols(const void* ast_node) const;
  // Enters a scope for the lifetime of the guard. `private_name` is the
  // class name for a class body (for mangling), nullptr to inherit.
  class ScopeGuard {
   public:
    ScopeGuard(TreeBuilder& builder, Scope* scope, PySTEntryObject* symbols,
               PyObject* private_name);
    ~ScopeGuard();
    ScopeGuard(const ScopeGuard&) = delete;
    ScopeGuard& operator=(const ScopeGuard&) = delete;

   private:
    TreeBuilder& builder_;
  };
  // Qualified name for a new def/class/lambda named `name` in the current
  // scope, as CPython's __qualname__ computes it.
  std::string QualnameFor(absl::string_view name, bool is_global) const;

  // --- Failure ------------------------------------------------------------
  // Records an internal error (a construct the builder cannot handle);
  // building then fails with this message. Returns a placeholder node.
  Node* Fail(absl::string_view message, const SourceReference& ref);
  const std::string& error() const { return error_; }

 private:
  struct ScopeEntry {
    Scope* scope;
    PySTEntryObject* symbols;  // owned reference
    PyObject* private_name;    // borrowed
  };
  Variable* ModuleVariable(const std::string& name);
  // The variable of an enclosing function scope that `name` (free here)
  // refers to, taking it into the closure of every scope in between.
  Variable* ResolveFree(const std::string& name, size_t scope_index);
  Variable* LocalsDictVariable(Scope* scope, const std::string& name);
  void NoteUse(const std::string& name, Variable* variable);
  void DeclareGlobal(const std::string& name, Variable* variable);

  ModuleTree& tree_;
  const ParsedSource& parsed_;
  std::vector<ScopeEntry> scopes_;
  std::string error_;
};

}  // namespace nuitka_cc

#endif  // NUITKA_CC_TREE_TREE_BUILDER_H_
