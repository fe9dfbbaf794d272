#include "optimization/compile_time_evaluation.h"

#include <Python.h>

#include <cmath>

#include "optimization/shapes.h"

namespace nuitka_cc {
namespace {

// Operand types evaluated at all: numbers, strings, bytes, tuples.
bool Evaluable(PyObject* value) {
  return value == Py_None || PyBool_Check(value) || PyLong_CheckExact(value) ||
         PyFloat_CheckExact(value) || PyComplex_CheckExact(value) ||
         PyUnicode_CheckExact(value) || PyBytes_CheckExact(value) ||
         (PyTuple_CheckExact(value) && IsImmutableConstant(value));
}

bool IsInt(PyObject* value) { return PyLong_Check(value); }  // bools too

long long IntBits(PyObject* value) {
  size_t bits = _PyLong_NumBits(value);
  if (bits == static_cast<size_t>(-1)) {
    PyErr_Clear();
    return kMaxFoldedIntBits + 1;
  }
  return static_cast<long long>(bits);
}

// The integer value when it is small, else nullopt-like sentinel.
bool SmallInt(PyObject* value, long long* result) {
  int overflow = 0;
  long long v = PyLong_AsLongLongAndOverflow(value, &overflow);
  if (overflow != 0 || (v == -1 && PyErr_Occurred())) {
    PyErr_Clear();
    return false;
  }
  *result = v;
  return true;
}

long long SequenceLength(PyObject* value) {
  if (PyUnicode_CheckExact(value)) return PyUnicode_GET_LENGTH(value);
  if (PyBytes_CheckExact(value)) return PyBytes_GET_SIZE(value);
  if (PyTuple_CheckExact(value)) return PyTuple_GET_SIZE(value);
  return -1;
}

bool IsSequence(PyObject* value) { return SequenceLength(value) >= 0; }

// Whether the operation's cost and result size are bounded, judged before
// running it.
bool BoundedBinary(Operator op, PyObject* left, PyObject* right) {
  switch (op) {
    case Operator::kMult: {
      // Sequence repetition: the result's size.
      PyObject* sequence = IsSequence(left) ? left : IsSequence(right) ? right : nullptr;
      if (sequence != nullptr) {
        PyObject* count = sequence == left ? right : left;
        if (!IsInt(count)) return false;
        long long n;
        if (!SmallInt(count, &n)) return false;
        long long limit = PyTuple_CheckExact(sequence) ? kMaxFoldedItems : kMaxFoldedChars;
        return n <= 0 || SequenceLength(sequence) * n <= limit;
      }
      if (IsInt(left) && IsInt(right)) {
        return IntBits(left) + IntBits(right) <= kMaxFoldedIntBits;
      }
      return true;
    }
    case Operator::kPow: {
      if (IsInt(left) && IsInt(right)) {
        long long exponent;
        if (!SmallInt(right, &exponent)) return false;
        if (exponent < 0) return true;  // a float, or an error
        long long base_bits = IntBits(left);
        return base_bits <= 1 || (exponent <= kMaxFoldedIntBits &&
                                  base_bits * exponent <= kMaxFoldedIntBits);
      }
      return true;  // floats overflow with an error, quickly
    }
    case Operator::kLShift: {
      if (IsInt(left) && IsInt(right)) {
        long long count;
        if (!SmallInt(right, &count)) return false;
        return count < 0 || IntBits(left) + count <= kMaxFoldedIntBits;
      }
      return true;
    }
    case Operator::kMod:
      // printf-style formatting can produce anything ('%*d' % (10**9, 1)).
      return !PyUnicode_CheckExact(left) && !PyBytes_CheckExact(left);
    case Operator::kAdd:
    case Operator::kSub:
    case Operator::kDiv:
    case Operator::kFloorDiv:
    case Operator::kRShift:
    case Operator::kBitOr:
    case Operator::kBitXor:
    case Operator::kBitAnd:
      return true;
    default:
      return false;
  }
}

PyObject* ApplyBinary(Operator op, PyObject* left, PyObject* right) {
  switch (op) {
    case Operator::kAdd: return PyNumber_Add(left, right);
    case Operator::kSub: return PyNumber_Subtract(left, right);
    case Operator::kMult: return PyNumber_Multiply(left, right);
    case Operator::kDiv: return PyNumber_TrueDivide(left, right);
    case Operator::kFloorDiv: return PyNumber_FloorDivide(left, right);
    case Operator::kMod: return PyNumber_Remainder(left, right);
    case Operator::kPow: return PyNumber_Power(left, right, Py_None);
    case Operator::kLShift: return PyNumber_Lshift(left, right);
    case Operator::kRShift: return PyNumber_Rshift(left, right);
    case Operator::kBitOr: return PyNumber_Or(left, right);
    case Operator::kBitXor: return PyNumber_Xor(left, right);
    case Operator::kBitAnd: return PyNumber_And(left, right);
    default: return nullptr;
  }
}

// Keeps a result only when it is a small immutable constant.
PyObject* Kept(PyObject* result) {
  if (result == nullptr) {
    PyErr_Clear();
    return nullptr;
  }
  if (!IsImmutableConstant(result) || !SmallEnoughToFold(result) || HoldsNan(result)) {
    Py_DECREF(result);
    return nullptr;
  }
  return result;
}

}  // namespace

bool HoldsNan(PyObject* value) {
  if (PyFloat_CheckExact(value)) return std::isnan(PyFloat_AS_DOUBLE(value));
  if (PyComplex_CheckExact(value)) {
    Py_complex c = PyComplex_AsCComplex(value);
    return std::isnan(c.real) || std::isnan(c.imag);
  }
  if (PyTuple_CheckExact(value)) {
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(value); ++i) {
      if (HoldsNan(PyTuple_GET_ITEM(value, i))) return true;
    }
  }
  if (PyFrozenSet_CheckExact(value)) {
    Py_ssize_t position = 0;
    PyObject* key;
    Py_hash_t hash;
    while (_PySet_NextEntry(value, &position, &key, &hash)) {
      if (HoldsNan(key)) return true;
    }
  }
  return false;
}

bool SmallEnoughToFold(PyObject* value) {
  if (PyLong_CheckExact(value)) return IntBits(value) <= kMaxFoldedIntBits;
  if (PyUnicode_CheckExact(value) || PyBytes_CheckExact(value)) {
    return SequenceLength(value) <= kMaxFoldedChars;
  }
  if (PyTuple_CheckExact(value)) {
    if (PyTuple_GET_SIZE(value) > kMaxFoldedItems) return false;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(value); ++i) {
      if (!SmallEnoughToFold(PyTuple_GET_ITEM(value, i))) return false;
    }
    return true;
  }
  return true;
}

PyObject* EvaluateBinary(Operator op, PyObject* left, PyObject* right) {
  if (!Evaluable(left) || !Evaluable(right) || !BoundedBinary(op, left, right)) {
    return nullptr;
  }
  return Kept(ApplyBinary(op, left, right));
}

namespace {

PyObject* ApplyUnary(Operator op, PyObject* operand) {
  switch (op) {
    case Operator::kUSub: return PyNumber_Negative(operand);
    case Operator::kUAdd: return PyNumber_Positive(operand);
    case Operator::kInvert: return PyNumber_Invert(operand);
    default: return nullptr;
  }
}

// Whether an applied operation raised (the error is cleared).
bool Raised(PyObject* result) {
  if (result != nullptr) {
    Py_DECREF(result);
    return false;
  }
  if (!PyErr_Occurred()) return false;
  PyErr_Clear();
  return true;
}

}  // namespace

PyObject* EvaluateUnary(Operator op, PyObject* operand) {
  if (!Evaluable(operand)) return nullptr;
  return Kept(ApplyUnary(op, operand));
}

bool BinaryRaises(Operator op, PyObject* left, PyObject* right) {
  if (!Evaluable(left) || !Evaluable(right) || !BoundedBinary(op, left, right)) return false;
  return Raised(ApplyBinary(op, left, right));
}

bool UnaryRaises(Operator op, PyObject* operand) {
  if (!Evaluable(operand)) return false;
  return Raised(ApplyUnary(op, operand));
}

PyObject* EvaluateComparison(Operator op, PyObject* left, PyObject* right) {
  if (!Evaluable(left) || !Evaluable(right)) return nullptr;
  auto singleton = [](PyObject* v) {
    return v == Py_None || v == Py_True || v == Py_False || v == Py_Ellipsis;
  };
  int compare = -1;
  switch (op) {
    case Operator::kEq: compare = Py_EQ; break;
    case Operator::kNotEq: compare = Py_NE; break;
    case Operator::kLt: compare = Py_LT; break;
    case Operator::kLtE: compare = Py_LE; break;
    case Operator::kGt: compare = Py_GT; break;
    case Operator::kGtE: compare = Py_GE; break;
    case Operator::kIs:
    case Operator::kIsNot: {
      if (!singleton(left) && !singleton(right)) return nullptr;
      bool same = left == right;
      return Py_NewRef(same == (op == Operator::kIs) ? Py_True : Py_False);
    }
    case Operator::kIn:
    case Operator::kNotIn: {
      if (!PyTuple_CheckExact(right) && !PyUnicode_CheckExact(right) &&
          !PyBytes_CheckExact(right)) {
        return nullptr;
      }
      int contained = PySequence_Contains(right, left);
      if (contained < 0) {
        PyErr_Clear();
        return nullptr;
      }
      return Py_NewRef((contained == 1) == (op == Operator::kIn) ? Py_True : Py_False);
    }
    default:
      return nullptr;
  }
  return Kept(PyObject_RichCompare(left, right, compare));
}

}  // namespace nuitka_cc
