// builtins: its functions are pure for constant arguments. The bare names
// (`len`, `abs`) find them unless the program rebinds them, which the
// generated code checks at run time (docs/optimization.md).
#include <Python.h>

#include "optimization/compile_time_evaluation.h"
#include "optimization/module_friends/friend_definitions.h"

namespace nuitka_cc {

void DefineBuiltinsFriend(ModuleFriend& friend_) {
  friend_.AddPureFunctions({"abs", "divmod", "max", "min", "round", "sum", "int", "float",
                            "complex", "str", "repr", "ascii", "format", "tuple",
                            "frozenset", "any", "all"},
                           TypeShape::kUnknown);
  friend_.AddPureFunctions({"len", "ord"}, TypeShape::kInt);
  friend_.AddPureFunctions({"bool", "callable"}, TypeShape::kBool);
  friend_.AddPureFunctions({"chr", "bin", "hex", "oct"}, TypeShape::kStr);
  // pow(a, b) grows like `a ** b`: judged as that operator is.
  friend_.AddPureFunctions({"pow"}, TypeShape::kUnknown, [](PyObject* args) {
    if (PyTuple_GET_SIZE(args) == 3) return SmallArguments(64, 0)(args);
    if (PyTuple_GET_SIZE(args) != 2) return false;
    PyObject* result =
        EvaluateBinary(Operator::kPow, PyTuple_GET_ITEM(args, 0), PyTuple_GET_ITEM(args, 1));
    Py_XDECREF(result);
    return result != nullptr;
  });
}

}  // namespace nuitka_cc
