// Functions, lambdas, return and yield.
//
//   @deco                      tmp = deco            (decorators first)
//   def f(a, b=d, *, c=e):     f = tmp(FunctionCreation(
//       body                          body=FunctionBody f(a, b, *, c),
//                                     defaults=(d,), kw_defaults={"c": e},
//                                     annotations={...}))
//
// A generator function's body only creates the generator object; the
// statements run in a generator object body with its own frame:
//
//   def g():                   def g():
//       yield 1                    return MakeGeneratorObject(<g body>)
//
// Coroutines and async generators follow the same pattern. Lambdas are
// functions whose body is `return <expression>`.
#include "absl/strings/str_cat.h"
#include "nuitka_cc/tree/body_helpers.h"
#include "nuitka_cc/tree/function_helpers.h"
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

void AddAnnotation(TreeBuilder& b, Node* annotations, PyObject* name,
                   expr_ty annotation) {
  if (annotation == nullptr) return;
  Node* pair = b.New(NodeKind::kExpressionKeyValuePair, b.Ref(annotation));
  pair->AddChild(ChildRole::k_key,
                 b.MakeConstantString(b.Mangle(name), b.Ref(annotation)));
  pair->AddChild(ChildRole::k_value, BuildAnnotation(b, annotation));
  annotations->AddChild(ChildRole::k_elements, pair);
}

// Defaults, keyword-only defaults and annotations, evaluated in the
// enclosing scope in CPython's order, attached to the creation node.
void BuildCreationArguments(TreeBuilder& b, Node* creation, arguments_ty args,
                            expr_ty returns, const SourceReference& ref) {
  if (asdl_seq_LEN(args->defaults) > 0) {
    creation->AddChild(ChildRole::k_defaults,
                       b.MakeTuple(b.BuildExpressions(args->defaults), ref));
  }
  Node* kw_defaults = nullptr;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(args->kwonlyargs); ++i) {
    expr_ty value = asdl_seq_GET(args->kw_defaults, i);
    if (value == nullptr) continue;
    if (kw_defaults == nullptr) {
      kw_defaults = b.New(NodeKind::kExpressionMakeDict, ref);
    }
    arg_ty arg = asdl_seq_GET(args->kwonlyargs, i);
    Node* pair = b.New(NodeKind::kExpressionKeyValuePair, b.Ref(value));
    pair->AddChild(ChildRole::k_key, b.MakeConstantString(b.Mangle(arg->arg), b.Ref(arg)));
    pair->AddChild(ChildRole::k_value, b.BuildExpression(value));
    kw_defaults->AddChild(ChildRole::k_elements, pair);
  }
  creation->AddChild(ChildRole::k_kw_defaults, kw_defaults);

  Node* annotations = b.New(NodeKind::kExpressionMakeDict, ref);
  auto add_all = [&](asdl_arg_seq* list) {
    for (Py_ssize_t i = 0; i < asdl_seq_LEN(list); ++i) {
      arg_ty arg = asdl_seq_GET(list, i);
      AddAnnotation(b, annotations, arg->arg, arg->annotation);
    }
  };
  add_all(args->posonlyargs);
  add_all(args->args);
  if (args->vararg) {
    AddAnnotation(b, annotations, args->vararg->arg, args->vararg->annotation);
  }
  add_all(args->kwonlyargs);
  if (args->kwarg) {
    AddAnnotation(b, annotations, args->kwarg->arg, args->kwarg->annotation);
  }
  AddAnnotation(b, annotations, b.Identifier("return"), returns);
  if (!annotations->children().empty()) {
    creation->AddChild(ChildRole::k_annotations, annotations);
  }
}

// Creates the parameter variables of the current scope, in CPython's order.
void BuildParameters(TreeBuilder& b, arguments_ty args) {
  Scope* scope = b.current_scope();
  ParameterSpec& spec = scope->parameters();
  auto make = [&](arg_ty arg) {
    std::string name = b.Mangle(arg->arg);
    Variable* variable =
        b.tree().NewVariable(scope, name, VariableKind::kParameter);
    scope->NoteName(name, variable);
    return variable;
  };
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(args->posonlyargs); ++i) {
    spec.positional_only.push_back(make(asdl_seq_GET(args->posonlyargs, i)));
  }
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(args->args); ++i) {
    spec.positional.push_back(make(asdl_seq_GET(args->args, i)));
  }
  if (args->vararg) spec.star_list = make(args->vararg);
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(args->kwonlyargs); ++i) {
    spec.keyword_only.push_back(make(asdl_seq_GET(args->kwonlyargs, i)));
  }
  if (args->kwarg) spec.star_dict = make(args->kwarg);
}

bool EndsAbortively(const Node* sequence) {
  if (sequence == nullptr) return false;
  const auto& children = sequence->children();
  if (children.empty()) return false;
  NodeKind last = children.back().node->kind();
  return last == NodeKind::kStatementReturn ||
         last == NodeKind::kStatementRaiseException ||
         last == NodeKind::kStatementReraiseException;
}

}  // namespace

Node* BuildFunctionDefStatement(TreeBuilder& b, stmt_ty s) {
  bool is_async = s->kind == AsyncFunctionDef_kind;
  // The two definitions have the same fields in different structs.
  struct {
    identifier name;
    arguments_ty args;
    asdl_stmt_seq* body;
    asdl_expr_seq* decorator_list;
    expr_ty returns;
  } def;
  if (is_async) {
    def = {s->v.AsyncFunctionDef.name, s->v.AsyncFunctionDef.args,
           s->v.AsyncFunctionDef.body, s->v.AsyncFunctionDef.decorator_list,
           s->v.AsyncFunctionDef.returns};
  } else {
    def = {s->v.FunctionDef.name, s->v.FunctionDef.args, s->v.FunctionDef.body,
           s->v.FunctionDef.decorator_list, s->v.FunctionDef.returns};
  }
  SourceReference ref = b.Ref(s);

  // Decorators are evaluated before anything else of the definition.
  std::vector<Node*> decorators = b.BuildExpressions(def.decorator_list);

  Node* creation = b.New(NodeKind::kExpressionFunctionCreation, ref);
  BuildCreationArguments(b, creation, def.args, def.returns, ref);

  std::string name = Utf8(def.name);
  PySTEntryObject* symbols = b.LookupSymbols(s);
  if (symbols == nullptr) return b.Fail("no symbol table for function", ref);
  Scope* scope = NewFunctionScope(b, ScopeKind::kFunction, name,
                                  DeclaredGlobalInParent(b, b.Mangle(def.name)),
                                  symbols, s->lineno);
  if (is_async) scope->is_coroutine = true;
  Node* body = b.New(NodeKind::kExpressionFunctionBody, ref);
  body->set_name(name);
  body->set_scope(scope);
  scope->set_body(body);
  creation->set_target(body);
  {
    TreeBuilder::ScopeGuard guard(b, scope, symbols, nullptr);
    BuildParameters(b, def.args);
    if (PyObject* doc = BodyDocstring(def.body)) {
      body->set_constant(doc);  // the docstring, borrowed from the AST
      Py_INCREF(doc);
      b.tree().OwnConstant(doc);
    }
    Node* frame = BuildFramedBody(b, KindsFor(scope).frame, def.body, 0, ref, name);
    Node* statements = b.MakeSequence({frame}, ref);
    if (!scope->is_generator && !scope->is_coroutine &&
        !EndsAbortively(frame)) {
      Node* ret = b.New(NodeKind::kStatementReturn, ref);
      ret->AddChild(ChildRole::k_expression, b.MakeNone(ref));
      statements = b.MakeSequence({statements, ret}, ref);
    }
    AttachBody(b, body, statements, ref);
  }

  // Decorators apply innermost first: f = d1(d2(function)).
  Node* value = creation;
  for (size_t i = decorators.size(); i-- > 0;) {
    value = b.MakeCall(decorators[i], {value}, decorators[i]->source());
  }
  return b.MakeNameAssign(def.name, value, ref);
}

Node* BuildLambdaExpression(TreeBuilder& b, expr_ty e) {
  SourceReference ref = b.Ref(e);
  Node* creation = b.New(NodeKind::kExpressionFunctionCreation, ref);
  BuildCreationArguments(b, creation, e->v.Lambda.args, nullptr, ref);
  // Lambdas have no annotations.
  PySTEntryObject* symbols = b.LookupSymbols(e);
  if (symbols == nullptr) return b.Fail("no symbol table for lambda", ref);
  Scope* scope =
      NewFunctionScope(b, ScopeKind::kLambda, "<lambda>", false, symbols, e->lineno);
  Node* body = b.New(NodeKind::kExpressionFunctionBody, ref);
  body->set_name("<lambda>");
  body->set_scope(scope);
  scope->set_body(body);
  creation->set_target(body);
  {
    TreeBuilder::ScopeGuard guard(b, scope, symbols, nullptr);
    BuildParameters(b, e->v.Lambda.args);
    Node* value = b.BuildExpression(e->v.Lambda.body);
    // A generator lambda returns its expression's value through
    // StopIteration; a plain one returns it.
    Node* ret = b.New(scope->is_generator ? NodeKind::kStatementGeneratorReturn
                                          : NodeKind::kStatementReturn,
                      b.Ref(e->v.Lambda.body));
    ret->AddChild(ChildRole::k_expression, value);
    Node* frame = b.New(KindsFor(scope).frame, ref);
    frame->set_name("<lambda>");
    frame->AddChild(ChildRole::k_statements, ret);
    AttachBody(b, body, b.MakeSequence({frame}, ref), ref);
  }
  return creation;
}

Node* BuildReturnStatement(TreeBuilder& b, stmt_ty s) {
  Scope* scope = b.current_scope();
  bool in_generator = scope->is_generator;
  Node* ret = b.New(in_generator ? NodeKind::kStatementGeneratorReturn
                                 : NodeKind::kStatementReturn,
                    b.Ref(s));
  ret->AddChild(ChildRole::k_expression,
                s->v.Return.value != nullptr ? b.BuildExpression(s->v.Return.value)
                                             : b.MakeNone(b.Ref(s)));
  return ret;
}

Node* BuildYieldExpression(TreeBuilder& b, expr_ty e) {
  if (e->kind == YieldFrom_kind) {
    Node* node = b.New(NodeKind::kExpressionYieldFrom, b.Ref(e));
    node->AddChild(ChildRole::k_expression, b.BuildExpression(e->v.YieldFrom.value));
    return node;
  }
  Node* node = b.New(NodeKind::kExpressionYield, b.Ref(e));
  node->AddChild(ChildRole::k_expression,
                 e->v.Yield.value != nullptr ? b.BuildExpression(e->v.Yield.value)
                                             : b.MakeNone(b.Ref(e)));
  return node;
}

}  // namespace nuitka_cc
