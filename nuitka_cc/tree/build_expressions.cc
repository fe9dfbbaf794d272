// Expression dispatch, and the expressions that map one to one onto nodes:
// constants, names, operators, attribute and subscript look-ups, slices,
// displays (with starred elements), conditional expressions, and/or, await.
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

Node* BuildBoolOp(TreeBuilder& b, expr_ty e) {
  // a and b and c: And(a, And(b, c)), each operand evaluated at most once.
  NodeKind kind = e->v.BoolOp.op == And ? NodeKind::kExpressionConditionalAnd
                                        : NodeKind::kExpressionConditionalOr;
  std::vector<Node*> operands = b.BuildExpressions(e->v.BoolOp.values);
  Node* result = operands.back();
  for (size_t i = operands.size() - 1; i-- > 0;) {
    Node* node = b.New(kind, operands[i]->source());
    node->set_source({operands[i]->source().file, operands[i]->source().line,
                      operands[i]->source().column, e->end_lineno,
                      e->end_col_offset});
    node->AddChild(ChildRole::k_left, operands[i]);
    node->AddChild(ChildRole::k_right, result);
    result = node;
  }
  return result;
}

bool HasStarred(asdl_expr_seq* elements) {
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(elements); ++i) {
    if (asdl_seq_GET(elements, i)->kind == Starred_kind) return true;
  }
  return false;
}

// Elements of a display; starred ones become ExpressionStarredElement.
std::vector<Node*> BuildDisplayElements(TreeBuilder& b, asdl_expr_seq* elements) {
  std::vector<Node*> nodes;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(elements); ++i) {
    expr_ty element = asdl_seq_GET(elements, i);
    if (element->kind == Starred_kind) {
      Node* starred = b.New(NodeKind::kExpressionStarredElement, b.Ref(element));
      starred->AddChild(ChildRole::k_value,
                        b.BuildExpression(element->v.Starred.value));
      nodes.push_back(starred);
    } else {
      nodes.push_back(b.BuildExpression(element));
    }
  }
  return nodes;
}

Node* BuildSequenceDisplay(TreeBuilder& b, expr_ty e, asdl_expr_seq* elements,
                           NodeKind plain, NodeKind unpacking) {
  bool starred = HasStarred(elements);
  std::vector<Node*> nodes = BuildDisplayElements(b, elements);
  if (plain == NodeKind::kExpressionMakeTuple && !starred) {
    return b.MakeTuple(nodes, b.Ref(e));
  }
  Node* display = b.New(starred ? unpacking : plain, b.Ref(e));
  display->AddChildren(ChildRole::k_elements, nodes);
  return display;
}

Node* BuildDictDisplay(TreeBuilder& b, expr_ty e) {
  asdl_expr_seq* keys = e->v.Dict.keys;
  asdl_expr_seq* values = e->v.Dict.values;
  bool unpacking = false;
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(keys); ++i) {
    unpacking = unpacking || asdl_seq_GET(keys, i) == nullptr;
  }
  Node* display = b.New(unpacking ? NodeKind::kExpressionMakeDictUnpack
                                  : NodeKind::kExpressionMakeDict,
                        b.Ref(e));
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(keys); ++i) {
    expr_ty key = asdl_seq_GET(keys, i);
    expr_ty value = asdl_seq_GET(values, i);
    if (key == nullptr) {
      Node* element = b.New(NodeKind::kExpressionDictUnpackElement, b.Ref(value));
      element->AddChild(ChildRole::k_value, b.BuildExpression(value));
      display->AddChild(ChildRole::k_elements, element);
      continue;
    }
    Node* pair = b.New(NodeKind::kExpressionKeyValuePair, b.Ref(key));
    pair->AddChild(ChildRole::k_key, b.BuildExpression(key));
    pair->AddChild(ChildRole::k_value, b.BuildExpression(value));
    display->AddChild(ChildRole::k_elements, pair);
  }
  return display;
}

Node* BuildSlice(TreeBuilder& b, expr_ty e) {
  Node* slice = b.New(NodeKind::kExpressionBuiltinSlice, b.Ref(e));
  auto part = [&](expr_ty value) {
    return value != nullptr ? b.BuildExpression(value) : b.MakeNone(b.Ref(e));
  };
  slice->AddChild(ChildRole::k_start, part(e->v.Slice.lower));
  slice->AddChild(ChildRole::k_stop, part(e->v.Slice.upper));
  slice->AddChild(ChildRole::k_step, part(e->v.Slice.step));
  return slice;
}

}  // namespace

Node* TreeBuilder::BuildExpression(expr_ty e) {
  switch (e->kind) {
    case BoolOp_kind:
      return BuildBoolOp(*this, e);
    case NamedExpr_kind:
      return BuildNamedExpression(*this, e);
    case BinOp_kind: {
      Node* node = New(NodeKind::kExpressionOperationBinary, Ref(e));
      node->set_op(BinaryOperatorOf(e->v.BinOp.op));
      node->AddChild(ChildRole::k_left, BuildExpression(e->v.BinOp.left));
      node->AddChild(ChildRole::k_right, BuildExpression(e->v.BinOp.right));
      return node;
    }
    case UnaryOp_kind: {
      Node* operand = BuildExpression(e->v.UnaryOp.operand);
      if (e->v.UnaryOp.op == Not) {
        Node* node = New(NodeKind::kExpressionOperationNot, Ref(e));
        node->AddChild(ChildRole::k_operand, operand);
        return node;
      }
      Node* node = New(NodeKind::kExpressionOperationUnary, Ref(e));
      node->set_op(e->v.UnaryOp.op == Invert ? Operator::kInvert
                   : e->v.UnaryOp.op == UAdd ? Operator::kUAdd
                                             : Operator::kUSub);
      node->AddChild(ChildRole::k_operand, operand);
      return node;
    }
    case Lambda_kind:
      return BuildLambdaExpression(*this, e);
    case IfExp_kind: {
      Node* node = New(NodeKind::kExpressionConditional, Ref(e));
      node->AddChild(ChildRole::k_condition, BuildExpression(e->v.IfExp.test));
      node->AddChild(ChildRole::k_expression_yes, BuildExpression(e->v.IfExp.body));
      node->AddChild(ChildRole::k_expression_no, BuildExpression(e->v.IfExp.orelse));
      return node;
    }
    case Dict_kind:
      return BuildDictDisplay(*this, e);
    case Set_kind:
      return BuildSequenceDisplay(*this, e, e->v.Set.elts,
                                  NodeKind::kExpressionMakeSet,
                                  NodeKind::kExpressionMakeSetUnpack);
    case ListComp_kind:
    case SetComp_kind:
    case DictComp_kind:
    case GeneratorExp_kind:
      return BuildComprehensionExpression(*this, e);
    case Await_kind: {
      Node* node = New(NodeKind::kExpressionYieldFromAwaitable, Ref(e));
      node->AddChild(ChildRole::k_expression, BuildExpression(e->v.Await.value));
      return node;
    }
    case Yield_kind:
    case YieldFrom_kind:
      return BuildYieldExpression(*this, e);
    case Compare_kind:
      return BuildCompareExpression(*this, e);
    case Call_kind:
      return BuildCallExpression(*this, e);
    case FormattedValue_kind:
      return BuildFormattedValueExpression(*this, e);
    case JoinedStr_kind:
      return BuildJoinedStrExpression(*this, e);
    case Constant_kind:
      return MakeConstantBorrowed(e->v.Constant.value, Ref(e));
    case Attribute_kind: {
      Node* node = New(NodeKind::kExpressionAttributeLookup, Ref(e));
      node->set_name(Mangle(e->v.Attribute.attr));
      node->AddChild(ChildRole::k_expression, BuildExpression(e->v.Attribute.value));
      return node;
    }
    case Subscript_kind: {
      Node* node = New(NodeKind::kExpressionSubscriptLookup, Ref(e));
      node->AddChild(ChildRole::k_expression, BuildExpression(e->v.Subscript.value));
      node->AddChild(ChildRole::k_subscript, BuildExpression(e->v.Subscript.slice));
      return node;
    }
    case Starred_kind: {
      Node* node = New(NodeKind::kExpressionStarredElement, Ref(e));
      node->AddChild(ChildRole::k_value, BuildExpression(e->v.Starred.value));
      return node;
    }
    case Name_kind:
      return MakeNameRef(e->v.Name.id, Ref(e));
    case List_kind:
      return BuildSequenceDisplay(*this, e, e->v.List.elts,
                                  NodeKind::kExpressionMakeList,
                                  NodeKind::kExpressionMakeListUnpack);
    case Tuple_kind:
      return BuildSequenceDisplay(*this, e, e->v.Tuple.elts,
                                  NodeKind::kExpressionMakeTuple,
                                  NodeKind::kExpressionMakeTupleUnpack);
    case Slice_kind:
      return BuildSlice(*this, e);
  }
  return Fail("unknown expression kind", Ref(e));
}

}  // namespace nuitka_cc
