// The reformulations: each turns one Python construct into simpler nodes,
// as the design manual's "Language Conversions" describe. One file per
// construct, named reformulate_<construct>.cc; each file opens with the
// Python-to-Python rewrite it performs.
#ifndef NUITKA_CC_TREE_REFORMULATIONS_H_
#define NUITKA_CC_TREE_REFORMULATIONS_H_

#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {

// reformulate_assert.cc
Node* BuildAssertStatement(TreeBuilder& b, stmt_ty s);
// reformulate_assignment.cc: Assign, AugAssign, AnnAssign, Delete; the
// target part is TreeBuilder::BuildAssignTarget.
Node* BuildAssignStatement(TreeBuilder& b, stmt_ty s);
Node* BuildAugAssignStatement(TreeBuilder& b, stmt_ty s);
Node* BuildAnnAssignStatement(TreeBuilder& b, stmt_ty s);
Node* BuildDeleteStatement(TreeBuilder& b, stmt_ty s);
Node* BuildAssignTargetImpl(TreeBuilder& b, expr_ty target, Node* source);
// reformulate_named_expression.cc: (x := value)
Node* BuildNamedExpression(TreeBuilder& b, expr_ty e);
// reformulate_for_loop.cc: For and AsyncFor
Node* BuildForStatement(TreeBuilder& b, stmt_ty s);
// reformulate_while_loop.cc
Node* BuildWhileStatement(TreeBuilder& b, stmt_ty s);
// reformulate_with.cc: With and AsyncWith
Node* BuildWithStatement(TreeBuilder& b, stmt_ty s);
// reformulate_try.cc: Try and TryStar
Node* BuildTryStatement(TreeBuilder& b, stmt_ty s);
Node* BuildTryStarStatement(TreeBuilder& b, stmt_ty s);
// reformulate_raise.cc
Node* BuildRaiseStatement(TreeBuilder& b, stmt_ty s);
// reformulate_function.cc: FunctionDef, AsyncFunctionDef, Lambda, Return,
// and the yield/await expressions.
Node* BuildFunctionDefStatement(TreeBuilder& b, stmt_ty s);
Node* BuildLambdaExpression(TreeBuilder& b, expr_ty e);
Node* BuildReturnStatement(TreeBuilder& b, stmt_ty s);
Node* BuildYieldExpression(TreeBuilder& b, expr_ty e);
// reformulate_class.cc
Node* BuildClassDefStatement(TreeBuilder& b, stmt_ty s);
// reformulate_comprehension.cc: ListComp, SetComp, DictComp, GeneratorExp
Node* BuildComprehensionExpression(TreeBuilder& b, expr_ty e);
// reformulate_call.cc
Node* BuildCallExpression(TreeBuilder& b, expr_ty e);
// reformulate_comparison.cc
Node* BuildCompareExpression(TreeBuilder& b, expr_ty e);
// reformulate_import.cc: Import and ImportFrom
Node* BuildImportStatement(TreeBuilder& b, stmt_ty s);
Node* BuildImportFromStatement(TreeBuilder& b, stmt_ty s);
// reformulate_match.cc
Node* BuildMatchStatement(TreeBuilder& b, stmt_ty s);
// reformulate_fstring.cc: JoinedStr and FormattedValue
Node* BuildJoinedStrExpression(TreeBuilder& b, expr_ty e);
Node* BuildFormattedValueExpression(TreeBuilder& b, expr_ty e);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_TREE_REFORMULATIONS_H_
