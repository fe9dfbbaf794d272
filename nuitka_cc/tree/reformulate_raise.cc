// Raise statements map one to one onto nodes:
//
//   raise                  StatementReraiseException
//   raise X                StatementRaiseException(exception_type=X)
//   raise X from Y         StatementRaiseException(exception_type=X,
//                                                  exception_cause=Y)
//
// X and Y are evaluated in that order; whether X is a class (to be called)
// or an instance, and the checks on Y, are the raise's own run-time work.
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {

Node* BuildRaiseStatement(TreeBuilder& b, stmt_ty s) {
  SourceReference ref = b.Ref(s);
  if (s->v.Raise.exc == nullptr) return b.MakeReraise(ref);
  Node* raise = b.New(NodeKind::kStatementRaiseException, ref);
  raise->AddChild(ChildRole::k_exception_type, b.BuildExpression(s->v.Raise.exc));
  if (s->v.Raise.cause != nullptr) {
    raise->AddChild(ChildRole::k_exception_cause,
                    b.BuildExpression(s->v.Raise.cause));
  }
  return raise;
}

}  // namespace nuitka_cc
