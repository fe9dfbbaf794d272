// With statements, as the manual's "With Statements" with CPython 3.11's
// order (BEFORE_WITH): __enter__ and __exit__ are looked up on the type of
// the manager and bound to it (ExpressionAttributeLookupSpecial, which
// raises the with statement's TypeError when one is missing), __enter__
// first, then __exit__, then __enter__ is called.
//
//   with manager as target:        tmp_with_manager = manager
//       body                       tmp_with_enter = special(tmp_with_manager, "__enter__")
//                                  tmp_with_exit = special(tmp_with_manager, "__exit__")
//                                  release tmp_with_manager
//                                  tmp_with_value = tmp_with_enter()
//                                  release tmp_with_enter
//                                  tmp_with_exit_called = False
//                                  try:
//                                      try:
//                                          target = tmp_with_value
//                                          release tmp_with_value
//                                          body
//                                      except:
//                                          publish the exception
//                                          tmp_with_exit_called = True
//                                          if not tmp_with_exit(caught type,
//                                                  caught value, caught traceback):
//                                              reraise
//                                  finally:
//                                      if not tmp_with_exit_called:
//                                          tmp_with_exit(None, None, None)
//                                  (all in a try/finally releasing the temporaries)
//
// The finally part runs on normal completion and on break, continue and
// return (after the return value is computed); an exception swallowed by
// __exit__ continues after the statement. Without a target the __enter__
// result is dropped at once. Several items nest:
//
//   with a, b: body            with a:
//                                  with b: body
//
// `async with` looks up __aenter__/__aexit__ and awaits both results
// (ExpressionYieldFromAwaitable, number 1 for __aenter__ and 2 for
// __aexit__, as GET_AWAITABLE's argument, for its TypeError text).
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

Node* MakeSpecialLookup(TreeBuilder& b, Variable* object, const char* name,
                        const SourceReference& ref) {
  Node* node = b.New(NodeKind::kExpressionAttributeLookupSpecial, ref);
  node->set_name(name);
  node->AddChild(ChildRole::k_expression, b.MakeVariableRef(object, ref));
  return node;
}

// For async with: await the result of __aenter__ (1) or __aexit__ (2).
Node* Await(TreeBuilder& b, Node* awaitable, int origin,
            const SourceReference& ref) {
  Node* node = b.New(NodeKind::kExpressionYieldFromAwaitable, ref);
  node->set_number(origin);
  node->AddChild(ChildRole::k_expression, awaitable);
  return node;
}

Node* BuildWithItems(TreeBuilder& b, stmt_ty s, asdl_withitem_seq* items,
                     Py_ssize_t index, asdl_stmt_seq* body, bool is_async) {
  SourceReference ref = b.Ref(s);
  withitem_ty item = asdl_seq_GET(items, index);
  SourceReference item_ref = b.Ref(item->context_expr);

  Variable* manager = b.NewTemp("with_manager");
  Variable* enter = b.NewTemp("with_enter");
  Variable* exit = b.NewTemp("with_exit");
  Variable* value = item->optional_vars != nullptr ? b.NewTemp("with_value") : nullptr;
  Variable* exit_called = b.NewTemp("with_exit_called");

  std::vector<Node*> statements;
  statements.push_back(b.MakeAssignVariable(
      manager, b.BuildExpression(item->context_expr), item_ref));
  const char* enter_name = is_async ? "__aenter__" : "__enter__";
  const char* exit_name = is_async ? "__aexit__" : "__exit__";
  statements.push_back(b.MakeAssignVariable(
      enter, MakeSpecialLookup(b, manager, enter_name, item_ref), item_ref));
  statements.push_back(b.MakeAssignVariable(
      exit, MakeSpecialLookup(b, manager, exit_name, item_ref), item_ref));
  statements.push_back(b.MakeRelease(manager, item_ref));
  Node* entered = b.MakeCall(b.MakeVariableRef(enter, item_ref), {}, item_ref);
  if (is_async) entered = Await(b, entered, 1, item_ref);
  statements.push_back(value != nullptr
                           ? b.MakeAssignVariable(value, entered, item_ref)
                           : b.MakeStatementExpression(entered));
  statements.push_back(b.MakeRelease(enter, item_ref));
  statements.push_back(
      b.MakeAssignVariable(exit_called, b.MakeBool(false, ref), ref));

  // The protected part: the target assignment, then the body or the next
  // item's with statement.
  Node* assign = nullptr;
  if (value != nullptr) {
    SourceReference target_ref = b.Ref(item->optional_vars);
    assign = b.MakeSequence(
        {b.BuildAssignTarget(item->optional_vars,
                             b.MakeVariableRef(value, target_ref)),
         b.MakeRelease(value, target_ref)},
        target_ref);
  }
  Node* inner = index + 1 < asdl_seq_LEN(items)
                    ? BuildWithItems(b, s, items, index + 1, body, is_async)
                    : b.BuildStatements(body, ref);
  Node* tried = b.MakeSequence({assign, inner}, ref);

  auto call_exit = [&](std::vector<Node*> args) {
    Node* call = b.MakeCall(b.MakeVariableRef(exit, ref), args, ref);
    return is_async ? Await(b, call, 2, ref) : call;
  };

  Node* exit_result =
      call_exit({b.New(NodeKind::kExpressionCaughtExceptionTypeRef, ref),
                 b.New(NodeKind::kExpressionCaughtExceptionValueRef, ref),
                 b.New(NodeKind::kExpressionCaughtExceptionTracebackRef, ref)});
  Node* not_swallowed = b.New(NodeKind::kExpressionOperationNot, ref);
  not_swallowed->AddChild(ChildRole::k_operand, exit_result);
  Node* handler = b.MakeSequence(
      {b.New(NodeKind::kStatementPublishException, ref),
       b.MakeAssignVariable(exit_called, b.MakeBool(true, ref), ref),
       b.MakeConditional(not_swallowed, b.MakeReraise(ref), nullptr, ref)},
      ref);

  Node* guarded = nullptr;
  if (tried != nullptr) {
    guarded = b.New(NodeKind::kStatementTry, ref);
    guarded->AddChild(ChildRole::k_tried, tried);
    guarded->AddChild(ChildRole::k_except_handler, handler);
  }
  Node* not_called = b.New(NodeKind::kExpressionOperationNot, ref);
  not_called->AddChild(ChildRole::k_operand, b.MakeVariableRef(exit_called, ref));
  Node* normal_exit = b.MakeConditional(
      not_called,
      b.MakeStatementExpression(call_exit(
          {b.MakeNone(ref), b.MakeNone(ref), b.MakeNone(ref)})),
      nullptr, ref);
  statements.push_back(b.MakeTryFinally(guarded, normal_exit, ref));

  std::vector<Variable*> temps = {manager, enter, exit};
  if (value != nullptr) temps.push_back(value);
  temps.push_back(exit_called);
  return b.MakeTryFinallyReleases(b.MakeSequence(statements, ref), temps, ref);
}

}  // namespace

Node* BuildWithStatement(TreeBuilder& b, stmt_ty s) {
  bool is_async = s->kind == AsyncWith_kind;
  asdl_withitem_seq* items = is_async ? s->v.AsyncWith.items : s->v.With.items;
  asdl_stmt_seq* body = is_async ? s->v.AsyncWith.body : s->v.With.body;
  return BuildWithItems(b, s, items, 0, body, is_async);
}

}  // namespace nuitka_cc
