// Compile-time evaluation with real CPython objects ("use the real
// thing"), within limits: an operation whose result would be too large
// (`"a" * 10**13`, `2 ** 10**10`) or too costly is not evaluated, and no
// result larger than the constant size limit is kept.
//
//   PyObject* result = EvaluateBinary(Operator::kAdd, one, two);  // new ref
//   if (result == nullptr) ...  // not evaluated (or it raises)
#ifndef NUITKA_CC_OPTIMIZATION_COMPILE_TIME_EVALUATION_H_
#define NUITKA_CC_OPTIMIZATION_COMPILE_TIME_EVALUATION_H_

#include "nuitka_cc/nodes/node_kind.h"

struct _object;

namespace nuitka_cc {

// Constants folded into the program stay small: sequences up to this many
// items, strings and bytes up to this many characters, integers up to this
// many bits.
inline constexpr long long kMaxFoldedItems = 256;
inline constexpr long long kMaxFoldedChars = 4096;
inline constexpr long long kMaxFoldedIntBits = 8192;

// The result of a binary (or in-place: both operands are immutable) operator
// on two constants, a new reference; nullptr (no exception set) when it is
// not evaluated at compile time: too large, too costly, or it raises.
_object* EvaluateBinary(Operator op, _object* left, _object* right);
_object* EvaluateUnary(Operator op, _object* operand);
// A comparison's result; nullptr as above. `is` is only decided for the
// singletons (None, True, False, Ellipsis).
_object* EvaluateComparison(Operator op, _object* left, _object* right);

// Whether the operation, evaluated (within the same limits), raises: it
// raises at run time too.
bool BinaryRaises(Operator op, _object* left, _object* right);
bool UnaryRaises(Operator op, _object* operand);

// Whether a value is small enough to be a folded constant.
bool SmallEnoughToFold(_object* value);

// Whether a value is or holds a NaN: each evaluation at run time makes a
// distinct object, and a NaN equals only itself (`{nan1: 1, nan2: 2}`
// has two keys), so such results are never folded into one constant.
bool HoldsNan(_object* value);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_OPTIMIZATION_COMPILE_TIME_EVALUATION_H_
