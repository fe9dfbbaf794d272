// Comparisons. Nodes only ever compare two operands; a chain becomes an
// outline (statements evaluated as an expression in the current scope)
// that keeps each middle operand in a temporary and returns early with the
// first comparison result that is false:
//
//   a < b() > c < d            outline comparison_chain:
//                                  try:
//                                      tmp_operand_1 = a
//                                      tmp_operand_2 = b()
//                                      tmp_result = tmp_operand_1 < tmp_operand_2
//                                      if not tmp_result:
//                                          return tmp_result
//                                      tmp_operand_3 = c
//                                      tmp_result = tmp_operand_2 > tmp_operand_3
//                                      if not tmp_result:
//                                          return tmp_result
//                                      return tmp_operand_3 < d
//                                  finally:
//                                      release the temporaries
//
// The first operand gets a temporary too (unless it is a constant), so that
// it is evaluated before the second, as in CPython. Each result's truth is
// taken once, and the result object itself is the value, as in CPython.
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {
namespace {

Operator ComparisonOperator(cmpop_ty op) {
  switch (op) {
    case Eq: return Operator::kEq;
    case NotEq: return Operator::kNotEq;
    case Lt: return Operator::kLt;
    case LtE: return Operator::kLtE;
    case Gt: return Operator::kGt;
    case GtE: return Operator::kGtE;
    case Is: return Operator::kIs;
    case IsNot: return Operator::kIsNot;
    case In: return Operator::kIn;
    case NotIn: return Operator::kNotIn;
  }
  return Operator::kNone;
}

Node* MakeComparison(TreeBuilder& b, cmpop_ty op, Node* left, Node* right,
                     const SourceReference& ref) {
  Node* node = b.New(NodeKind::kExpressionComparison, ref);
  node->set_op(ComparisonOperator(op));
  node->AddChild(ChildRole::k_left, left);
  node->AddChild(ChildRole::k_right, right);
  return node;
}

// The source reference of one link of a chain: from its left operand to
// its right one.
SourceReference LinkRef(TreeBuilder& b, expr_ty left, expr_ty right) {
  SourceReference ref = b.Ref(left);
  ref.end_line = right->end_lineno;
  ref.end_column = right->end_col_offset;
  return ref;
}

}  // namespace

Node* BuildCompareExpression(TreeBuilder& b, expr_ty e) {
  SourceReference ref = b.Ref(e);
  asdl_int_seq* ops = e->v.Compare.ops;
  asdl_expr_seq* comparators = e->v.Compare.comparators;
  Py_ssize_t count = asdl_seq_LEN(comparators);
  if (count == 1) {
    Node* left = b.BuildExpression(e->v.Compare.left);
    Node* right = b.BuildExpression(asdl_seq_GET(comparators, 0));
    return MakeComparison(b, static_cast<cmpop_ty>(asdl_seq_GET(ops, 0)), left,
                          right, ref);
  }

  std::vector<Node*> statements;
  std::vector<Variable*> temps;
  Variable* result = nullptr;  // made after the first operands, for reading

  // The left operand of the next link: a temporary holding the previous
  // right operand (or the first operand), or a constant.
  Node* first = b.BuildExpression(e->v.Compare.left);
  Variable* left_temp = nullptr;
  if (first->kind() != NodeKind::kExpressionConstantRef) {
    left_temp = b.NewTemp("operand");
    temps.push_back(left_temp);
    statements.push_back(b.MakeAssignVariable(left_temp, first, first->source()));
    first = nullptr;
  }
  expr_ty left_expr = e->v.Compare.left;
  for (Py_ssize_t i = 0; i < count; ++i) {
    expr_ty right_expr = asdl_seq_GET(comparators, i);
    SourceReference link_ref = LinkRef(b, left_expr, right_expr);
    cmpop_ty op = static_cast<cmpop_ty>(asdl_seq_GET(ops, i));
    Node* left = left_temp != nullptr ? b.MakeVariableRef(left_temp, link_ref) : first;
    Node* right = b.BuildExpression(right_expr);
    if (i == count - 1) {
      Node* ret = b.New(NodeKind::kStatementReturn, link_ref);
      ret->AddChild(ChildRole::k_expression, MakeComparison(b, op, left, right, link_ref));
      statements.push_back(ret);
      break;
    }
    Variable* right_temp = b.NewTemp("operand");
    temps.push_back(right_temp);
    if (result == nullptr) result = b.NewTemp("comparison_result");
    statements.push_back(b.MakeAssignVariable(right_temp, right, right->source()));
    statements.push_back(b.MakeAssignVariable(
        result,
        MakeComparison(b, op, left, b.MakeVariableRef(right_temp, link_ref), link_ref),
        link_ref));
    Node* negated = b.New(NodeKind::kExpressionOperationNot, link_ref);
    negated->AddChild(ChildRole::k_operand, b.MakeVariableRef(result, link_ref));
    Node* early = b.New(NodeKind::kStatementReturn, link_ref);
    early->AddChild(ChildRole::k_expression, b.MakeVariableRef(result, link_ref));
    statements.push_back(b.MakeConditional(negated, early, nullptr, link_ref));
    left_temp = right_temp;
    left_expr = right_expr;
  }
  temps.push_back(result);

  Node* outline = b.New(NodeKind::kExpressionOutlineBody, ref);
  outline->set_name("comparison_chain");
  outline->AddChild(ChildRole::k_body,
                    b.MakeSequence({b.MakeTryFinallyReleases(
                                       b.MakeSequence(statements, ref), temps, ref)},
                                   ref));
  return outline;
}

}  // namespace nuitka_cc
