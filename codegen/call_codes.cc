// Calls (ExpressionCall): vectorcall with the positional arguments in a C
// array and keyword arguments named by a constant tuple when the keywords
// are constant strings; method calls look the method up without binding it
// (LOAD_METHOD); anything else goes through a tuple and a dict.
#include <Python.h>

#include "absl/strings/str_cat.h"
#include "codegen/codegen_internal.h"

namespace nuitka_cc {
namespace {

// The argument nodes of a call, or false when the shape is not one of the
// simple forms (then the tuple/dict call is used).
struct CallArguments {
  std::vector<const Node*> positional;  // evaluated, in order
  PyObject* constant_positional = nullptr;  // a constant tuple instead
  std::vector<const Node*> keyword_values;
  std::vector<std::string> keyword_names;
};

bool SimpleArguments(const Node* node, CallArguments* out) {
  const Node* args = node->Child(ChildRole::k_args);
  const Node* kwargs = node->Child(ChildRole::k_kwargs);
  if (args != nullptr) {
    if (args->kind() == NodeKind::kExpressionMakeTuple) {
      for (Node* element : args->ChildrenIn(ChildRole::k_elements)) {
        out->positional.push_back(element);
      }
    } else if (args->kind() == NodeKind::kExpressionConstantRef &&
               PyTuple_CheckExact(args->constant())) {
      out->constant_positional = args->constant();
    } else {
      return false;
    }
  }
  if (kwargs != nullptr) {
    if (kwargs->kind() != NodeKind::kExpressionMakeDict) return false;
    for (Node* pair : kwargs->ChildrenIn(ChildRole::k_elements)) {
      if (pair->kind() != NodeKind::kExpressionKeyValuePair) return false;
      const Node* key = pair->Child(ChildRole::k_key);
      if (key == nullptr || key->kind() != NodeKind::kExpressionConstantRef ||
          !PyUnicode_CheckExact(key->constant())) {
        return false;
      }
      const char* text = PyUnicode_AsUTF8(key->constant());
      if (text == nullptr) {
        PyErr_Clear();
        return false;
      }
      for (const std::string& seen : out->keyword_names) {
        if (seen == text) return false;
      }
      out->keyword_names.emplace_back(text);
      out->keyword_values.push_back(pair->Child(ChildRole::k_value));
    }
  }
  return true;
}

CValue Result(EmissionContext& ctx, const std::string& call,
              const std::vector<CValue>& release) {
  std::string result = ctx.NewTemp("tmp_call_result");
  ctx.Line(absl::StrCat(result, " = ", call, ";"));
  for (auto it = release.rbegin(); it != release.rend(); ++it) ctx.Release(*it);
  ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

// f(*args_tuple, **kwargs_dict) with both evaluated as objects.
CValue GenerateTupleDictCall(EmissionContext& ctx, const Node* node) {
  std::vector<CValue> operands =
      GenerateOperands(ctx, {node->Child(ChildRole::k_called), node->Child(ChildRole::k_args),
                             node->Child(ChildRole::k_kwargs)});
  ctx.SetPosition(node, {"PRECALL", "CALL", "CALL_FUNCTION_EX"});
  return Result(ctx,
                absl::StrCat("NuitkaCC_CallTupleDict(", operands[0].expr, ", ",
                             operands[1].expr, ", ", operands[2].expr, ")"),
                operands);
}

}  // namespace

CValue GenerateCall(EmissionContext& ctx, const Node* node) {
  CallArguments arguments;
  if (!SimpleArguments(node, &arguments)) return GenerateTupleDictCall(ctx, node);

  const Node* called = node->Child(ChildRole::k_called);
  bool method_call = called->kind() == NodeKind::kExpressionAttributeLookup;

  // The callable (or the object and its method).
  CValue callable;
  CValue self;
  std::string is_method;
  CValue method_flag{"NULL", false};
  std::vector<const Node*> later = arguments.positional;
  later.insert(later.end(), arguments.keyword_values.begin(),
               arguments.keyword_values.end());
  bool later_rebinds = false;
  for (const Node* n : later) later_rebinds = later_rebinds || CanRebindVariables(n);

  if (method_call) {
    self = GenerateExpression(ctx, called->Child(ChildRole::k_expression));
    if (later_rebinds) self = ctx.Owned(self);
    std::string name = ctx.module().StringConstant(called->name());
    ctx.SetPosition(called, {"LOAD_METHOD", "LOAD_ATTR"});
    std::string method = ctx.NewTemp("tmp_method");
    is_method = ctx.NewLocal("int", "is_method", "0");
    ctx.Line(absl::StrCat(is_method, " = NuitkaCC_LookupMethodCached(", self.expr, ", ", name,
                          ", &", method, ", ", ctx.module().NewAttributeCache(), ");"));
    ctx.ErrorCheck(absl::StrCat(is_method, " < 0"));
    callable = {method, true};
    ctx.Track(callable);
    // A generator keeps only objects across a yield in the arguments: the
    // flag becomes one too.
    if (later_rebinds && ctx.generator() != nullptr) {
      std::string flag = ctx.NewTemp("tmp_is_method");
      ctx.Line(absl::StrCat(flag, " = Py_NewRef(", is_method, " ? Py_True : Py_False);"));
      method_flag = {flag, true};
      ctx.Track(method_flag);
      is_method = absl::StrCat("(", flag, " == Py_True)");
    }
  } else {
    callable = GenerateExpression(ctx, called);
    if (later_rebinds) callable = ctx.Owned(callable);
  }

  std::vector<CValue> values = GenerateOperands(ctx, later);
  size_t positional_count = arguments.constant_positional != nullptr
                                ? static_cast<size_t>(PyTuple_GET_SIZE(arguments.constant_positional))
                                : arguments.positional.size();
  size_t total = positional_count + arguments.keyword_names.size();
  std::string kwnames = "NULL";
  if (!arguments.keyword_names.empty()) {
    kwnames = ctx.module().StringTupleConstant(arguments.keyword_names);
  }

  // The array: a free slot, then `self` for method calls, then the
  // arguments.
  int self_slots = method_call ? 1 : 0;
  std::string array = ctx.NewArray("call_args", static_cast<int>(1 + self_slots + total));
  if (method_call) ctx.Line(absl::StrCat(array, "[1] = ", self.expr, ";"));
  size_t slot = 1 + self_slots;
  if (arguments.constant_positional != nullptr) {
    std::string tuple = ctx.module().Constant(arguments.constant_positional);
    for (size_t i = 0; i < positional_count; ++i) {
      ctx.Line(absl::StrCat(array, "[", slot++, "] = PyTuple_GET_ITEM(", tuple, ", ", i,
                            ");"));
    }
  }
  for (const CValue& value : values) {
    ctx.Line(absl::StrCat(array, "[", slot++, "] = ", value.expr, ";"));
  }

  ctx.SetPosition(node, {"PRECALL", "CALL"});
  std::vector<CValue> release = values;
  release.insert(release.begin(), callable);
  if (method_call) {
    release.insert(release.begin(), self);
    if (method_flag.owned) release.insert(release.begin(), method_flag);
    std::string call = absl::StrCat(
        is_method, " ? NuitkaCC_CallMethodVector(", callable.expr, ", ", array, " + 1, ",
        positional_count + 1, ", ", kwnames, ") : NuitkaCC_CallVector(", callable.expr,
        ", ", array, " + 2, ", positional_count, ", ", kwnames, ")");
    return Result(ctx, call, release);
  }
  return Result(ctx,
                absl::StrCat("NuitkaCC_CallVector(", callable.expr, ", ", array, " + 1, ",
                             positional_count, ", ", kwnames, ")"),
                release);
}

// A call of a built-in name that the optimizer computed: the name is looked
// up as written; while it finds the original built-in the result is the
// constant, else what it finds is called with the (constant) arguments.
CValue GenerateBuiltinCallPredicted(EmissionContext& ctx, const Node* node) {
  CValue called = GenerateExpression(ctx, node->Child(ChildRole::k_called));
  const Node* args = node->Child(ChildRole::k_args);
  std::string name = ctx.module().StringConstant(node->name());
  std::string result_constant = ctx.module().Constant(node->constant());
  std::string args_constant = ctx.module().Constant(args->constant());
  if (result_constant.empty() || args_constant.empty()) {
    ctx.Unsupported(node, "UNSUPPORTED_CONSTANT");
    return {"NULL", false};
  }
  ctx.SetPosition(node, {"PRECALL", "CALL"});
  std::string result = ctx.NewTemp("tmp_call_result");
  ctx.Open(absl::StrCat("if (likely(", called.expr, " == NuitkaCC_OriginalBuiltin(", name,
                        ")))"));
  ctx.Line(absl::StrCat(result, " = Py_NewRef(", result_constant, ");"));
  ctx.Else();
  ctx.Line(absl::StrCat(result, " = PyObject_Call(", called.expr, ", ", args_constant,
                        ", NULL);"));
  ctx.Close();
  ctx.Release(called);
  ctx.ErrorCheck(absl::StrCat(result, " == NULL"));
  CValue value{result, true};
  ctx.Track(value);
  return value;
}

}  // namespace nuitka_cc
