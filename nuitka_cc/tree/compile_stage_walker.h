// The walk behind CheckCompileStage: a dry run of CPython 3.11's code
// generator (Python/compile.c) that emits no code and only keeps the state
// its SyntaxErrors depend on.
//
// That state is, per code unit (module, class body, function, lambda,
// comprehension): the kind of scope, its symbol table entry, the stack of
// frame blocks (loops, try, with, handlers) and the "current location" that
// compile.c attaches to an error. compile.c sets that location on every
// statement and expression, restores it after an expression, and moves or
// clears it at a few other points (`except` clauses, the end of loop bodies,
// unwinding through `with`); several errors report whatever it holds at that
// moment, so the walk moves it at the same points.
//
// The walk also visits what compile.c visits more than once: a `finally`
// body is compiled for the normal and the exceptional exit and again for
// every `return`, `break` or `continue` that leaves it, each time on a
// different block stack, and those copies can fail where the first did not.
//
// Along the way it issues compile.c's SyntaxWarnings (`x is 1`, `()()`,
// `assert (x, "message")`, ...) through the warnings machinery, so that they
// reach standard error before the error, as with `python3.11 FILE.py`.
//
//   CompileStageWalker walker(filename, symbols, future);
//   if (!walker.VisitModule(module)) { /* a SyntaxError is set */ }
#ifndef NUITKA_CC_TREE_COMPILE_STAGE_WALKER_H_
#define NUITKA_CC_TREE_COMPILE_STAGE_WALKER_H_

#include <memory>
#include <vector>

#include "nuitka_cc/tree/python_ast.h"

namespace nuitka_cc {
namespace compile_stage {

// compile.c's SET_LOC/UNSET_LOC state; -1 everywhere once unset.
struct Location {
  int lineno = -1;
  int col_offset = -1;
  int end_lineno = -1;
  int end_col_offset = -1;
};

template <typename Node>
Location LocationOf(const Node* node) {
  return Location{node->lineno, node->col_offset, node->end_lineno,
                  node->end_col_offset};
}

// The frame block kinds compile.c pushes; only the count, the kind on top
// and what unwinding a block compiles matter here.
enum class FrameBlockKind {
  kWhileLoop,
  kForLoop,
  kTryExcept,
  kFinallyTry,
  kFinallyEnd,
  kWith,
  kAsyncWith,
  kHandlerCleanup,
  kPopValue,
  kExceptionHandler,
  kExceptionGroupHandler,
  kAsyncComprehensionGenerator,
};

struct FrameBlock {
  FrameBlockKind kind;
  // kFinallyTry: the finally body, compiled again when a jump leaves it.
  asdl_stmt_seq* final_body = nullptr;
};

// compile.c's scope types; "function" and "async function" differ for
// `await`, `yield from`, `async for/with` and async comprehensions.
enum class ScopeKind {
  kModule,
  kClass,
  kFunction,
  kAsyncFunction,
  kLambda,
  kComprehension,
};

struct CodeUnit {
  ScopeKind kind;
  PySTEntryObject* entry;  // owned reference
  Location location;
  std::vector<FrameBlock> blocks;
};

// Names bound by one pattern so far, to catch repeats and alternatives that
// bind different names (compile.c's pattern_context, without the stack).
struct PatternContext {
  std::vector<PyObject*> stores;  // borrowed identifiers from the AST
  bool allow_irrefutable = false;
};

enum class ComprehensionKind { kGenerator, kList, kSet, kDict };

class CompileStageWalker {
 public:
  // `future` is the module's future features (for `annotations` and the
  // line of the last future import).
  CompileStageWalker(PyObject* filename, symtable* symbols,
                     const PyFutureFeatures& future);
  ~CompileStageWalker();
  CompileStageWalker(const CompileStageWalker&) = delete;
  CompileStageWalker& operator=(const CompileStageWalker&) = delete;

  // Returns false with a SyntaxError (or another error) set.
  bool VisitModule(mod_ty module);

 private:
  // Scopes, locations, frame blocks and errors (compile_stage_checks.cc).
  bool EnterScope(ScopeKind kind, void* key, int lineno);
  void ExitScope();
  CodeUnit& unit() { return *units_.back(); }
  PySTEntryObject* entry() { return units_.back()->entry; }
  bool InFunctionBlock() { return entry()->ste_type == FunctionBlock; }
  bool FutureAnnotations() const;
  void SetLocation(const Location& location) { unit().location = location; }
  void UnsetLocation() { unit().location = Location{}; }
  // Sets a SyntaxError at the current location; always returns false.
  bool Error(const char* message);
  bool ErrorObject(PyObject* message);  // steals `message`
  bool PushBlock(FrameBlockKind kind, asdl_stmt_seq* final_body = nullptr);
  void PopBlock() { unit().blocks.pop_back(); }
  bool ForbiddenName(PyObject* name, expr_context_ty context);
  bool CheckArgumentNames(arguments_ty args);

  // Statements (compile_stage_statements.cc).
  bool VisitStatements(asdl_stmt_seq* statements);
  bool VisitBody(asdl_stmt_seq* statements);
  bool VisitStatement(stmt_ty s);
  bool VisitFunction(stmt_ty s, bool is_async);
  bool VisitClass(stmt_ty s);
  bool VisitReturn(stmt_ty s);
  bool VisitLoopExit(bool is_break);
  bool UnwindBlockStack(bool preserve_value, bool* found_loop);
  bool UnwindBlock(const FrameBlock& block, bool preserve_value);
  bool VisitAugmentedAssignment(stmt_ty s);
  bool VisitAnnotatedAssignment(stmt_ty s);
  bool VisitAnnotationSubscript(expr_ty e);
  bool VisitFor(stmt_ty s);
  bool VisitAsyncFor(stmt_ty s);
  bool VisitWhile(stmt_ty s);
  bool VisitTryFinally(stmt_ty s, bool is_star);
  bool VisitTryExcept(stmt_ty s);
  bool VisitTryStarExcept(stmt_ty s);
  bool VisitWith(stmt_ty s, Py_ssize_t position);
  bool VisitAsyncWith(stmt_ty s, Py_ssize_t position);
  bool VisitImport(stmt_ty s);
  bool VisitImportFrom(stmt_ty s);

  // Expressions (compile_stage_expressions.cc).
  bool VisitExpressions(asdl_expr_seq* expressions);
  bool VisitExpression(expr_ty e);
  bool VisitExpressionHere(expr_ty e);
  bool VisitCondition(expr_ty e);
  bool VisitSequenceElements(asdl_expr_seq* elements);
  bool VisitAssignmentTargets(asdl_expr_seq* elements);
  bool VisitCall(expr_ty e);
  bool VisitCallArguments(asdl_expr_seq* args, asdl_keyword_seq* keywords);
  bool ValidateKeywords(asdl_keyword_seq* keywords);
  bool VisitDefaults(arguments_ty args);
  bool VisitAnnotations(arguments_ty args, expr_ty returns);
  bool VisitArgumentAnnotation(expr_ty annotation);
  bool VisitLambda(expr_ty e);
  bool VisitYield(expr_ty e);
  bool VisitAwait(expr_ty e);
  bool VisitAttribute(expr_ty e);
  bool VisitComprehension(expr_ty e, ComprehensionKind kind,
                          asdl_comprehension_seq* generators, expr_ty element,
                          expr_ty value);
  bool VisitComprehensionGenerator(asdl_comprehension_seq* generators,
                                   Py_ssize_t index, expr_ty element,
                                   expr_ty value);
  void MoveStartToAttributeName(expr_ty attribute);

  // SyntaxWarnings (compile_stage_warnings.cc). Each returns false only
  // when the warning was turned into an error.
  bool Warn(PyObject* message);  // steals `message`
  bool CheckComparison(expr_ty e);
  bool CheckCallable(expr_ty function);
  bool CheckSubscript(expr_ty e);
  bool CheckAssertion(stmt_ty s);

  // Pattern matching (compile_stage_patterns.cc).
  bool VisitMatch(stmt_ty s);
  bool VisitPattern(pattern_ty p, PatternContext& context);
  bool VisitSubpattern(pattern_ty p, PatternContext& context);
  bool VisitSequencePattern(pattern_ty p, PatternContext& context);
  bool VisitMappingPattern(pattern_ty p, PatternContext& context);
  bool VisitClassPattern(pattern_ty p, PatternContext& context);
  bool VisitOrPattern(pattern_ty p, PatternContext& context);
  bool VisitCapturePattern(pattern_ty p, PatternContext& context);
  bool StoreCapture(PyObject* name, PatternContext& context);

  PyObject* filename_;  // borrowed
  symtable* symbols_;
  const PyFutureFeatures& future_;
  std::vector<std::unique_ptr<CodeUnit>> units_;
};

}  // namespace compile_stage
}  // namespace nuitka_cc

#endif  // NUITKA_CC_TREE_COMPILE_STAGE_WALKER_H_
