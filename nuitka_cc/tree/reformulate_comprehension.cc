// Comprehensions and generator expressions are functions (Python 3), called
// right away with an iterator over the first iterable, which is evaluated
// in the enclosing scope; everything else runs inside:
//
//   [f(x, y) for x in a if c(x) for y in g(x)]
//
//   def <listcomp>(.0):              # ExpressionFunctionBody, frame <listcomp>
//       try:
//           tmp_result = []
//           loop:
//               try: tmp_value_1 = next(.0)
//               except StopIteration: break
//               x = tmp_value_1; release tmp_value_1
//               if c(x):
//                   tmp_iter_2 = iter(g(x))
//                   loop:
//                       try: tmp_value_2 = next(tmp_iter_2)
//                       except StopIteration: break
//                       y = tmp_value_2; release tmp_value_2
//                       tmp_result.append(f(x, y))   # ListOperationAppend
//                   release tmp_iter_2
//           return tmp_result
//       finally:
//           release the temporaries
//   <listcomp>(iter(a))              # FunctionCall(FunctionCreation, [iter(a)])
//
// Set comprehensions add to set() (SetOperationAdd), dict comprehensions
// set result[key] = value, the key evaluated first (DictOperationSet, the
// 3.8+ order). A generator expression's function returns a generator
// object whose body yields each element instead of collecting it.
//
// Async: `async for` iterates with __aiter__ (outside, for the first) and
// an awaited __anext__ until StopAsyncIteration. A comprehension with
// `async for` or `await` is a coroutine (CPython's ste_coroutine): a
// list/set/dict comprehension's call is then awaited in place, a generator
// expression becomes an async generator.
#include "nuitka_cc/tree/function_helpers.h"
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

struct ComprehensionKind {
  const char* name;
  ScopeKind scope_kind;
};

ComprehensionKind KindOf(expr_ty e) {
  switch (e->kind) {
    case ListComp_kind:
      return {"<listcomp>", ScopeKind::kListComprehension};
    case SetComp_kind:
      return {"<setcomp>", ScopeKind::kSetComprehension};
    case DictComp_kind:
      return {"<dictcomp>", ScopeKind::kDictComprehension};
    default:
      return {"<genexpr>", ScopeKind::kGeneratorExpression};
  }
}

asdl_comprehension_seq* GeneratorsOf(expr_ty e) {
  switch (e->kind) {
    case ListComp_kind:
      return e->v.ListComp.generators;
    case SetComp_kind:
      return e->v.SetComp.generators;
    case DictComp_kind:
      return e->v.DictComp.generators;
    default:
      return e->v.GeneratorExp.generators;
  }
}

Node* WithValue(TreeBuilder& b, NodeKind kind, Node* value,
                const SourceReference& ref) {
  Node* node = b.New(kind, ref);
  node->AddChild(ChildRole::k_value, value);
  return node;
}

// iter(x), or x.__aiter__() for `async for`.
Node* MakeIterator(TreeBuilder& b, comprehension_ty generator) {
  Node* iterable = b.BuildExpression(generator->iter);
  return WithValue(b,
                   generator->is_async ? NodeKind::kExpressionAsyncIter
                                       : NodeKind::kExpressionBuiltinIter1,
                   iterable, iterable->source());
}

// The loop of one `for` clause:
//
//   loop:
//       try:
//           tmp_value = next(iterator)       # await anext for `async for`
//       except StopIteration:                # StopAsyncIteration
//           break                            # anything else is re-raised
//       body
Node* MakeIterationLoop(TreeBuilder& b, Node* iterator, Variable* value,
                        bool is_async, Node* body, const SourceReference& ref) {
  Node* next = WithValue(b,
                         is_async ? NodeKind::kExpressionAsyncNext
                                  : NodeKind::kExpressionBuiltinNext1,
                         iterator, ref);
  Node* match = b.New(NodeKind::kExpressionComparisonExceptionMatch, ref);
  match->AddChild(ChildRole::k_left,
                  b.New(NodeKind::kExpressionCaughtExceptionTypeRef, ref));
  match->AddChild(ChildRole::k_right,
                  b.MakeConstantBorrowed(is_async ? PyExc_StopAsyncIteration
                                                  : PyExc_StopIteration,
                                         ref));
  Node* attempt = b.New(NodeKind::kStatementTry, ref);
  attempt->AddChild(ChildRole::k_tried,
                    b.MakeSequence({b.MakeAssignVariable(value, next, ref)}, ref));
  attempt->AddChild(ChildRole::k_except_handler,
                    b.MakeSequence({b.MakeConditional(match, b.MakeBreak(ref),
                                                      b.MakeReraise(ref), ref)},
                                   ref));
  Node* loop = b.New(NodeKind::kStatementLoop, ref);
  loop->AddChild(ChildRole::k_loop_body, b.MakeSequence({attempt, body}, ref));
  return loop;
}

class ComprehensionBuilder {
 public:
  ComprehensionBuilder(TreeBuilder& b, expr_ty e, Variable* iterator_parameter,
                       Variable* result)
      : b_(b),
        e_(e),
        generators_(GeneratorsOf(e)),
        iterator_parameter_(iterator_parameter),
        result_(result) {}

  // The loops of the `for` clauses from `index` on, around the element.
  Node* BuildClauses(Py_ssize_t index) {
    comprehension_ty generator = asdl_seq_GET(generators_, index);
    SourceReference ref = b_.Ref(generator->target);
    ref.end_line = generator->iter->end_lineno;
    ref.end_column = generator->iter->end_col_offset;

    // The first iterator is the parameter; later ones are made here, each
    // time the enclosing clause produces a value.
    Node* start = nullptr;
    Node* iterator = nullptr;
    Variable* iterator_temp = nullptr;
    if (index == 0) {
      iterator = b_.MakeVariableRef(iterator_parameter_, ref);
    } else {
      iterator_temp = b_.NewTemp("comprehension_iter");
      temps_.push_back(iterator_temp);
      start = b_.MakeAssignVariable(iterator_temp, MakeIterator(b_, generator),
                                    b_.Ref(generator->iter));
      iterator = b_.MakeVariableRef(iterator_temp, ref);
    }
    Variable* value = b_.NewTemp("comprehension_value");
    temps_.push_back(value);

    Node* assign = b_.BuildAssignTarget(generator->target,
                                        b_.MakeVariableRef(value, ref));
    std::vector<Node*> conditions = b_.BuildExpressions(generator->ifs);
    Node* inner = index + 1 < asdl_seq_LEN(generators_) ? BuildClauses(index + 1)
                                                        : BuildElement();
    // `if a if b` runs the rest only when both hold, testing b only when a
    // holds: nested conditionals.
    for (size_t i = conditions.size(); i-- > 0;) {
      inner = b_.MakeConditional(conditions[i], inner, nullptr,
                                 conditions[i]->source());
    }
    Node* loop = MakeIterationLoop(
        b_, iterator, value, generator->is_async,
        b_.MakeSequence({assign, b_.MakeRelease(value, ref), inner}, ref), ref);
    return b_.MakeSequence(
        {start, loop,
         iterator_temp != nullptr ? b_.MakeRelease(iterator_temp, ref) : nullptr},
        ref);
  }

  const std::vector<Variable*>& temps() const { return temps_; }

 private:
  // What one element does: append, add, set an item, or yield.
  Node* BuildElement() {
    switch (e_->kind) {
      case ListComp_kind:
        return AddTo(NodeKind::kStatementListOperationAppend, ChildRole::k_list,
                     e_->v.ListComp.elt);
      case SetComp_kind:
        return AddTo(NodeKind::kStatementSetOperationAdd, ChildRole::k_set,
                     e_->v.SetComp.elt);
      case DictComp_kind: {
        SourceReference ref = b_.Ref(e_->v.DictComp.key);
        ref.end_line = e_->v.DictComp.value->end_lineno;
        ref.end_column = e_->v.DictComp.value->end_col_offset;
        Node* node = b_.New(NodeKind::kStatementDictOperationSet, ref);
        node->AddChild(ChildRole::k_dict, b_.MakeVariableRef(result_, ref));
        node->AddChild(ChildRole::k_key, b_.BuildExpression(e_->v.DictComp.key));
        node->AddChild(ChildRole::k_value, b_.BuildExpression(e_->v.DictComp.value));
        return node;
      }
      default: {
        expr_ty elt = e_->v.GeneratorExp.elt;
        Node* yield = b_.New(NodeKind::kExpressionYield, b_.Ref(elt));
        yield->AddChild(ChildRole::k_expression, b_.BuildExpression(elt));
        return b_.MakeStatementExpression(yield);
      }
    }
  }

  Node* AddTo(NodeKind kind, ChildRole container, expr_ty elt) {
    SourceReference ref = b_.Ref(elt);
    Node* node = b_.New(kind, ref);
    node->AddChild(container, b_.MakeVariableRef(result_, ref));
    node->AddChild(ChildRole::k_value, b_.BuildExpression(elt));
    return node;
  }

  TreeBuilder& b_;
  expr_ty e_;
  asdl_comprehension_seq* generators_;
  Variable* iterator_parameter_;
  Variable* result_;
  std::vector<Variable*> temps_;
};

// The empty result: [], set() or {}.
Node* MakeEmptyResult(TreeBuilder& b, expr_ty e, const SourceReference& ref) {
  switch (e->kind) {
    case ListComp_kind:
      return b.New(NodeKind::kExpressionMakeList, ref);
    case SetComp_kind:
      return b.New(NodeKind::kExpressionMakeSet, ref);
    default:
      return b.New(NodeKind::kExpressionMakeDict, ref);
  }
}

}  // namespace

Node* BuildComprehensionExpression(TreeBuilder& b, expr_ty e) {
  SourceReference ref = b.Ref(e);
  ComprehensionKind kind = KindOf(e);
  bool is_generator_expression = e->kind == GeneratorExp_kind;
  asdl_comprehension_seq* generators = GeneratorsOf(e);

  // The first iterable belongs to the enclosing scope.
  Node* first_iterator = MakeIterator(b, asdl_seq_GET(generators, 0));

  PySTEntryObject* symbols = b.LookupSymbols(e);
  if (symbols == nullptr) return b.Fail("no symbol table for comprehension", ref);
  Scope* scope =
      NewFunctionScope(b, kind.scope_kind, kind.name, false, symbols, e->lineno);
  Node* body = b.New(NodeKind::kExpressionFunctionBody, ref);
  body->set_name(kind.name);
  body->set_scope(scope);
  scope->set_body(body);
  {
    TreeBuilder::ScopeGuard guard(b, scope, symbols, nullptr);
    // The iterator parameter, named as in CPython.
    Variable* iterator =
        b.tree().NewVariable(scope, ".0", VariableKind::kParameter);
    scope->NoteName(".0", iterator);
    scope->parameters().positional.push_back(iterator);

    Variable* result = nullptr;
    Node* init = nullptr;
    if (!is_generator_expression) {
      result = b.NewTemp("comprehension_result");
      init = b.MakeAssignVariable(result, MakeEmptyResult(b, e, ref), ref);
    }
    ComprehensionBuilder builder(b, e, iterator, result);
    Node* loops = builder.BuildClauses(0);
    std::vector<Variable*> temps = builder.temps();
    Node* ret = nullptr;
    if (result != nullptr) {
      ret = b.New(NodeKind::kStatementReturn, ref);
      ret->AddChild(ChildRole::k_expression, b.MakeVariableRef(result, ref));
      temps.push_back(result);
    }
    Node* frame = b.New(KindsFor(scope).frame, ref);
    frame->set_name(kind.name);
    Node* statements = b.MakeSequence(
        {b.MakeTryFinallyReleases(b.MakeSequence({init, loops, ret}, ref), temps,
                                  ref)},
        ref);
    frame->AddChildren(ChildRole::k_statements,
                       statements->ChildrenIn(ChildRole::k_statements));
    AttachBody(b, body, b.MakeSequence({frame}, ref), ref);
  }

  Node* creation = b.New(NodeKind::kExpressionFunctionCreation, ref);
  creation->set_target(body);
  Node* call = b.New(NodeKind::kExpressionFunctionCall, ref);
  call->AddChild(ChildRole::k_function, creation);
  call->AddChild(ChildRole::k_values, first_iterator);
  if (scope->is_coroutine && !is_generator_expression) {
    Node* await = b.New(NodeKind::kExpressionYieldFromAwaitable, ref);
    await->AddChild(ChildRole::k_expression, call);
    return await;
  }
  return call;
}

}  // namespace nuitka_cc
