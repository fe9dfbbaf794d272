// Try statements, as the manual's "Exception Handlers" and "Statement
// try/except with else": one StatementTry whose except handler publishes the
// exception and picks the first matching clause with conditionals.
//
//   try:                           tmp_try_else_indicator = True    (with else)
//       body                       try:
//   except A as e:                     body
//       handler_a                  except:
//   except:                            publish the exception
//       handler_any                    tmp_try_else_indicator = False
//   else:                              if exception_match(caught type, A):
//       else_body                          e = caught value
//   finally:                               try:
//       final                                  handler_a
//                                          finally:
//                                              del e            (tolerant)
//                                      else:
//                                          handler_any          (no bare except:
//                                                                reraise)
//                                  if tmp_try_else_indicator:
//                                      else_body
//                                  (with finally: all of the above in
//                                   MakeTryFinally(..., final))
//
// A clause's type is evaluated only when the clauses before it did not
// match. The else body runs outside the handler, so its exceptions are not
// caught by the clauses. A try with an empty body cannot raise: its
// clauses are dead and left out (built all the same, for name resolution).
//
// except* clauses (CPython 3.11's CHECK_EG_MATCH and PREP_RERAISE_STAR)
// split the caught exception group step by step; every clause is tried once,
// with its type evaluated even when nothing is left to match:
//
//   try:                           try:
//       body                           body
//   except* A as e:                except:
//       handler_a                      publish the exception
//   except* B:                         tmp_eg_rest = caught value
//       handler_b                      tmp_eg_raised = []
//                                      tmp_eg_match = eg_match(tmp_eg_rest, A)
//                                          # also rebinds tmp_eg_rest to the rest
//                                      if tmp_eg_match is not None:
//                                          try:
//                                              try:
//                                                  reraise tmp_eg_match as is
//                                              except:
//                                                  publish the exception
//                                                  e = caught value
//                                                  try:
//                                                      handler_a
//                                                  finally:
//                                                      del e      (tolerant)
//                                          except:
//                                              tmp_eg_raised.append(caught value)
//                                      ... the same for B ...
//                                      tmp_eg_raised.append(tmp_eg_rest)
//                                      tmp_eg_result = prepare_reraise_star(
//                                          caught value, tmp_eg_raised)
//                                      if tmp_eg_result is not None:
//                                          reraise tmp_eg_result as is
//
// Entering each clause's body by re-raising its match (with no traceback
// entry) and catching it makes the match "the exception being handled"
// there, as CPython does: a bare `raise` in the body re-raises the match,
// and exceptions raised in the body get it as their context. Exceptions
// escaping a body are collected rather than propagated, and combined with
// the unhandled rest at the end. else and finally work as for try.
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

struct Clause {
  Node* type;  // nullptr for a bare except:
  Node* body;  // may be nullptr
};

Node* MakeStatementTryExcept(TreeBuilder& b, Node* tried, Node* handler,
                             const SourceReference& ref) {
  Node* node = b.New(NodeKind::kStatementTry, ref);
  node->AddChild(ChildRole::k_tried, b.MakeSequence({tried}, ref));
  node->AddChild(ChildRole::k_except_handler, b.MakeSequence({handler}, ref));
  return node;
}

Node* MakeIsNotNone(TreeBuilder& b, Variable* variable, const SourceReference& ref) {
  Node* node = b.New(NodeKind::kExpressionComparison, ref);
  node->set_op(Operator::kIsNot);
  node->AddChild(ChildRole::k_left, b.MakeVariableRef(variable, ref));
  node->AddChild(ChildRole::k_right, b.MakeNone(ref));
  return node;
}

// StatementReraiseException of a given exception, as it is.
Node* MakeReraiseValue(TreeBuilder& b, Node* exception, const SourceReference& ref) {
  Node* node = b.MakeReraise(ref);
  node->AddChild(ChildRole::k_exception_value, exception);
  return node;
}

// The body of an except clause, with `as name` bound to the caught exception
// and deleted again however the body is left.
Node* BuildClauseBody(TreeBuilder& b, excepthandler_ty handler) {
  SourceReference ref = b.Ref(handler);
  Node* body = b.BuildStatements(handler->v.ExceptHandler.body, ref);
  identifier name = handler->v.ExceptHandler.name;
  if (name == nullptr) return body;
  Node* bind = b.MakeNameAssign(
      name, b.New(NodeKind::kExpressionCaughtExceptionValueRef, ref), ref);
  Node* unbind = b.MakeNameDel(name, ref, /*tolerant=*/true);
  return b.MakeSequence({bind, b.MakeTryFinally(body, unbind, ref)}, ref);
}

// Builds the clauses in source order (types and bodies).
std::vector<Clause> BuildClauses(TreeBuilder& b, asdl_excepthandler_seq* handlers) {
  std::vector<Clause> clauses;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(handlers); ++i) {
    excepthandler_ty handler = asdl_seq_GET(handlers, i);
    Clause clause;
    clause.type = handler->v.ExceptHandler.type != nullptr
                      ? b.BuildExpression(handler->v.ExceptHandler.type)
                      : nullptr;
    clause.body = BuildClauseBody(b, handler);
    clauses.push_back(clause);
  }
  return clauses;
}

// The handler part of try/except: the first matching clause runs, else the
// exception is re-raised.
Node* MakeClauseChain(TreeBuilder& b, asdl_excepthandler_seq* handlers,
                      const std::vector<Clause>& clauses) {
  Node* chain = nullptr;
  bool reraise = true;
  for (size_t i = clauses.size(); i-- > 0;) {
    SourceReference ref = b.Ref(asdl_seq_GET(handlers, i));
    if (clauses[i].type == nullptr) {
      // Bare except: (always the last clause) matches everything.
      chain = clauses[i].body;
      reraise = false;
      continue;
    }
    if (reraise) {
      chain = b.MakeReraise(ref);
      reraise = false;
    }
    Node* match = b.New(NodeKind::kExpressionComparisonExceptionMatch,
                        clauses[i].type->source());
    match->AddChild(ChildRole::k_left,
                    b.New(NodeKind::kExpressionCaughtExceptionTypeRef, ref));
    match->AddChild(ChildRole::k_right, clauses[i].type);
    chain = b.MakeConditional(match, clauses[i].body, chain, ref);
  }
  return chain;
}

// The handler part of try/except*, see the file comment.
Node* MakeStarClauses(TreeBuilder& b, asdl_excepthandler_seq* handlers,
                      const std::vector<Clause>& clauses,
                      const SourceReference& ref) {
  Variable* rest = b.NewTemp("eg_rest");
  Variable* raised = b.NewTemp("eg_raised");
  Variable* match = b.NewTemp("eg_match");
  Variable* result = b.NewTemp("eg_result");

  std::vector<Node*> statements;
  statements.push_back(b.MakeAssignVariable(
      rest, b.New(NodeKind::kExpressionCaughtExceptionValueRef, ref), ref));
  statements.push_back(
      b.MakeAssignVariable(raised, b.New(NodeKind::kExpressionMakeList, ref), ref));
  auto collect = [&](Node* exception, const SourceReference& at) {
    Node* append = b.New(NodeKind::kStatementListOperationAppend, at);
    append->AddChild(ChildRole::k_list, b.MakeVariableRef(raised, at));
    append->AddChild(ChildRole::k_value, exception);
    return append;
  };
  for (size_t i = 0; i < clauses.size(); ++i) {
    SourceReference clause_ref = b.Ref(asdl_seq_GET(handlers, i));
    if (clauses[i].type == nullptr) {
      return b.Fail("except* without a type", clause_ref);
    }
    Node* split = b.New(NodeKind::kExpressionComparisonExceptionGroupMatch,
                        clauses[i].type->source());
    split->set_variable(rest);
    split->AddChild(ChildRole::k_exception_type, clauses[i].type);
    statements.push_back(b.MakeAssignVariable(match, split, clause_ref));

    Node* enter = MakeStatementTryExcept(
        b, MakeReraiseValue(b, b.MakeVariableRef(match, clause_ref), clause_ref),
        b.MakeSequence({b.New(NodeKind::kStatementPublishException, clause_ref),
                        clauses[i].body},
                       clause_ref),
        clause_ref);
    Node* guarded = MakeStatementTryExcept(
        b, enter,
        collect(b.New(NodeKind::kExpressionCaughtExceptionValueRef, clause_ref),
                clause_ref),
        clause_ref);
    statements.push_back(b.MakeConditional(MakeIsNotNone(b, match, clause_ref),
                                           guarded, nullptr, clause_ref));
  }
  statements.push_back(collect(b.MakeVariableRef(rest, ref), ref));
  Node* combine = b.New(NodeKind::kExpressionExceptionGroupPrepareReraise, ref);
  combine->AddChild(ChildRole::k_exception_value,
                    b.New(NodeKind::kExpressionCaughtExceptionValueRef, ref));
  combine->AddChild(ChildRole::k_list, b.MakeVariableRef(raised, ref));
  statements.push_back(b.MakeAssignVariable(result, combine, ref));
  statements.push_back(b.MakeConditional(
      MakeIsNotNone(b, result, ref),
      MakeReraiseValue(b, b.MakeVariableRef(result, ref), ref), nullptr, ref));
  return b.MakeTryFinallyReleases(b.MakeSequence(statements, ref),
                                  {rest, raised, match, result}, ref);
}

struct TryParts {
  asdl_stmt_seq* body;
  asdl_excepthandler_seq* handlers;
  asdl_stmt_seq* orelse;
  asdl_stmt_seq* finalbody;
};

Node* BuildTry(TreeBuilder& b, stmt_ty s, const TryParts& parts, bool star) {
  SourceReference ref = b.Ref(s);
  Node* tried = b.BuildStatements(parts.body, ref);
  std::vector<Clause> clauses = BuildClauses(b, parts.handlers);
  Node* else_body = b.BuildStatements(parts.orelse, ref);
  Node* final_body = b.BuildStatements(parts.finalbody, ref);

  Node* result = nullptr;
  if (clauses.empty() || tried == nullptr) {
    // try/finally only, or nothing can raise.
    result = b.MakeSequence({tried, else_body}, ref);
  } else {
    Variable* indicator =
        else_body != nullptr ? b.NewTemp("try_else_indicator") : nullptr;
    Node* handling = star ? MakeStarClauses(b, parts.handlers, clauses, ref)
                          : MakeClauseChain(b, parts.handlers, clauses);
    Node* handler = b.MakeSequence(
        {b.New(NodeKind::kStatementPublishException, ref),
         indicator != nullptr
             ? b.MakeAssignVariable(indicator, b.MakeBool(false, ref), ref)
             : nullptr,
         handling},
        ref);
    Node* try_except = MakeStatementTryExcept(b, tried, handler, ref);
    if (indicator == nullptr) {
      result = try_except;
    } else {
      result = b.MakeSequence(
          {b.MakeAssignVariable(indicator, b.MakeBool(true, ref), ref),
           b.MakeTryFinallyReleases(
               b.MakeSequence(
                   {try_except,
                    b.MakeConditional(b.MakeVariableRef(indicator, ref),
                                      else_body, nullptr, ref)},
                   ref),
               {indicator}, ref)},
          ref);
    }
  }
  if (final_body == nullptr) return result;
  return b.MakeTryFinally(result, final_body, ref);
}

}  // namespace

Node* BuildTryStatement(TreeBuilder& b, stmt_ty s) {
  return BuildTry(b, s,
                  {s->v.Try.body, s->v.Try.handlers, s->v.Try.orelse,
                   s->v.Try.finalbody},
                  /*star=*/false);
}

Node* BuildTryStarStatement(TreeBuilder& b, stmt_ty s) {
  return BuildTry(b, s,
                  {s->v.TryStar.body, s->v.TryStar.handlers, s->v.TryStar.orelse,
                   s->v.TryStar.finalbody},
                  /*star=*/true);
}

}  // namespace nuitka_cc
