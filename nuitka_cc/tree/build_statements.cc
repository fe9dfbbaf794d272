// Statement dispatch, and the statements that need no reformulation of
// their own: expression statements, pass, if, break, continue, global and
// nonlocal (which only affect scopes).
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

Node* BuildIfStatement(TreeBuilder& b, stmt_ty s) {
  Node* condition = b.BuildExpression(s->v.If.test);
  Node* yes = b.BuildStatements(s->v.If.body, b.Ref(s));
  Node* no = b.BuildStatements(s->v.If.orelse, b.Ref(s));
  return b.MakeConditional(condition, yes, no, b.Ref(s));
}

// `global` and `nonlocal` leave no statement behind; they decide which
// variable the names refer to, which the symbol table already knows. The
// names are still noted so that the scope lists them as CPython does.
Node* BuildScopeDeclaration(TreeBuilder& b, asdl_identifier_seq* names) {
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(names); ++i) {
    b.ResolveNameForStore(asdl_seq_GET(names, i));
  }
  return nullptr;
}

}  // namespace

Node* TreeBuilder::BuildStatement(stmt_ty s) {
  switch (s->kind) {
    case FunctionDef_kind:
    case AsyncFunctionDef_kind:
      return BuildFunctionDefStatement(*this, s);
    case ClassDef_kind:
      return BuildClassDefStatement(*this, s);
    case Return_kind:
      return BuildReturnStatement(*this, s);
    case Delete_kind:
      return BuildDeleteStatement(*this, s);
    case Assign_kind:
      return BuildAssignStatement(*this, s);
    case AugAssign_kind:
      return BuildAugAssignStatement(*this, s);
    case AnnAssign_kind:
      return BuildAnnAssignStatement(*this, s);
    case For_kind:
    case AsyncFor_kind:
      return BuildForStatement(*this, s);
    case While_kind:
      return BuildWhileStatement(*this, s);
    case If_kind:
      return BuildIfStatement(*this, s);
    case With_kind:
    case AsyncWith_kind:
      return BuildWithStatement(*this, s);
    case Match_kind:
      return BuildMatchStatement(*this, s);
    case Raise_kind:
      return BuildRaiseStatement(*this, s);
    case Try_kind:
      return BuildTryStatement(*this, s);
    case TryStar_kind:
      return BuildTryStarStatement(*this, s);
    case Assert_kind:
      return BuildAssertStatement(*this, s);
    case Import_kind:
      return BuildImportStatement(*this, s);
    case ImportFrom_kind:
      return BuildImportFromStatement(*this, s);
    case Global_kind:
      return BuildScopeDeclaration(*this, s->v.Global.names);
    case Nonlocal_kind:
      return BuildScopeDeclaration(*this, s->v.Nonlocal.names);
    case Expr_kind:
      return MakeStatementExpression(BuildExpression(s->v.Expr.value));
    case Pass_kind:
      return nullptr;
    case Break_kind:
      return New(NodeKind::kStatementLoopBreak, Ref(s));
    case Continue_kind:
      return New(NodeKind::kStatementLoopContinue, Ref(s));
  }
  Fail("unknown statement kind", Ref(s));
  return nullptr;
}

}  // namespace nuitka_cc
