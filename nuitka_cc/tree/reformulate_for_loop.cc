// For loops make their iterator explicit and become endless loops left by a
// break when the iterator is exhausted:
//
//   for target in iterable:        tmp_for_else_indicator = False  (with else)
//       body                       tmp_for_iterator = iter(iterable)
//   else:                          try:
//       else_body                      loop:
//                                          try:
//                                              tmp_for_value = next(tmp_for_iterator)
//                                          except:
//                                              if exception_match(caught type,
//                                                                 StopIteration):
//                                                  tmp_for_else_indicator = True
//                                                  break
//                                              else:
//                                                  reraise
//                                          target = tmp_for_value
//                                          release tmp_for_value
//                                          body
//                                  finally:
//                                      release tmp_for_iterator, tmp_for_value
//                                  if tmp_for_else_indicator:
//                                      else_body
//                                  (the whole in a try/finally releasing the
//                                   indicator)
//
// `async for` uses aiter (ExpressionAsyncIter), awaits anext
// (ExpressionAsyncNext) and stops at StopAsyncIteration. The else body runs
// after the loop, with the iterator already released and outside the
// StopIteration handler, so a break or continue in it belongs to an
// enclosing loop, and an exception in it has no StopIteration context.
// The value temporary is released as soon as the target holds the value, as
// CPython's stack slot is.
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

Node* WithValue(TreeBuilder& b, NodeKind kind, Node* value,
                const SourceReference& ref) {
  Node* node = b.New(kind, ref);
  node->AddChild(ChildRole::k_value, value);
  return node;
}

}  // namespace

Node* BuildForStatement(TreeBuilder& b, stmt_ty s) {
  bool is_async = s->kind == AsyncFor_kind;
  // The two statements have the same fields in different structs.
  expr_ty target = is_async ? s->v.AsyncFor.target : s->v.For.target;
  expr_ty iterable = is_async ? s->v.AsyncFor.iter : s->v.For.iter;
  asdl_stmt_seq* body = is_async ? s->v.AsyncFor.body : s->v.For.body;
  asdl_stmt_seq* orelse = is_async ? s->v.AsyncFor.orelse : s->v.For.orelse;
  SourceReference ref = b.Ref(s);
  SourceReference target_ref = b.Ref(target);

  Node* source = b.BuildExpression(iterable);
  Variable* iterator = b.NewTemp("for_iterator");
  Variable* value = b.NewTemp("for_value");
  Node* make_iterator = b.MakeAssignVariable(
      iterator,
      WithValue(b, is_async ? NodeKind::kExpressionAsyncIter
                            : NodeKind::kExpressionBuiltinIter1,
                source, source->source()),
      source->source());

  bool has_else = asdl_seq_LEN(orelse) > 0;
  Variable* indicator = has_else ? b.NewTemp("for_else_indicator") : nullptr;

  // try: tmp_for_value = next(iterator) except StopIteration: break
  Node* next = WithValue(b,
                         is_async ? NodeKind::kExpressionAsyncNext
                                  : NodeKind::kExpressionBuiltinNext1,
                         b.MakeVariableRef(iterator, target_ref), target_ref);
  Node* match = b.New(NodeKind::kExpressionComparisonExceptionMatch, target_ref);
  match->AddChild(ChildRole::k_left,
                  b.New(NodeKind::kExpressionCaughtExceptionTypeRef, target_ref));
  match->AddChild(ChildRole::k_right,
                  b.MakeConstantBorrowed(is_async ? PyExc_StopAsyncIteration
                                                  : PyExc_StopIteration,
                                         target_ref));
  Node* exhausted = b.MakeSequence(
      {indicator != nullptr
           ? b.MakeAssignVariable(indicator, b.MakeBool(true, target_ref), target_ref)
           : nullptr,
       b.MakeBreak(target_ref)},
      target_ref);
  Node* fetch = b.New(NodeKind::kStatementTry, target_ref);
  fetch->AddChild(ChildRole::k_tried,
                  b.MakeSequence({b.MakeAssignVariable(value, next, target_ref)},
                                 target_ref));
  fetch->AddChild(ChildRole::k_except_handler,
                  b.MakeSequence({b.MakeConditional(match, exhausted,
                                                    b.MakeReraise(target_ref),
                                                    target_ref)},
                                 target_ref));

  Node* assign = b.BuildAssignTarget(target, b.MakeVariableRef(value, target_ref));
  Node* loop = b.New(NodeKind::kStatementLoop, ref);
  loop->AddChild(ChildRole::k_loop_body,
                 b.MakeSequence({fetch, assign, b.MakeRelease(value, target_ref),
                                 b.BuildStatements(body, ref)},
                                ref));

  Node* looping = b.MakeSequence(
      {make_iterator, b.MakeTryFinallyReleases(loop, {iterator, value}, ref)}, ref);
  if (indicator == nullptr) return looping;

  Node* else_body = b.BuildStatements(orelse, ref);
  Node* run_else = b.MakeConditional(b.MakeVariableRef(indicator, ref), else_body,
                                     nullptr, ref);
  return b.MakeSequence(
      {b.MakeAssignVariable(indicator, b.MakeBool(false, ref), ref),
       b.MakeTryFinallyReleases(b.MakeSequence({looping, run_else}, ref),
                                {indicator}, ref)},
      ref);
}

}  // namespace nuitka_cc
