// Calls. A simple call exposes the tuple and dict the C-API call takes:
//
//   f(a, b, x=c, y=d)          Call(f, args=(a, b), kwargs={"x": c, "y": d})
//
// A call with star arguments merges them into one tuple and one dict; the
// merging keeps CPython's call-site error messages, so it stays one node
// that knows what is called:
//
//   f(*a, b, x=1, **c, y=2)    CallComplex(f, args=(*a, b),
//                                          kwargs={"x": 1, **c, "y": 2})
//
// Evaluation order is CPython's: the called object, then every positional
// argument (starred or not) left to right, then every keyword argument
// (named or **) left to right, even where a keyword is written before a
// starred positional one, as in f(x=g(), *h()).
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

bool IsComplexCall(expr_ty e) {
  asdl_expr_seq* args = e->v.Call.args;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(args); ++i) {
    if (asdl_seq_GET(args, i)->kind == Starred_kind) return true;
  }
  asdl_keyword_seq* keywords = e->v.Call.keywords;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(keywords); ++i) {
    if (asdl_seq_GET(keywords, i)->arg == nullptr) return true;
  }
  return false;
}

// The positional arguments in order; starred ones become
// ExpressionStarredElement.
std::vector<Node*> BuildPositional(TreeBuilder& b, asdl_expr_seq* args,
                                   bool* has_starred) {
  std::vector<Node*> nodes;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(args); ++i) {
    expr_ty arg = asdl_seq_GET(args, i);
    if (arg->kind == Starred_kind) {
      *has_starred = true;
      Node* starred = b.New(NodeKind::kExpressionStarredElement, b.Ref(arg));
      starred->AddChild(ChildRole::k_value, b.BuildExpression(arg->v.Starred.value));
      nodes.push_back(starred);
    } else {
      nodes.push_back(b.BuildExpression(arg));
    }
  }
  return nodes;
}

// The keyword arguments in order: ExpressionKeyValuePair for `name=value`
// (the name as a constant), ExpressionDictUnpackElement for `**mapping`.
std::vector<Node*> BuildKeywords(TreeBuilder& b, asdl_keyword_seq* keywords,
                                 bool* has_double_starred) {
  std::vector<Node*> nodes;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(keywords); ++i) {
    keyword_ty keyword = asdl_seq_GET(keywords, i);
    if (keyword->arg == nullptr) {
      *has_double_starred = true;
      Node* element = b.New(NodeKind::kExpressionDictUnpackElement, b.Ref(keyword));
      element->AddChild(ChildRole::k_value, b.BuildExpression(keyword->value));
      nodes.push_back(element);
      continue;
    }
    // Keyword names are not mangled: f(__x=1) passes "__x" even in a class.
    Node* pair = b.New(NodeKind::kExpressionKeyValuePair, b.Ref(keyword));
    pair->AddChild(ChildRole::k_key,
                   b.MakeConstantBorrowed(keyword->arg, b.Ref(keyword)));
    pair->AddChild(ChildRole::k_value, b.BuildExpression(keyword->value));
    nodes.push_back(pair);
  }
  return nodes;
}

}  // namespace

Node* BuildCallExpression(TreeBuilder& b, expr_ty e) {
  SourceReference ref = b.Ref(e);
  bool complex = IsComplexCall(e);
  Node* called = b.BuildExpression(e->v.Call.func);
  bool has_starred = false;
  std::vector<Node*> positional = BuildPositional(b, e->v.Call.args, &has_starred);
  bool has_double_starred = false;
  std::vector<Node*> keywords =
      BuildKeywords(b, e->v.Call.keywords, &has_double_starred);

  Node* call = b.New(complex ? NodeKind::kExpressionCallComplex
                             : NodeKind::kExpressionCall,
                     ref);
  call->AddChild(ChildRole::k_called, called);
  if (complex) {
    // Only the parts that need merging get the unpacking forms; the plain
    // parts stay a tuple and a dict. Missing parts are left out.
    if (has_starred) {
      Node* args = b.New(NodeKind::kExpressionMakeTupleUnpack, ref);
      args->AddChildren(ChildRole::k_elements, positional);
      call->AddChild(ChildRole::k_args, args);
    } else if (!positional.empty()) {
      call->AddChild(ChildRole::k_args, b.MakeTuple(positional, ref));
    }
  } else {
    call->AddChild(ChildRole::k_args, b.MakeTuple(positional, ref));
  }
  if (!keywords.empty()) {
    Node* kwargs = b.New(has_double_starred ? NodeKind::kExpressionMakeDictUnpack
                                            : NodeKind::kExpressionMakeDict,
                         ref);
    kwargs->AddChildren(ChildRole::k_elements, keywords);
    call->AddChild(ChildRole::k_kwargs, kwargs);
  }
  return call;
}

}  // namespace nuitka_cc
