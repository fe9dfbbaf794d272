#include "optimization/shapes.h"

#include <Python.h>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace nuitka_cc {

absl::string_view TypeShapeName(TypeShape shape) {
  switch (shape) {
    case TypeShape::kUnknown: return "unknown";
    case TypeShape::kNone: return "None";
    case TypeShape::kBool: return "bool";
    case TypeShape::kInt: return "int";
    case TypeShape::kFloat: return "float";
    case TypeShape::kComplex: return "complex";
    case TypeShape::kStr: return "str";
    case TypeShape::kBytes: return "bytes";
    case TypeShape::kTuple: return "tuple";
    case TypeShape::kList: return "list";
    case TypeShape::kDict: return "dict";
    case TypeShape::kSet: return "set";
    case TypeShape::kFrozenset: return "frozenset";
    case TypeShape::kModule: return "module";
    case TypeShape::kFunction: return "function";
  }
  return "unknown";
}

TypeShape ShapeOfObject(PyObject* value) {
  if (value == Py_None) return TypeShape::kNone;
  if (PyBool_Check(value)) return TypeShape::kBool;
  if (PyLong_CheckExact(value)) return TypeShape::kInt;
  if (PyFloat_CheckExact(value)) return TypeShape::kFloat;
  if (PyComplex_CheckExact(value)) return TypeShape::kComplex;
  if (PyUnicode_CheckExact(value)) return TypeShape::kStr;
  if (PyBytes_CheckExact(value)) return TypeShape::kBytes;
  if (PyTuple_CheckExact(value)) return TypeShape::kTuple;
  if (PyList_CheckExact(value)) return TypeShape::kList;
  if (PyDict_CheckExact(value)) return TypeShape::kDict;
  if (PySet_CheckExact(value)) return TypeShape::kSet;
  if (PyFrozenSet_CheckExact(value)) return TypeShape::kFrozenset;
  if (PyModule_CheckExact(value)) return TypeShape::kModule;
  if (PyFunction_Check(value)) return TypeShape::kFunction;
  return TypeShape::kUnknown;
}

bool IsImmutableConstant(PyObject* value) {
  if (value == Py_None || value == Py_Ellipsis || PyBool_Check(value) ||
      PyLong_CheckExact(value) || PyFloat_CheckExact(value) ||
      PyComplex_CheckExact(value) || PyUnicode_CheckExact(value) ||
      PyBytes_CheckExact(value)) {
    return true;
  }
  if (PyTuple_CheckExact(value) || PyFrozenSet_CheckExact(value)) {
    if (PyTuple_CheckExact(value)) {
      for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(value); ++i) {
        if (!IsImmutableConstant(PyTuple_GET_ITEM(value, i))) return false;
      }
      return true;
    }
    Py_ssize_t position = 0;
    PyObject* key;
    Py_hash_t hash;
    while (_PySet_NextEntry(value, &position, &key, &hash)) {
      if (!IsImmutableConstant(key)) return false;
    }
    return true;
  }
  return false;
}

bool SameConstant(PyObject* a, PyObject* b) {
  if (a == b) return true;
  if (Py_TYPE(a) != Py_TYPE(b)) return false;
  // Floats: 0.0 and -0.0 compare equal but are different constants, and
  // nan never equals itself.
  if (PyFloat_CheckExact(a) || PyComplex_CheckExact(a)) return false;
  int equal = PyObject_RichCompareBool(a, b, Py_EQ);
  if (equal < 0) {
    PyErr_Clear();
    return false;
  }
  return equal == 1;
}

namespace {

std::optional<long long> LengthOf(PyObject* value) {
  if (PyUnicode_CheckExact(value) || PyBytes_CheckExact(value) ||
      PyTuple_CheckExact(value) || PyList_CheckExact(value) ||
      PyDict_CheckExact(value) || PySet_CheckExact(value) ||
      PyFrozenSet_CheckExact(value)) {
    Py_ssize_t length = PyObject_Length(value);
    if (length >= 0) return length;
    PyErr_Clear();
  }
  return std::nullopt;
}

}  // namespace

ValueInfo ValueInfo::OfConstant(PyObject* value) {
  ValueInfo info;
  info.shape = ShapeOfObject(value);
  info.length = LengthOf(value);
  if (IsImmutableConstant(value)) info.values.push_back(value);
  return info;
}

ValueInfo ValueInfo::Merge(const ValueInfo& a, const ValueInfo& b) {
  ValueInfo info;
  info.shape = a.shape == b.shape ? a.shape : TypeShape::kUnknown;
  if (a.length.has_value() && a.length == b.length) info.length = a.length;
  if (a.friend_path == b.friend_path) info.friend_path = a.friend_path;
  if (!a.values.empty() && !b.values.empty()) {
    info.values = a.values;
    for (PyObject* value : b.values) {
      bool seen = false;
      for (PyObject* known : info.values) seen = seen || SameConstant(known, value);
      if (!seen) info.values.push_back(value);
    }
    if (info.values.size() > kMaxAlternatives) info.values.clear();
  }
  return info;
}

Tristate ValueInfo::Truth() const {
  if (values.empty()) {
    if (shape == TypeShape::kNone) return Tristate::kNo;
    if (length.has_value()) return *length > 0 ? Tristate::kYes : Tristate::kNo;
    if (shape == TypeShape::kModule || shape == TypeShape::kFunction) {
      return Tristate::kYes;
    }
    return Tristate::kUnknown;
  }
  int truth = -1;
  for (PyObject* value : values) {
    int this_truth = PyObject_IsTrue(value);
    if (this_truth < 0) {
      PyErr_Clear();
      return Tristate::kUnknown;
    }
    if (truth >= 0 && this_truth != truth) return Tristate::kUnknown;
    truth = this_truth;
  }
  return truth ? Tristate::kYes : Tristate::kNo;
}

std::string ValueInfo::ValueText() const {
  std::vector<std::string> texts;
  for (PyObject* value : values) {
    PyObject* repr = PyObject_Repr(value);
    if (repr == nullptr) {
      PyErr_Clear();
      return "";
    }
    const char* text = PyUnicode_AsUTF8(repr);
    texts.push_back(text != nullptr ? text : "?");
    Py_DECREF(repr);
  }
  if (texts.empty()) return "";
  if (texts.size() == 1) return texts[0];
  return absl::StrCat("(", absl::StrJoin(texts, ", "), ")");
}

}  // namespace nuitka_cc
