// Type shapes and what is known about a value: the answers expressions and
// variable traces give to the optimizer's questions.
//
// Questions are tri-state: yes, no, or cannot tell. A value may be known
// exactly (an immutable constant), as one of a few constants (the merge of
// branches that assigned different constants), or only by its type shape.
//
//   ValueInfo a = ValueInfo::OfConstant(three);      // int, value 3
//   ValueInfo m = ValueInfo::Merge(a, b);             // int, value in (3, 7)
//   m.shape == TypeShape::kInt;
#ifndef NUITKA_CC_OPTIMIZATION_SHAPES_H_
#define NUITKA_CC_OPTIMIZATION_SHAPES_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

struct _object;

namespace nuitka_cc {

enum class Tristate { kNo, kYes, kUnknown };

enum class TypeShape {
  kUnknown,
  kNone,
  kBool,
  kInt,
  kFloat,
  kComplex,
  kStr,
  kBytes,
  kTuple,
  kList,
  kDict,
  kSet,
  kFrozenset,
  kModule,
  kFunction,
};

absl::string_view TypeShapeName(TypeShape shape);
TypeShape ShapeOfObject(_object* value);

// What is known about a value. Constants are borrowed from the tree.
struct ValueInfo {
  TypeShape shape = TypeShape::kUnknown;
  // The possible values, when each is a known immutable constant (at most
  // kMaxAlternatives); empty when not known.
  std::vector<_object*> values;
  // The known length (sequences, strings, containers).
  std::optional<long long> length;
  // A module of a module friend, or one of its attributes, by dotted path
  // ("math", "os.path", "math.sqrt"); empty when not one.
  std::string friend_path;

  static constexpr size_t kMaxAlternatives = 4;

  static ValueInfo Unknown() { return ValueInfo(); }
  static ValueInfo OfShape(TypeShape shape) {
    ValueInfo info;
    info.shape = shape;
    return info;
  }
  // Immutable constants are known by value; others only by shape.
  static ValueInfo OfConstant(_object* value);
  // What both alternatives have in common.
  static ValueInfo Merge(const ValueInfo& a, const ValueInfo& b);

  // The single known value, or nullptr.
  _object* constant() const { return values.size() == 1 ? values[0] : nullptr; }
  // Truth value, when every alternative agrees.
  Tristate Truth() const;
  // "3" or "(1, 2)" for dumps; "" when unknown.
  std::string ValueText() const;
};

// Whether a constant is immutable all the way down (its value can be
// propagated: nothing can change it).
bool IsImmutableConstant(_object* value);

// Whether two constants are the same value (same type and equal).
bool SameConstant(_object* a, _object* b);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_OPTIMIZATION_SHAPES_H_
