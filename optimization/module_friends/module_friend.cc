#include "optimization/module_friends/module_friend.h"

#include <Python.h>

#include "optimization/compile_time_evaluation.h"

namespace nuitka_cc {
namespace {

bool ArgumentsWithin(PyObject* value, long long bits, long long items, int depth) {
  if (depth > 4) return false;
  if (PyLong_Check(value)) {
    size_t n = _PyLong_NumBits(value);
    if (n == static_cast<size_t>(-1)) {
      PyErr_Clear();
      return false;
    }
    return static_cast<long long>(n) <= bits;
  }
  if (PyUnicode_CheckExact(value)) return PyUnicode_GET_LENGTH(value) <= kMaxFoldedChars;
  if (PyBytes_CheckExact(value)) return PyBytes_GET_SIZE(value) <= kMaxFoldedChars;
  if (PyTuple_CheckExact(value)) {
    if (PyTuple_GET_SIZE(value) > items) return false;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(value); ++i) {
      if (!ArgumentsWithin(PyTuple_GET_ITEM(value, i), bits, items, depth + 1)) return false;
    }
    return true;
  }
  // Functions of friends (functools.reduce(operator.add, ...)).
  return IsImmutableConstant(value) || PyCFunction_Check(value);
}

}  // namespace

CallBudget SmallArguments(long long bits, long long items) {
  return [bits, items](PyObject* args) {
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(args); ++i) {
      if (!ArgumentsWithin(PyTuple_GET_ITEM(args, i), bits, items, 1)) return false;
    }
    return true;
  };
}

ModuleFriend::~ModuleFriend() {
  // The embedded interpreter may already be gone when friends are
  // destroyed at exit; the references are left to it.
}

bool ModuleFriend::Load() {
  real_module_ = PyImport_ImportModule(module_.c_str());
  if (real_module_ == nullptr) {
    PyErr_Clear();
    return false;
  }
  return true;
}

void ModuleFriend::AddConstants(std::initializer_list<absl::string_view> names) {
  for (absl::string_view name : names) {
    PyObject* value = PyObject_GetAttrString(real_module_, std::string(name).c_str());
    if (value == nullptr) {
      PyErr_Clear();
      continue;
    }
    // Only immutable values are constants (a list attribute can change);
    // a NaN (math.nan) is one object at run time, not to be copied.
    if (!IsImmutableConstant(value) || !SmallEnoughToFold(value) || HoldsNan(value)) {
      Py_DECREF(value);
      continue;
    }
    Entry& entry = entries_[std::string(name)];
    entry.attribute.kind = FriendAttributeKind::kConstant;
    entry.attribute.value = value;  // kept for the compiler's run
    entry.attribute.path = module_ + "." + std::string(name);
  }
}

void ModuleFriend::AddSubmodule(absl::string_view name, std::string module) {
  Entry& entry = entries_[std::string(name)];
  entry.attribute.kind = FriendAttributeKind::kSubmodule;
  entry.attribute.path = std::move(module);
  entry.attribute.result_shape = TypeShape::kModule;
}

void ModuleFriend::AddPureFunctions(std::initializer_list<absl::string_view> names,
                                    TypeShape result, CallBudget budget) {
  for (absl::string_view name : names) {
    Entry& entry = entries_[std::string(name)];
    entry.attribute.kind = FriendAttributeKind::kPureFunction;
    entry.attribute.path = module_ + "." + std::string(name);
    entry.attribute.result_shape = result;
    entry.budget = budget != nullptr ? budget : SmallArguments(64, kMaxFoldedItems);
  }
}

void ModuleFriend::AddNoSideEffectFunctions(std::initializer_list<absl::string_view> names,
                                            TypeShape result) {
  for (absl::string_view name : names) {
    Entry& entry = entries_[std::string(name)];
    entry.attribute.kind = FriendAttributeKind::kNoSideEffects;
    entry.attribute.path = module_ + "." + std::string(name);
    entry.attribute.result_shape = result;
  }
}

FriendAttribute ModuleFriend::Attribute(absl::string_view name) const {
  auto it = entries_.find(name);
  if (it == entries_.end()) return FriendAttribute();
  return it->second.attribute;
}

PyObject* ModuleFriend::Call(absl::string_view name, PyObject* args) const {
  auto it = entries_.find(name);
  if (it == entries_.end() || it->second.attribute.kind != FriendAttributeKind::kPureFunction ||
      !PyTuple_CheckExact(args) || !it->second.budget(args)) {
    return nullptr;
  }
  PyObject* result = CallReal(name, args);
  if (result != nullptr &&
      (!IsImmutableConstant(result) || !SmallEnoughToFold(result) || HoldsNan(result))) {
    Py_DECREF(result);
    return nullptr;
  }
  return result;
}

bool ModuleFriend::CallHasNoSideEffects(absl::string_view name, PyObject* args) const {
  auto it = entries_.find(name);
  if (it == entries_.end() || it->second.attribute.kind != FriendAttributeKind::kNoSideEffects ||
      !PyTuple_CheckExact(args) || !SmallArguments(64, kMaxFoldedItems)(args)) {
    return false;
  }
  // The real call succeeds with these arguments: it does not raise at run
  // time either.
  PyObject* result = CallReal(name, args);
  Py_XDECREF(result);
  return result != nullptr;
}

PyObject* ModuleFriend::RealAttribute(absl::string_view name) const {
  PyObject* value = PyObject_GetAttrString(real_module_, std::string(name).c_str());
  if (value == nullptr) PyErr_Clear();
  return value;
}

PyObject* ModuleFriend::CallReal(absl::string_view name, PyObject* args) const {
  PyObject* function = RealAttribute(name);
  if (function == nullptr) return nullptr;
  PyObject* result = PyObject_Call(function, args, nullptr);
  Py_DECREF(function);
  // It raises: the call stays, to raise at run time.
  if (result == nullptr) PyErr_Clear();
  return result;
}

}  // namespace nuitka_cc
