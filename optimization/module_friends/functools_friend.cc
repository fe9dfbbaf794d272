// functools: reduce over constants with an operator friend's function that
// cannot grow its result without bound, and the wrappers whose making does
// nothing else.
#include <Python.h>

#include <string>

#include "optimization/compile_time_evaluation.h"
#include "optimization/module_friends/friend_definitions.h"
#include "optimization/module_friends/registry.h"

namespace nuitka_cc {

void DefineFunctoolsFriend(ModuleFriend& friend_) {
  friend_.AddPureFunctions({"reduce"}, TypeShape::kUnknown, [](PyObject* args) {
    Py_ssize_t count = PyTuple_GET_SIZE(args);
    if (count < 2 || count > 3) return false;
    PyObject* function = PyTuple_GET_ITEM(args, 0);
    if (!PyCFunction_Check(function)) return false;
    const char* name = reinterpret_cast<PyCFunctionObject*>(function)->m_ml->ml_name;
    PyObject* owner = PyCFunction_GET_SELF(function);
    if (owner == nullptr || !PyModule_Check(owner)) return false;
    const char* module = PyModule_GetName(owner);
    if (module == nullptr) {
      PyErr_Clear();
      return false;
    }
    std::string function_name = name;
    bool bounded = std::string(module) == "_operator" &&
                   (function_name == "add" || function_name == "sub" ||
                    function_name == "and_" || function_name == "or_" ||
                    function_name == "xor" || function_name == "concat");
    if (!bounded) return false;
    PyObject* rest = PyTuple_GetSlice(args, 1, count);
    bool small = rest != nullptr && SmallArguments(64, kMaxFoldedItems)(rest);
    Py_XDECREF(rest);
    return small;
  });
  friend_.AddNoSideEffectFunctions({"partial", "cmp_to_key"});
}

}  // namespace nuitka_cc
