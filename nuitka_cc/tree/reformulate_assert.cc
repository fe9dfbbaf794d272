// Assertions become a conditional raise:
//
//   assert value, message        if not value:
//                                    raise AssertionError(message)
//
// With -O CPython drops asserts; the compiler keeps them, as python3.11
// does without -O. AssertionError is the built-in, not a module name.
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {

Node* BuildAssertStatement(TreeBuilder& b, stmt_ty s) {
  SourceReference ref = b.Ref(s);
  Node* condition = b.BuildExpression(s->v.Assert.test);
  Node* negated = b.New(NodeKind::kExpressionOperationNot, condition->source());
  negated->AddChild(ChildRole::k_operand, condition);
  // The exception type is the built-in itself (LOAD_ASSERTION_ERROR), never
  // a global of that name.
  // CPython gives the raise the test's range (the carets of its traceback).
  const SourceReference& test_ref = condition->source();
  Node* exception_type = b.MakeConstantBorrowed(PyExc_AssertionError, test_ref);
  Node* exception = exception_type;
  if (s->v.Assert.msg != nullptr) {
    exception =
        b.MakeCall(exception_type, {b.BuildExpression(s->v.Assert.msg)}, test_ref);
  }
  Node* raise = b.New(NodeKind::kStatementRaiseException, test_ref);
  raise->AddChild(ChildRole::k_exception_type, exception);
  return b.MakeConditional(negated, raise, nullptr, ref);
}

}  // namespace nuitka_cc
