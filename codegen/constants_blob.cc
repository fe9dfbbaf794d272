#include "codegen/constants_blob.h"

#include <Python.h>
#include <marshal.h>

#include "absl/strings/str_cat.h"
#include "nuitka_cc/base/embedded_python.h"

namespace nuitka_cc {
namespace {

std::string Bytes(PyObject* bytes) {
  return std::string(PyBytes_AS_STRING(bytes),
                     static_cast<size_t>(PyBytes_GET_SIZE(bytes)));
}

// The name under which `value` (by identity) is a builtin, or "".
std::string BuiltinName(PyObject* value) {
  PyObject* builtins = PyEval_GetBuiltins();
  PyObject *key, *item;
  Py_ssize_t position = 0;
  std::string found;
  while (PyDict_Next(builtins, &position, &key, &item)) {
    if (item == value && PyUnicode_Check(key)) {
      std::string name = PyUnicode_AsUTF8(key);
      // Prefer the public name (e.g. not "_" aliases).
      if (found.empty() || (found[0] == '_' && name[0] != '_')) found = name;
    }
  }
  return found;
}

std::string ShortRepr(PyObject* value) {
  PyObject* repr = PyObject_Repr(value);
  std::string text;
  if (repr != nullptr) {
    const char* utf8 = PyUnicode_AsUTF8(repr);
    if (utf8 != nullptr) text = utf8;
    Py_DECREF(repr);
  }
  PyErr_Clear();
  std::string clean;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    clean.push_back(u >= 0x20 && u < 0x7f ? c : '?');
  }
  if (clean.size() > 40) clean = clean.substr(0, 37) + "...";
  size_t at;
  while ((at = clean.find("*/")) != std::string::npos) clean.replace(at, 2, "*_");
  while ((at = clean.find("/*")) != std::string::npos) clean.replace(at, 2, "_*");
  // No trigraphs (a "??/" would continue the comment line).
  while ((at = clean.find("??")) != std::string::npos) clean.replace(at, 2, "?_");
  return clean;
}

}  // namespace

ConstantsBlob::~ConstantsBlob() {
  for (PyObject* value : values_) Py_XDECREF(value);
}

int ConstantsBlob::Add(PyObject* value) {
  std::string key;
  std::string builtin;
  PyObject* marshalled = PyMarshal_WriteObjectToString(value, Py_MARSHAL_VERSION);
  if (marshalled != nullptr) {
    key = absl::StrCat(Py_TYPE(value)->tp_name, ":", Bytes(marshalled));
    Py_DECREF(marshalled);
  } else {
    PyErr_Clear();
    builtin = BuiltinName(value);
    if (builtin.empty()) return -1;
    key = absl::StrCat("builtin:", builtin);
  }
  auto found = by_key_.find(key);
  if (found != by_key_.end()) return found->second;
  int index = static_cast<int>(values_.size());
  by_key_[key] = index;
  values_.push_back(builtin.empty() ? Py_NewRef(value) : nullptr);
  builtin_names_.push_back(builtin);
  descriptions_.push_back(ShortRepr(value));
  return index;
}

int ConstantsBlob::AddString(const std::string& text) {
  PyObject* value = PyUnicode_FromStringAndSize(text.data(), text.size());
  if (value == nullptr) {
    PyErr_Clear();
    return -1;
  }
  PyUnicode_InternInPlace(&value);
  int index = Add(value);
  Py_DECREF(value);
  return index;
}

int ConstantsBlob::AddStringTuple(const std::vector<std::string>& texts) {
  PyObject* tuple = PyTuple_New(static_cast<Py_ssize_t>(texts.size()));
  if (tuple == nullptr) {
    PyErr_Clear();
    return -1;
  }
  for (size_t i = 0; i < texts.size(); ++i) {
    PyObject* value = PyUnicode_FromStringAndSize(texts[i].data(), texts[i].size());
    if (value == nullptr) {
      PyErr_Clear();
      Py_DECREF(tuple);
      return -1;
    }
    PyUnicode_InternInPlace(&value);
    PyTuple_SET_ITEM(tuple, static_cast<Py_ssize_t>(i), value);
  }
  int index = Add(tuple);
  Py_DECREF(tuple);
  return index;
}

absl::StatusOr<std::string> ConstantsBlob::Serialize(const CodeObjects& codes) const {
  PyObject* constants = PyTuple_New(static_cast<Py_ssize_t>(values_.size()));
  PyObject* code_objects = PyTuple_New(static_cast<Py_ssize_t>(codes.all().size()));
  PyObject* builtins = PyList_New(0);
  PyObject* data = nullptr;
  PyObject* marshalled = nullptr;
  std::string result;
  if (constants == nullptr || code_objects == nullptr || builtins == nullptr) goto done;
  for (size_t i = 0; i < values_.size(); ++i) {
    PyObject* value = values_[i] != nullptr ? values_[i] : Py_None;
    PyTuple_SET_ITEM(constants, static_cast<Py_ssize_t>(i), Py_NewRef(value));
    if (!builtin_names_[i].empty()) {
      PyObject* entry = Py_BuildValue("(ns)", static_cast<Py_ssize_t>(i),
                                      builtin_names_[i].c_str());
      if (entry == nullptr || PyList_Append(builtins, entry) < 0) {
        Py_XDECREF(entry);
        goto done;
      }
      Py_DECREF(entry);
    }
  }
  for (size_t i = 0; i < codes.all().size(); ++i) {
    PyTuple_SET_ITEM(code_objects, static_cast<Py_ssize_t>(i),
                     Py_NewRef(codes.all()[i]->code));
  }
  {
    PyObject* builtins_tuple = PyList_AsTuple(builtins);
    if (builtins_tuple == nullptr) goto done;
    data = PyTuple_Pack(3, constants, code_objects, builtins_tuple);
    Py_DECREF(builtins_tuple);
  }
  if (data == nullptr) goto done;
  marshalled = PyMarshal_WriteObjectToString(data, Py_MARSHAL_VERSION);
  if (marshalled != nullptr) result = Bytes(marshalled);
done:
  bool failed = PyErr_Occurred() != nullptr;
  std::string error = failed ? EmbeddedPython::FormatCurrentException() : "";
  Py_XDECREF(marshalled);
  Py_XDECREF(data);
  Py_XDECREF(constants);
  Py_XDECREF(code_objects);
  Py_XDECREF(builtins);
  if (failed) return absl::InternalError(absl::StrCat("cannot marshal constants: ", error));
  return result;
}

std::string ConstantsBlob::CStringLiteral(const std::string& bytes,
                                          const std::string& indent) {
  std::string out;
  constexpr size_t kPerLine = 72;
  size_t column = 0;
  out += indent + "\"";
  for (unsigned char c : bytes) {
    if (column >= kPerLine) {
      out += "\"\n" + indent + "\"";
      column = 0;
    }
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') {
      out.push_back(static_cast<char>(c));
      column += 1;
    } else {
      char escaped[8];
      snprintf(escaped, sizeof(escaped), "\\%03o", c);
      out += escaped;
      column += 4;
    }
  }
  out += "\"";
  return out;
}

}  // namespace nuitka_cc
