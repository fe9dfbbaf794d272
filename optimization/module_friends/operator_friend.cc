// operator: the functions of Python's operators, pure on constants. Those
// whose results can grow without bound are judged as the operator is.
#include <Python.h>

#include "optimization/compile_time_evaluation.h"
#include "optimization/module_friends/friend_definitions.h"

namespace nuitka_cc {
namespace {

CallBudget LikeOperator(Operator op) {
  return [op](PyObject* args) {
    if (PyTuple_GET_SIZE(args) != 2) return false;
    PyObject* result = EvaluateBinary(op, PyTuple_GET_ITEM(args, 0), PyTuple_GET_ITEM(args, 1));
    Py_XDECREF(result);
    return result != nullptr;
  };
}

}  // namespace

void DefineOperatorFriend(ModuleFriend& friend_) {
  friend_.AddPureFunctions({"add", "sub", "truediv", "floordiv", "rshift", "and_", "or_",
                            "xor", "neg", "pos", "invert", "inv", "abs", "eq", "ne", "lt",
                            "le", "gt", "ge", "concat", "getitem", "countOf", "indexOf"},
                           TypeShape::kUnknown);
  friend_.AddPureFunctions({"not_", "truth", "contains"}, TypeShape::kBool);
  friend_.AddPureFunctions({"index"}, TypeShape::kInt);
  friend_.AddPureFunctions({"mul"}, TypeShape::kUnknown, LikeOperator(Operator::kMult));
  friend_.AddPureFunctions({"pow"}, TypeShape::kUnknown, LikeOperator(Operator::kPow));
  friend_.AddPureFunctions({"lshift"}, TypeShape::kUnknown, LikeOperator(Operator::kLShift));
  friend_.AddPureFunctions({"mod"}, TypeShape::kUnknown, LikeOperator(Operator::kMod));
}

}  // namespace nuitka_cc
