// The SyntaxWarnings of CPython's code generator: identity comparisons with
// literals, calls and subscripts of displays and literals that cannot
// support them (usually a missing comma), and assertions on a tuple.
//
// They go through the warnings machinery with the current line, as CPython
// issues them, so the default filters print each one every time it is
// compiled (a `while` test twice) and a filter that turns SyntaxWarning
// into an error makes it a SyntaxError at the current location.
#include "nuitka_cc/tree/compile_stage_walker.h"

namespace nuitka_cc {
namespace compile_stage {
namespace {

// The type CPython's compiler infers for an expression from its form, or
// null when the form does not tell.
PyTypeObject* InferType(expr_ty e) {
  switch (e->kind) {
    case Tuple_kind:
      return &PyTuple_Type;
    case List_kind:
    case ListComp_kind:
      return &PyList_Type;
    case Dict_kind:
    case DictComp_kind:
      return &PyDict_Type;
    case Set_kind:
    case SetComp_kind:
      return &PySet_Type;
    case GeneratorExp_kind:
      return &PyGen_Type;
    case Lambda_kind:
      return &PyFunction_Type;
    case JoinedStr_kind:
    case FormattedValue_kind:
      return &PyUnicode_Type;
    case Constant_kind:
      return Py_TYPE(e->v.Constant.value);
    default:
      return nullptr;
  }
}

// `is` compares identity; only None, True, False and Ellipsis (and
// non-constants) make sense as an operand.
bool IsIdentityOperand(expr_ty e) {
  if (e->kind != Constant_kind) return true;
  PyObject* value = e->v.Constant.value;
  return value == Py_None || value == Py_False || value == Py_True ||
         value == Py_Ellipsis;
}

}  // namespace

bool CompileStageWalker::Warn(PyObject* message) {
  if (message == nullptr) return false;
  if (PyErr_WarnExplicitObject(PyExc_SyntaxWarning, message, filename_,
                               unit().location.lineno, nullptr, nullptr) == 0) {
    Py_DECREF(message);
    return true;
  }
  if (!PyErr_ExceptionMatches(PyExc_SyntaxWarning)) {
    Py_DECREF(message);
    return false;
  }
  // A filter made it an error: report it as a SyntaxError at the location.
  PyErr_Clear();
  return ErrorObject(message);
}

// One warning at most per comparison chain: the first `is` or `is not`
// with a literal operand.
bool CompileStageWalker::CheckComparison(expr_ty e) {
  bool left = IsIdentityOperand(e->v.Compare.left);
  for (Py_ssize_t i = 0; i < asdl_seq_LEN(e->v.Compare.ops); ++i) {
    cmpop_ty op = static_cast<cmpop_ty>(asdl_seq_GET(e->v.Compare.ops, i));
    bool right = IsIdentityOperand(asdl_seq_GET(e->v.Compare.comparators, i));
    if ((op == Is || op == IsNot) && (!left || !right)) {
      return Warn(PyUnicode_FromString(
          op == Is ? "\"is\" with a literal. Did you mean \"==\"?"
                   : "\"is not\" with a literal. Did you mean \"!=\"?"));
    }
    left = right;
  }
  return true;
}

bool CompileStageWalker::CheckCallable(expr_ty function) {
  switch (function->kind) {
    case Constant_kind:
    case Tuple_kind:
    case List_kind:
    case ListComp_kind:
    case Dict_kind:
    case DictComp_kind:
    case Set_kind:
    case SetComp_kind:
    case GeneratorExp_kind:
    case JoinedStr_kind:
    case FormattedValue_kind:
      return Warn(PyUnicode_FromFormat(
          "'%.200s' object is not callable; perhaps you missed a comma?",
          InferType(function)->tp_name));
    default:
      return true;
  }
}

// A subscript being read: first whether the object can be subscripted at
// all, then whether a sequence gets an index that is not an integer.
bool CompileStageWalker::CheckSubscript(expr_ty e) {
  expr_ty object = e->v.Subscript.value;
  switch (object->kind) {
    case Constant_kind: {
      PyObject* value = object->v.Constant.value;
      if (!(value == Py_None || value == Py_Ellipsis || PyLong_Check(value) ||
            PyFloat_Check(value) || PyComplex_Check(value) ||
            PyAnySet_Check(value))) {
        break;
      }
      [[fallthrough]];
    }
    case Set_kind:
    case SetComp_kind:
    case GeneratorExp_kind:
    case Lambda_kind:
      return Warn(PyUnicode_FromFormat(
          "'%.200s' object is not subscriptable; perhaps you missed a comma?",
          InferType(object)->tp_name));
    default:
      break;
  }

  PyTypeObject* index_type = InferType(e->v.Subscript.slice);
  if (index_type == nullptr ||
      PyType_FastSubclass(index_type, Py_TPFLAGS_LONG_SUBCLASS) ||
      index_type == &PySlice_Type) {
    return true;
  }
  switch (object->kind) {
    case Constant_kind: {
      PyObject* value = object->v.Constant.value;
      if (!(PyUnicode_Check(value) || PyBytes_Check(value) ||
            PyTuple_Check(value))) {
        return true;
      }
      [[fallthrough]];
    }
    case Tuple_kind:
    case List_kind:
    case ListComp_kind:
    case JoinedStr_kind:
    case FormattedValue_kind:
      return Warn(PyUnicode_FromFormat(
          "%.200s indices must be integers or slices, not %.200s; "
          "perhaps you missed a comma?",
          InferType(object)->tp_name, index_type->tp_name));
    default:
      return true;
  }
}

// `assert (test, "message")` asserts a non-empty tuple, which is true.
bool CompileStageWalker::CheckAssertion(stmt_ty s) {
  expr_ty test = s->v.Assert.test;
  bool non_empty_tuple =
      (test->kind == Tuple_kind && asdl_seq_LEN(test->v.Tuple.elts) > 0) ||
      (test->kind == Constant_kind && PyTuple_Check(test->v.Constant.value) &&
       PyTuple_GET_SIZE(test->v.Constant.value) > 0);
  if (!non_empty_tuple) return true;
  return Warn(PyUnicode_FromString(
      "assertion is always true, perhaps remove parentheses?"));
}

}  // namespace compile_stage
}  // namespace nuitka_cc
