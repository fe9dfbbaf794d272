// Expressions: constants, operations, comparisons, conditional values,
// attributes, subscripts, slices, container displays, f-strings,
// iteration and unpacking.
#include <Python.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "codegen/codegen_internal.h"

namespace nuitka_cc {
namespace {

// A new owned result: declares the temporary, emits `<temp> = <call>;`,
// releases the operands and checks the result for NULL.
CValue CallResult(EmissionContext& ctx, absl::string_view hint,
                  const std::string& call, const std::vector<CValue>& operands) {
  std::string result = ctx.NewTemp(hint);
  ctx.Line(absl::StrCat(result, " = ", call, ";"));
  for (auto it = operands.rbegin(); it != operands.rend(); ++it) ctx.Release(*it);
  ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

std::vector<const Node*> Children(const Node* node, ChildRole role) {
  std::vector<Node*> list = node->ChildrenIn(role);
  return std::vector<const Node*>(list.begin(), list.end());
}

const char* BinaryHelperName(Operator op) {
  switch (op) {
    case Operator::kAdd: return "ADD";
    case Operator::kSub: return "SUB";
    case Operator::kMult: return "MULT";
    case Operator::kMatMult: return "MATMULT";
    case Operator::kDiv: return "DIV";
    case Operator::kMod: return "MOD";
    case Operator::kPow: return "POW";
    case Operator::kLShift: return "LSHIFT";
    case Operator::kRShift: return "RSHIFT";
    case Operator::kBitOr: return "BITOR";
    case Operator::kBitXor: return "BITXOR";
    case Operator::kBitAnd: return "BITAND";
    case Operator::kFloorDiv: return "FLOORDIV";
    default: return nullptr;
  }
}

// The operations with a BINARY_OPERATION_<name>_TEMP_OBJECT helper, which
// computes float results into a left operand nothing else references.
bool TakesTemporaryLeft(Operator op) {
  return op == Operator::kAdd || op == Operator::kSub || op == Operator::kMult ||
         op == Operator::kDiv;
}

// Py_LT ... for the rich comparisons, or nullptr.
const char* RichCompareOp(Operator op) {
  switch (op) {
    case Operator::kEq: return "Py_EQ";
    case Operator::kNotEq: return "Py_NE";
    case Operator::kLt: return "Py_LT";
    case Operator::kLtE: return "Py_LE";
    case Operator::kGt: return "Py_GT";
    case Operator::kGtE: return "Py_GE";
    default: return nullptr;
  }
}

CValue GenerateConstant(EmissionContext& ctx, const Node* node) {
  std::string constant = ctx.module().Constant(node->constant());
  if (constant.empty()) {
    ctx.Unsupported(node, "UNSUPPORTED_CONSTANT");
    return {"NULL", false};
  }
  return {constant, false};
}

CValue GenerateBinary(EmissionContext& ctx, const Node* node, bool inplace) {
  const char* name = BinaryHelperName(node->op());
  if (name == nullptr) {
    ctx.Unsupported(node, "UNSUPPORTED_SHAPE operator");
    return {"NULL", false};
  }
  std::vector<CValue> operands = GenerateOperands(
      ctx, {node->Child(ChildRole::k_left), node->Child(ChildRole::k_right)});
  ctx.SetPosition(node, {"BINARY_OP"});
  if (!inplace && operands[0].owned && TakesTemporaryLeft(node->op())) {
    // The helper takes the left temporary's reference (a float result is
    // computed into it when nothing else holds it).
    std::string result = ctx.NewTemp("tmp_binary");
    ctx.Line(absl::StrCat(result, " = BINARY_OPERATION_", name, "_TEMP_OBJECT(",
                          operands[0].expr, ", ", operands[1].expr, ");"));
    ctx.Forget(operands[0]);
    ctx.Release(operands[1]);
    ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
    CValue value{result, true};
    ctx.Track(value);
    return value;
  }
  return CallResult(ctx, inplace ? "tmp_inplace" : "tmp_binary",
                    absl::StrCat(inplace ? "INPLACE" : "BINARY", "_OPERATION_", name,
                                 "_OBJECT_OBJECT(", operands[0].expr, ", ",
                                 operands[1].expr, ")"),
                    operands);
}

CValue GenerateUnary(EmissionContext& ctx, const Node* node) {
  const char* name = nullptr;
  const char* opcode = nullptr;
  switch (node->op()) {
    case Operator::kUSub: name = "USUB"; opcode = "UNARY_NEGATIVE"; break;
    case Operator::kUAdd: name = "UADD"; opcode = "UNARY_POSITIVE"; break;
    case Operator::kInvert: name = "INVERT"; opcode = "UNARY_INVERT"; break;
    default:
      ctx.Unsupported(node, "UNSUPPORTED_SHAPE unary operator");
      return {"NULL", false};
  }
  CValue operand = GenerateExpression(ctx, node->Child(ChildRole::k_operand));
  ctx.SetPosition(node, {opcode});
  return CallResult(ctx, "tmp_unary",
                    absl::StrCat("UNARY_OPERATION_", name, "_OBJECT(", operand.expr, ")"),
                    {operand});
}

CValue GenerateNot(EmissionContext& ctx, const Node* node) {
  std::string truth = GenerateConditionTruth(ctx, node->Child(ChildRole::k_operand));
  std::string result = ctx.NewTemp("tmp_not");
  ctx.Line(absl::StrCat(result, " = Py_NewRef(", truth, " ? Py_False : Py_True);"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

CValue GenerateComparison(EmissionContext& ctx, const Node* node) {
  std::vector<CValue> operands = GenerateOperands(
      ctx, {node->Child(ChildRole::k_left), node->Child(ChildRole::k_right)});
  const CValue& left = operands[0];
  const CValue& right = operands[1];
  if (const char* op = RichCompareOp(node->op())) {
    ctx.SetPosition(node, {"COMPARE_OP"});
    return CallResult(ctx, "tmp_compare",
                      absl::StrCat("RICH_COMPARE_OBJECT_OBJECT(", left.expr, ", ",
                                   right.expr, ", ", op, ")"),
                      operands);
  }
  switch (node->op()) {
    case Operator::kIs:
    case Operator::kIsNot: {
      std::string result = ctx.NewTemp("tmp_is");
      ctx.Line(absl::StrCat(result, " = Py_NewRef((", left.expr, " == ", right.expr,
                            ") ? ", node->op() == Operator::kIs ? "Py_True" : "Py_False",
                            " : ", node->op() == Operator::kIs ? "Py_False" : "Py_True",
                            ");"));
      ctx.Release(right);
      ctx.Release(left);
      CValue value{result, true};
      ctx.Track(value);
      return value;
    }
    case Operator::kIn:
    case Operator::kNotIn:
      ctx.SetPosition(node, {"CONTAINS_OP"});
      return CallResult(ctx, "tmp_contains",
                        absl::StrCat("NuitkaCC_ContainsObject(", right.expr, ", ",
                                     left.expr, ", ",
                                     node->op() == Operator::kNotIn ? 1 : 0, ")"),
                        operands);
    default:
      ctx.Unsupported(node, "UNSUPPORTED_SHAPE comparison operator");
      for (const CValue& operand : operands) ctx.Release(operand);
      return {"NULL", false};
  }
}

// `yes if condition else no`, and the value forms of `and` / `or`: the
// result is owned on both paths.
CValue GenerateConditionalExpression(EmissionContext& ctx, const Node* node) {
  std::string truth = GenerateConditionTruth(ctx, node->Child(ChildRole::k_condition));
  std::string result = ctx.NewTemp("tmp_conditional");
  std::vector<std::string> live = ctx.live();
  ctx.Open(absl::StrCat("if (", truth, ")"));
  CValue yes = ctx.Owned(GenerateExpression(ctx, node->Child(ChildRole::k_expression_yes)));
  ctx.Line(absl::StrCat(result, " = ", yes.expr, ";"));
  ctx.Forget(yes);
  ctx.Else();
  CValue no = ctx.Owned(GenerateExpression(ctx, node->Child(ChildRole::k_expression_no)));
  ctx.Line(absl::StrCat(result, " = ", no.expr, ";"));
  ctx.Forget(no);
  ctx.Close();
  ctx.ForgetPosition();
  ctx.set_live(live);
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

CValue GenerateAndOr(EmissionContext& ctx, const Node* node, bool is_and) {
  CValue left = GenerateExpression(ctx, node->Child(ChildRole::k_left));
  std::string truth = ctx.NewLocal("int", "truth", "0");
  ctx.SetPosition(node, {is_and ? "JUMP_IF_FALSE_OR_POP" : "JUMP_IF_TRUE_OR_POP"});
  ctx.Line(absl::StrCat(truth, " = NuitkaCC_CheckTruth(", left.expr, ");"));
  ctx.ErrorCheck(absl::StrCat(truth, " < 0"));
  std::string result = ctx.NewTemp(is_and ? "tmp_and" : "tmp_or");
  std::vector<std::string> live = ctx.live();
  ctx.Open(absl::StrCat("if (", is_and ? "" : "!", truth, ")"));
  ctx.Release(left);
  CValue right = ctx.Owned(GenerateExpression(ctx, node->Child(ChildRole::k_right)));
  ctx.Line(absl::StrCat(result, " = ", right.expr, ";"));
  ctx.Forget(right);
  ctx.Else();
  ctx.set_live(live);
  CValue kept = ctx.Owned(left);
  ctx.Line(absl::StrCat(result, " = ", kept.expr, ";"));
  ctx.Forget(kept);
  ctx.Forget(left);
  ctx.Close();
  ctx.ForgetPosition();
  ctx.set_live(live);
  ctx.Forget(left);
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

CValue GenerateAttributeLookup(EmissionContext& ctx, const Node* node) {
  CValue object = GenerateExpression(ctx, node->Child(ChildRole::k_expression));
  std::string name = ctx.module().StringConstant(node->name());
  ctx.SetPosition(node, {"LOAD_ATTR", "LOAD_METHOD"});
  return CallResult(ctx, "tmp_attribute",
                    absl::StrCat("NuitkaCC_LoadAttributeCached(", object.expr, ", ", name,
                                 ", ", ctx.module().NewAttributeCache(), ")"),
                    {object});
}

CValue GenerateAttributeSpecial(EmissionContext& ctx, const Node* node) {
  CValue object = GenerateExpression(ctx, node->Child(ChildRole::k_expression));
  std::string name = ctx.module().StringConstant(node->name());
  ctx.SetPosition(node, {"BEFORE_WITH", "BEFORE_ASYNC_WITH"});
  return CallResult(ctx, "tmp_special",
                    absl::StrCat("NuitkaCC_LookupSpecial(", object.expr, ", ", name, ")"),
                    {object});
}

CValue GenerateIsinstance(EmissionContext& ctx, const Node* node) {
  std::vector<CValue> operands = GenerateOperands(
      ctx, {node->Child(ChildRole::k_instance), node->Child(ChildRole::k_classes)});
  ctx.SetPosition(node, {"CALL", "PRECALL"});
  std::string found = ctx.NewLocal("int", "found", "0");
  ctx.Line(absl::StrCat(found, " = PyObject_IsInstance(", operands[0].expr, ", ",
                        operands[1].expr, ");"));
  ctx.Release(operands[1]);
  ctx.Release(operands[0]);
  ctx.ErrorCheck(absl::StrCat(found, " < 0"));
  return CallResult(ctx, "tmp_isinstance",
                    absl::StrCat("Py_NewRef(", found, " ? Py_True : Py_False)"), {});
}

CValue GenerateSubscriptLookup(EmissionContext& ctx, const Node* node) {
  std::vector<CValue> operands = GenerateOperands(
      ctx, {node->Child(ChildRole::k_expression), node->Child(ChildRole::k_subscript)});
  ctx.SetPosition(node, {"BINARY_SUBSCR"});
  return CallResult(ctx, "tmp_subscript",
                    absl::StrCat("LOOKUP_SUBSCRIPT(", operands[0].expr, ", ",
                                 operands[1].expr, ")"),
                    operands);
}

CValue GenerateSlice(EmissionContext& ctx, const Node* node) {
  std::vector<CValue> operands = GenerateOperands(
      ctx, {node->Child(ChildRole::k_start), node->Child(ChildRole::k_stop),
            node->Child(ChildRole::k_step)});
  ctx.SetPosition(node, {"BUILD_SLICE"});
  return CallResult(ctx, "tmp_slice",
                    absl::StrCat("MAKE_SLICE(", operands[0].expr, ", ", operands[1].expr,
                                 ", ", operands[2].expr, ")"),
                    operands);
}

// Tuples and lists take over the element references.
CValue GenerateSequenceDisplay(EmissionContext& ctx, const Node* node, bool is_tuple) {
  std::vector<CValue> elements =
      GenerateOperands(ctx, Children(node, ChildRole::k_elements));
  std::string result = ctx.NewTemp(is_tuple ? "tmp_tuple" : "tmp_list");
  ctx.Line(absl::StrCat(result, " = ", is_tuple ? "PyTuple_New(" : "PyList_New(",
                        elements.size(), ");"));
  ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
  for (size_t i = 0; i < elements.size(); ++i) {
    std::string item = elements[i].owned ? elements[i].expr
                                         : absl::StrCat("Py_NewRef(", elements[i].expr, ")");
    ctx.Line(absl::StrCat(is_tuple ? "PyTuple_SET_ITEM(" : "PyList_SET_ITEM(", result,
                          ", ", i, ", ", item, ");"));
  }
  for (const CValue& element : elements) ctx.Forget(element);
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

// Sets and dicts from a C array of the evaluated items.
CValue GenerateHashedDisplay(EmissionContext& ctx, const Node* node, bool is_dict) {
  std::vector<const Node*> items;
  for (const Node* element : Children(node, ChildRole::k_elements)) {
    if (is_dict) {
      if (element->kind() != NodeKind::kExpressionKeyValuePair) {
        ctx.Unsupported(element, absl::StrCat("UNSUPPORTED_NODE ", element->kind_name(),
                                              " ", NodeLine(element)));
        return {"NULL", false};
      }
      items.push_back(element->Child(ChildRole::k_key));
      items.push_back(element->Child(ChildRole::k_value));
    } else {
      items.push_back(element);
    }
  }
  std::vector<CValue> values = GenerateOperands(ctx, items);
  std::string array = "NULL";
  if (!values.empty()) {
    array = ctx.NewArray(is_dict ? "dict_items" : "set_items",
                         static_cast<int>(values.size()));
    for (size_t i = 0; i < values.size(); ++i) {
      ctx.Line(absl::StrCat(array, "[", i, "] = ", values[i].expr, ";"));
    }
  }
  if (is_dict) {
    ctx.SetPosition(node, {"BUILD_MAP", "BUILD_CONST_KEY_MAP"});
  } else {
    ctx.SetPosition(node, {"BUILD_SET"});
  }
  return CallResult(ctx, is_dict ? "tmp_dict" : "tmp_set",
                    absl::StrCat(is_dict ? "NuitkaCC_MakeDict(" : "NuitkaCC_MakeSet(",
                                 array, ", ", is_dict ? values.size() / 2 : values.size(),
                                 ")"),
                    values);
}

CValue GenerateStringConcatenation(EmissionContext& ctx, const Node* node) {
  std::vector<CValue> parts = GenerateOperands(ctx, Children(node, ChildRole::k_values));
  std::string array = ctx.NewArray("string_parts", static_cast<int>(parts.size()) + 1);
  for (size_t i = 0; i < parts.size(); ++i) {
    ctx.Line(absl::StrCat(array, "[", i, "] = ", parts[i].expr, ";"));
  }
  ctx.SetPosition(node, {"BUILD_STRING"});
  return CallResult(ctx, "tmp_string",
                    absl::StrCat("NuitkaCC_JoinStrings(", array, ", ", parts.size(), ")"),
                    parts);
}

const char* ConversionFunction(NodeKind kind) {
  switch (kind) {
    case NodeKind::kExpressionBuiltinStr: return "PyObject_Str";
    case NodeKind::kExpressionBuiltinRepr: return "PyObject_Repr";
    case NodeKind::kExpressionBuiltinAscii: return "PyObject_ASCII";
    default: return nullptr;
  }
}

CValue GenerateConversion(EmissionContext& ctx, const Node* node) {
  CValue value = GenerateExpression(ctx, node->Child(ChildRole::k_value));
  ctx.SetPreferredPosition(node, {"FORMAT_VALUE"});
  return CallResult(ctx, "tmp_converted",
                    absl::StrCat(ConversionFunction(node->kind()), "(", value.expr, ")"),
                    {value});
}

// FORMAT_VALUE converts the value (!r, !s, !a) only after the format spec
// is evaluated.
CValue GenerateFormat(EmissionContext& ctx, const Node* node) {
  const Node* value_node = node->Child(ChildRole::k_value);
  const Node* spec_node = node->Child(ChildRole::k_format_spec);
  const char* conversion = ConversionFunction(value_node->kind());
  if (conversion != nullptr && spec_node != nullptr) {
    std::vector<CValue> operands =
        GenerateOperands(ctx, {value_node->Child(ChildRole::k_value), spec_node});
    ctx.SetPreferredPosition(node, {"FORMAT_VALUE"});
    std::string converted = ctx.NewTemp("tmp_converted");
    ctx.Line(absl::StrCat(converted, " = ", conversion, "(", operands[0].expr, ");"));
    ctx.Release(operands[0]);
    ctx.ErrorCheck(absl::StrCat(converted, " == NULL"));
    CValue converted_value{converted, true};
    ctx.Track(converted_value);
    return CallResult(ctx, "tmp_formatted",
                      absl::StrCat("NuitkaCC_FormatValue(", converted, ", ",
                                   operands[1].expr, ")"),
                      {converted_value, operands[1]});
  }
  std::vector<CValue> operands = GenerateOperands(ctx, {value_node, spec_node});
  ctx.SetPreferredPosition(node, {"FORMAT_VALUE"});
  return CallResult(ctx, "tmp_formatted",
                    absl::StrCat("NuitkaCC_FormatValue(", operands[0].expr, ", ",
                                 spec_node != nullptr ? operands[1].expr : "NULL", ")"),
                    operands);
}

CValue GenerateIter(EmissionContext& ctx, const Node* node, bool for_unpack) {
  bool direct = ctx.direct_unpack();
  ctx.set_direct_unpack(false);
  CValue value = GenerateExpression(ctx, node->Child(ChildRole::k_value));
  if (for_unpack) {
    ctx.SetPosition(node, {"UNPACK_SEQUENCE", "UNPACK_EX"});
    return CallResult(ctx, "tmp_iterator",
                      absl::StrCat(direct ? "NuitkaCC_IterForUnpackDirect(tstate, "
                                                       : "NuitkaCC_IterForUnpack(tstate, ",
                                   value.expr, ")"),
                      {value});
  }
  ctx.SetPreferredPosition(node, {"GET_ITER"});
  return CallResult(ctx, "tmp_iterator", absl::StrCat("MAKE_ITERATOR(", value.expr, ")"),
                    {value});
}

CValue GenerateNext(EmissionContext& ctx, const Node* node) {
  CValue value = GenerateExpression(ctx, node->Child(ChildRole::k_value));
  ctx.SetPreferredPosition(node, {"FOR_ITER"});
  return CallResult(ctx, "tmp_next",
                    absl::StrCat("NuitkaCC_BuiltinNext(tstate, ", value.expr, ")"),
                    {value});
}

// The expected count of an unpacking, from its constant child.
bool UnpackExpectation(const Node* node, long* expected, bool* at_least) {
  const Node* count = node->Child(ChildRole::k_expected);
  *at_least = false;
  if (count == nullptr) {
    count = node->Child(ChildRole::k_expected_at_least);
    *at_least = true;
  }
  if (count == nullptr || count->kind() != NodeKind::kExpressionConstantRef ||
      !PyLong_CheckExact(count->constant())) {
    return false;
  }
  *expected = PyLong_AsLong(count->constant());
  return !PyErr_Occurred();
}

CValue GenerateSpecialUnpack(EmissionContext& ctx, const Node* node) {
  long expected = 0;
  bool at_least = false;
  if (!node->number().has_value() || !UnpackExpectation(node, &expected, &at_least)) {
    PyErr_Clear();
    ctx.Unsupported(node, "UNSUPPORTED_SHAPE unpacking count");
    return {"NULL", false};
  }
  CValue iterator = GenerateExpression(ctx, node->Child(ChildRole::k_value));
  ctx.SetPosition(node, {"UNPACK_SEQUENCE", "UNPACK_EX"});
  return CallResult(ctx, "tmp_unpacked",
                    absl::StrCat("NuitkaCC_UnpackNext(tstate, ", iterator.expr, ", ",
                                 *node->number() - 1, ", ", expected, ", ",
                                 at_least ? 1 : 0, ")"),
                    {iterator});
}

CValue GenerateBuiltinList(EmissionContext& ctx, const Node* node) {
  CValue value = GenerateExpression(ctx, node->Child(ChildRole::k_value));
  ctx.SetPosition(node, {"UNPACK_EX", "LIST_EXTEND", "CALL"});
  return CallResult(ctx, "tmp_list",
                    absl::StrCat("PySequence_List(", value.expr, ")"), {value});
}

// The operand of a builtin-like node.
const Node* Operand(const Node* node) { return node->Child(ChildRole::k_value); }

// len(x) in the source, resolved by the optimizer: the name is looked up
// as written; while it finds the original built-in the length is taken
// directly (or is the length the optimizer predicted, the container then
// not built), else whatever the name finds is called.
CValue GenerateGuardedBuiltinLen(EmissionContext& ctx, const Node* node) {
  const Node* value_node = Operand(node);
  std::vector<const Node*> elements;
  // A predicted tuple display is only built when the name was rebound.
  bool predicted = node->number().has_value() &&
                   value_node->kind() == NodeKind::kExpressionMakeTuple &&
                   *node->number() > 0;
  std::vector<const Node*> operands = {node->Child(ChildRole::k_called)};
  if (predicted) {
    for (const Node* element : value_node->ChildrenIn(ChildRole::k_elements)) {
      operands.push_back(element);
    }
  } else {
    operands.push_back(value_node);
  }
  std::vector<CValue> values = GenerateOperands(ctx, operands);
  const CValue& called = values[0];
  ctx.SetPosition(node, {"CALL", "PRECALL"});
  std::string result = ctx.NewTemp("tmp_len");
  ctx.Open(absl::StrCat("if (likely(", called.expr, " == NuitkaCC_original_builtin_len))"));
  if (node->number().has_value()) {
    ctx.Line(absl::StrCat(result, " = PyLong_FromSsize_t(", *node->number(), ");"));
  } else {
    std::string length = ctx.NewLocal("Py_ssize_t", "length", "0");
    ctx.Line(absl::StrCat(length, " = PyObject_Length(", values[1].expr, ");"));
    ctx.Line(absl::StrCat(result, " = ", length, " < 0 ? NULL : PyLong_FromSsize_t(",
                          length, ");"));
  }
  ctx.Else();
  std::string argument = predicted ? ctx.NewTemp("tmp_tuple") : values[1].expr;
  if (predicted) {
    std::string items = ctx.NewArray("tuple_items", static_cast<int>(values.size() - 1));
    for (size_t i = 1; i < values.size(); ++i) {
      ctx.Line(absl::StrCat(items, "[", i - 1, "] = ", values[i].expr, ";"));
    }
    ctx.Line(absl::StrCat(argument, " = _PyTuple_FromArray(", items, ", ", values.size() - 1,
                          ");"));
    ctx.Line(absl::StrCat(result, " = ", argument, " == NULL ? NULL : NuitkaCC_CallVector(",
                          called.expr, ", &", argument, ", 1, NULL);"));
    ctx.Line(absl::StrCat("Py_XDECREF(", argument, ");"));
  } else {
    ctx.Line(absl::StrCat(result, " = NuitkaCC_CallVector(", called.expr, ", &", argument,
                          ", 1, NULL);"));
  }
  ctx.Close();
  for (auto it = values.rbegin(); it != values.rend(); ++it) ctx.Release(*it);
  ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

CValue GenerateBuiltinLen(EmissionContext& ctx, const Node* node) {
  if (node->Child(ChildRole::k_called) != nullptr) return GenerateGuardedBuiltinLen(ctx, node);
  CValue value = GenerateExpression(ctx, Operand(node));
  ctx.SetPosition(node, {"CALL", "PRECALL"});
  std::string length = ctx.NewLocal("Py_ssize_t", "length", "0");
  ctx.Line(absl::StrCat(length, " = PyObject_Length(", value.expr, ");"));
  ctx.Release(value);
  ctx.ErrorCheck(absl::StrCat(length, " < 0"));
  return CallResult(ctx, "tmp_len", absl::StrCat("PyLong_FromSsize_t(", length, ")"), {});
}

// Statements evaluated as an expression: their return is the value.
CValue GenerateOutline(EmissionContext& ctx, const Node* node) {
  TargetsGuard guard(ctx);
  std::string result = ctx.NewTemp("tmp_outline_result");
  std::unique_ptr<ExitTarget> done = ctx.NewTarget("outline_done");
  ReturnTarget target{done.get(), result};
  ctx.set_return_target(&target);
  // Returns replace a pending value (see GenerateReturn): start empty.
  ctx.Line(absl::StrCat(result, " = NULL;"));
  std::vector<std::string> live = ctx.live();
  ctx.PushHeld({result});
  GenerateStatementSequence(ctx, node->Child(ChildRole::k_body));
  ctx.PopHeld();
  ctx.set_live(live);
  // Every path of an outline ends in a return.
  ctx.Line(ctx.Goto(done.get()));
  ctx.EmitTargetLabels(*done);
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

CValue GenerateSideEffects(EmissionContext& ctx, const Node* node) {
  for (const Node* effect : Children(node, ChildRole::k_side_effects)) {
    ctx.Release(GenerateExpression(ctx, effect));
  }
  return GenerateExpression(ctx, node->Child(ChildRole::k_expression));
}

CValue BoolFromTruth(EmissionContext& ctx, const std::string& truth) {
  std::string result = ctx.NewTemp("tmp_bool");
  ctx.Line(absl::StrCat(result, " = Py_NewRef(", truth, " ? Py_True : Py_False);"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

// Pattern matching (MATCH_* instructions).
CValue GenerateMatch(EmissionContext& ctx, const Node* node) {
  switch (node->kind()) {
    case NodeKind::kExpressionMatchTypeCheckSequence:
    case NodeKind::kExpressionMatchTypeCheckMapping: {
      CValue subject = GenerateExpression(ctx, Operand(node));
      bool sequence = node->kind() == NodeKind::kExpressionMatchTypeCheckSequence;
      CValue result = BoolFromTruth(
          ctx, absl::StrCat(sequence ? "NuitkaCC_MatchIsSequence(" : "NuitkaCC_MatchIsMapping(",
                            subject.expr, ")"));
      ctx.Release(subject);
      return result;
    }
    case NodeKind::kExpressionMatchSequenceUnpack: {
      long star = -1;
      if (node->constant() != nullptr) {
        star = PyLong_AsLong(node->constant());
        if (star == -1 && PyErr_Occurred()) PyErr_Clear();
      }
      if (!node->number().has_value() || (node->constant() != nullptr && star < 0)) {
        ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE sequence pattern ",
                                           NodeLine(node)));
        return {"NULL", false};
      }
      CValue subject = GenerateExpression(ctx, Operand(node));
      ctx.SetPosition(node, {"UNPACK_SEQUENCE", "UNPACK_EX"});
      return CallResult(ctx, "tmp_match_items",
                        absl::StrCat("NuitkaCC_MatchSequenceUnpack(tstate, ", subject.expr,
                                     ", ", *node->number(), ", ", star, ")"),
                        {subject});
    }
    case NodeKind::kExpressionMatchMappingValues:
    case NodeKind::kExpressionMatchMappingRest: {
      std::vector<CValue> operands = GenerateOperands(
          ctx, {Operand(node), node->Child(ChildRole::k_keys)});
      if (node->kind() == NodeKind::kExpressionMatchMappingValues) {
        ctx.SetPosition(node, {"MATCH_KEYS"});
        return CallResult(ctx, "tmp_match_values",
                          absl::StrCat("NuitkaCC_MatchKeys(tstate, ", operands[0].expr, ", ",
                                       operands[1].expr, ")"),
                          operands);
      }
      ctx.SetPosition(node, {"DICT_UPDATE", "DELETE_SUBSCR"});
      return CallResult(ctx, "tmp_match_rest",
                        absl::StrCat("NuitkaCC_MatchMappingRest(", operands[0].expr, ", ",
                                     operands[1].expr, ")"),
                        operands);
    }
    case NodeKind::kExpressionMatchClassType: {
      CValue cls = GenerateExpression(ctx, Operand(node));
      ctx.SetPosition(node, {"MATCH_CLASS"});
      return CallResult(ctx, "tmp_match_class",
                        absl::StrCat("NuitkaCC_MatchClassType(tstate, ", cls.expr, ")"), {cls});
    }
    case NodeKind::kExpressionMatchClassArgs: {
      if (!node->number().has_value() || node->constant() == nullptr ||
          !PyTuple_CheckExact(node->constant())) {
        ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_SHAPE class pattern ", NodeLine(node)));
        return {"NULL", false};
      }
      std::vector<CValue> operands = GenerateOperands(
          ctx, {node->Child(ChildRole::k_instance), node->Child(ChildRole::k_classes)});
      std::string keywords = ctx.module().Constant(node->constant());
      ctx.SetPosition(node, {"MATCH_CLASS"});
      return CallResult(ctx, "tmp_match_attributes",
                        absl::StrCat("NuitkaCC_MatchClassArgs(tstate, ", operands[0].expr, ", ",
                                     operands[1].expr, ", ", *node->number(), ", ", keywords,
                                     ")"),
                        operands);
    }
    default:
      ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_NODE ", node->kind_name(), " ",
                                         NodeLine(node)));
      return {"NULL", false};
  }
}

CValue GenerateExceptionMatchValue(EmissionContext& ctx, const Node* node) {
  std::string truth = GenerateExceptionMatchTruth(ctx, node);
  std::string result = ctx.NewTemp("tmp_match");
  ctx.Line(absl::StrCat(result, " = Py_NewRef(", truth, " ? Py_True : Py_False);"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

}  // namespace

std::string NodeLine(const Node* node) {
  return absl::StrCat("line ", node->source().line);
}

bool CanRebindVariables(const Node* node) {
  if (node == nullptr) return false;
  if (IsStatementKind(node->kind())) return true;
  if (node->kind() == NodeKind::kExpressionOutlineBody) return true;
  // A generator resumed after a yield keeps only owned values.
  if (node->kind() == NodeKind::kExpressionYield ||
      node->kind() == NodeKind::kExpressionYieldFrom) {
    return true;
  }
  for (const auto& child : node->children()) {
    if (CanRebindVariables(child.node)) return true;
  }
  return false;
}

std::vector<CValue> GenerateOperands(EmissionContext& ctx,
                                     const std::vector<const Node*>& nodes) {
  std::vector<CValue> values;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i] == nullptr) {
      values.push_back({"NULL", false});
      continue;
    }
    CValue value = GenerateExpression(ctx, nodes[i]);
    if (!value.owned && value.expr != "NULL") {
      bool later_rebinds = false;
      for (size_t j = i + 1; j < nodes.size(); ++j) {
        if (CanRebindVariables(nodes[j])) later_rebinds = true;
      }
      if (later_rebinds) value = ctx.Owned(value);
    }
    values.push_back(value);
  }
  return values;
}

std::string GenerateConditionTruth(EmissionContext& ctx, const Node* node) {
  switch (node->kind()) {
    case NodeKind::kExpressionComparison: {
      const char* op = RichCompareOp(node->op());
      if (op == nullptr && node->op() != Operator::kIs && node->op() != Operator::kIsNot &&
          node->op() != Operator::kIn && node->op() != Operator::kNotIn) {
        break;
      }
      std::vector<CValue> operands = GenerateOperands(
          ctx, {node->Child(ChildRole::k_left), node->Child(ChildRole::k_right)});
      std::string truth = ctx.NewLocal("int", "truth", "0");
      if (op != nullptr) {
        ctx.SetPosition(node, {"COMPARE_OP"});
        ctx.Line(absl::StrCat(truth, " = RICH_COMPARE_CBOOL_OBJECT_OBJECT(",
                              operands[0].expr, ", ", operands[1].expr, ", ", op, ");"));
      } else if (node->op() == Operator::kIs || node->op() == Operator::kIsNot) {
        ctx.Line(absl::StrCat(truth, " = ", operands[0].expr,
                              node->op() == Operator::kIs ? " == " : " != ",
                              operands[1].expr, ";"));
      } else {
        ctx.SetPosition(node, {"CONTAINS_OP"});
        ctx.Line(absl::StrCat(truth, " = PySequence_Contains(", operands[1].expr, ", ",
                              operands[0].expr, ");"));
      }
      ctx.Release(operands[1]);
      ctx.Release(operands[0]);
      if (op != nullptr || node->op() == Operator::kIn || node->op() == Operator::kNotIn) {
        ctx.ErrorCheck(absl::StrCat(truth, " < 0"));
      }
      if (node->op() == Operator::kNotIn) return absl::StrCat("!", truth);
      return truth;
    }
    case NodeKind::kExpressionOperationNot: {
      std::string inner = GenerateConditionTruth(ctx, node->Child(ChildRole::k_operand));
      return absl::StrCat("!(", inner, ")");
    }
    case NodeKind::kExpressionComparisonExceptionMatch:
      return GenerateExceptionMatchTruth(ctx, node);
    case NodeKind::kExpressionConditionalAnd:
    case NodeKind::kExpressionConditionalOr: {
      bool is_and = node->kind() == NodeKind::kExpressionConditionalAnd;
      std::string truth = ctx.NewLocal("int", "truth", "0");
      std::string left = GenerateConditionTruth(ctx, node->Child(ChildRole::k_left));
      ctx.Line(absl::StrCat(truth, " = ", left, ";"));
      ctx.Open(absl::StrCat("if (", is_and ? "" : "!", truth, ")"));
      std::string right = GenerateConditionTruth(ctx, node->Child(ChildRole::k_right));
      ctx.Line(absl::StrCat(truth, " = ", right, ";"));
      ctx.Close();
      ctx.ForgetPosition();
      return truth;
    }
    default:
      break;
  }
  CValue value = GenerateExpression(ctx, node);
  std::string truth = ctx.NewLocal("int", "truth", "0");
  ctx.SetPosition(node, {"POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_FORWARD_IF_TRUE",
                         "POP_JUMP_BACKWARD_IF_FALSE", "POP_JUMP_BACKWARD_IF_TRUE"});
  ctx.Line(absl::StrCat(truth, " = NuitkaCC_CheckTruth(", value.expr, ");"));
  ctx.Release(value);
  ctx.ErrorCheck(absl::StrCat(truth, " < 0"));
  return truth;
}

CValue GenerateExpression(EmissionContext& ctx, const Node* node) {
  if (node == nullptr) {
    ctx.Unsupported(nullptr, "UNSUPPORTED_SHAPE missing operand");
    return {"NULL", false};
  }
  switch (node->kind()) {
    case NodeKind::kExpressionConstantRef:
      return GenerateConstant(ctx, node);
    case NodeKind::kExpressionVariableRef:
      return GenerateVariableRead(ctx, node);
    case NodeKind::kExpressionOperationBinary:
      return GenerateBinary(ctx, node, /*inplace=*/false);
    case NodeKind::kExpressionOperationBinaryInplace:
      return GenerateBinary(ctx, node, /*inplace=*/true);
    case NodeKind::kExpressionOperationUnary:
      return GenerateUnary(ctx, node);
    case NodeKind::kExpressionOperationNot:
      return GenerateNot(ctx, node);
    case NodeKind::kExpressionComparison:
      return GenerateComparison(ctx, node);
    case NodeKind::kExpressionComparisonExceptionMatch:
      return GenerateExceptionMatchValue(ctx, node);
    case NodeKind::kExpressionConditional:
      return GenerateConditionalExpression(ctx, node);
    case NodeKind::kExpressionConditionalAnd:
      return GenerateAndOr(ctx, node, /*is_and=*/true);
    case NodeKind::kExpressionConditionalOr:
      return GenerateAndOr(ctx, node, /*is_and=*/false);
    case NodeKind::kExpressionAttributeLookup:
      return GenerateAttributeLookup(ctx, node);
    case NodeKind::kExpressionSubscriptLookup:
      return GenerateSubscriptLookup(ctx, node);
    case NodeKind::kExpressionAttributeLookupSpecial:
      return GenerateAttributeSpecial(ctx, node);
    case NodeKind::kExpressionBuiltinIsinstance:
      return GenerateIsinstance(ctx, node);
    case NodeKind::kExpressionBuiltinSlice:
      return GenerateSlice(ctx, node);
    case NodeKind::kExpressionMakeTuple:
      return GenerateSequenceDisplay(ctx, node, /*is_tuple=*/true);
    case NodeKind::kExpressionMakeList:
      return GenerateSequenceDisplay(ctx, node, /*is_tuple=*/false);
    case NodeKind::kExpressionMakeSet:
      return GenerateHashedDisplay(ctx, node, /*is_dict=*/false);
    case NodeKind::kExpressionMakeDict:
      return GenerateHashedDisplay(ctx, node, /*is_dict=*/true);
    case NodeKind::kExpressionCall:
      return GenerateCall(ctx, node);
    case NodeKind::kExpressionFunctionCreation:
      return GenerateFunctionCreation(ctx, node);
    case NodeKind::kExpressionStringConcatenation:
      return GenerateStringConcatenation(ctx, node);
    case NodeKind::kExpressionBuiltinFormat:
      return GenerateFormat(ctx, node);
    case NodeKind::kExpressionBuiltinStr:
    case NodeKind::kExpressionBuiltinRepr:
    case NodeKind::kExpressionBuiltinAscii:
      return GenerateConversion(ctx, node);
    case NodeKind::kExpressionBuiltinIter1:
      return GenerateIter(ctx, node, /*for_unpack=*/false);
    case NodeKind::kExpressionBuiltinIterForUnpack:
      return GenerateIter(ctx, node, /*for_unpack=*/true);
    case NodeKind::kExpressionBuiltinNext1:
      return GenerateNext(ctx, node);
    case NodeKind::kExpressionSpecialUnpack:
      return GenerateSpecialUnpack(ctx, node);
    case NodeKind::kExpressionBuiltinList:
      return GenerateBuiltinList(ctx, node);
    case NodeKind::kExpressionBuiltinLen:
      return GenerateBuiltinLen(ctx, node);
    case NodeKind::kExpressionBuiltinCallPredicted:
      return GenerateBuiltinCallPredicted(ctx, node);
    case NodeKind::kExpressionCaughtExceptionTypeRef:
    case NodeKind::kExpressionCaughtExceptionValueRef:
    case NodeKind::kExpressionCaughtExceptionTracebackRef:
      return GenerateCaughtExceptionRef(ctx, node);
    case NodeKind::kExpressionOutlineBody:
      return GenerateOutline(ctx, node);
    case NodeKind::kExpressionFunctionCall:
      return GenerateFunctionCall(ctx, node);
    case NodeKind::kExpressionYield:
      return GenerateYield(ctx, node);
    case NodeKind::kExpressionYieldFrom:
      return GenerateYieldFrom(ctx, node);
    case NodeKind::kExpressionCallComplex:
      return GenerateCallComplex(ctx, node);
    case NodeKind::kExpressionMakeTupleUnpack:
    case NodeKind::kExpressionMakeListUnpack:
    case NodeKind::kExpressionMakeSetUnpack:
    case NodeKind::kExpressionMakeDictUnpack:
      return GenerateUnpackDisplay(ctx, node);
    case NodeKind::kExpressionBuiltinResolveBases:
    case NodeKind::kExpressionSelectMetaclass:
    case NodeKind::kExpressionClassPrepare:
    case NodeKind::kExpressionBuiltinType1:
    case NodeKind::kExpressionLocalsDictRef:
    case NodeKind::kExpressionLocalsVariableRefOrFallback:
      return GenerateClassOperation(ctx, node);
    case NodeKind::kExpressionBuiltinImport:
      return GenerateImport(ctx, node);
    case NodeKind::kExpressionImportName:
      return GenerateImportName(ctx, node);
    case NodeKind::kExpressionMatchTypeCheckSequence:
    case NodeKind::kExpressionMatchTypeCheckMapping:
    case NodeKind::kExpressionMatchSequenceUnpack:
    case NodeKind::kExpressionMatchMappingValues:
    case NodeKind::kExpressionMatchMappingRest:
    case NodeKind::kExpressionMatchClassType:
    case NodeKind::kExpressionMatchClassArgs:
      return GenerateMatch(ctx, node);
    case NodeKind::kExpressionSideEffects:
      return GenerateSideEffects(ctx, node);
    default:
      ctx.Unsupported(node, absl::StrCat("UNSUPPORTED_NODE ", node->kind_name(), " ",
                                         NodeLine(node)));
      return {"NULL", false};
  }
}

}  // namespace nuitka_cc
