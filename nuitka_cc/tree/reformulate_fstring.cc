// f-strings: the parts are joined, each replacement field is formatted
// after its conversion:
//
//   f"a{x!r:>{w}}b"            StringConcatenation("a",
//                                                  format(repr(x), f">{w}"),
//                                                  "b")
//
// The format spec is itself an f-string, evaluated after the value, as in
// CPython. An f-string of a single part is that part (format always gives a
// str), as in f"{x}" or a spec like ">10"; an empty one is the constant "".
#include "nuitka_cc/tree/reformulations.h"
#include "nuitka_cc/tree/tree_builder.h"

namespace nuitka_cc {

Node* BuildJoinedStrExpression(TreeBuilder& b, expr_ty e) {
  SourceReference ref = b.Ref(e);
  std::vector<Node*> values = b.BuildExpressions(e->v.JoinedStr.values);
  if (values.empty()) return b.MakeConstantString("", ref);
  if (values.size() == 1 &&
      (values[0]->kind() == NodeKind::kExpressionBuiltinFormat ||
       values[0]->kind() == NodeKind::kExpressionConstantRef)) {
    return values[0];
  }
  Node* node = b.New(NodeKind::kExpressionStringConcatenation, ref);
  node->AddChildren(ChildRole::k_values, values);
  return node;
}

Node* BuildFormattedValueExpression(TreeBuilder& b, expr_ty e) {
  SourceReference ref = b.Ref(e);
  Node* value = b.BuildExpression(e->v.FormattedValue.value);
  NodeKind conversion;
  switch (e->v.FormattedValue.conversion) {
    case 's':
      conversion = NodeKind::kExpressionBuiltinStr;
      break;
    case 'r':
      conversion = NodeKind::kExpressionBuiltinRepr;
      break;
    case 'a':
      conversion = NodeKind::kExpressionBuiltinAscii;
      break;
    default:  // -1: no conversion
      conversion = NodeKind::kExpressionBuiltinFormat;
      break;
  }
  if (conversion != NodeKind::kExpressionBuiltinFormat) {
    Node* converted = b.New(conversion, value->source());
    converted->AddChild(ChildRole::k_value, value);
    value = converted;
  }
  Node* format = b.New(NodeKind::kExpressionBuiltinFormat, ref);
  format->AddChild(ChildRole::k_value, value);
  if (e->v.FormattedValue.format_spec != nullptr) {
    format->AddChild(ChildRole::k_format_spec,
                     b.BuildExpression(e->v.FormattedValue.format_spec));
  }
  return format;
}

}  // namespace nuitka_cc
