// math: constants and pure functions of numbers.
#include <Python.h>

#include "optimization/module_friends/friend_definitions.h"

namespace nuitka_cc {

void DefineMathFriend(ModuleFriend& friend_) {
  friend_.AddConstants({"pi", "e", "tau", "inf", "nan"});
  friend_.AddPureFunctions(
      {"sqrt",  "cbrt",  "exp",   "exp2",   "expm1", "log",      "log2",  "log10",
       "log1p", "sin",   "cos",   "tan",    "asin",  "acos",     "atan",  "atan2",
       "sinh",  "cosh",  "tanh",  "asinh",  "acosh", "atanh",    "fabs",  "fmod",
       "hypot", "copysign", "degrees", "radians", "ldexp", "pow", "erf", "erfc",
       "gamma", "lgamma", "remainder", "nextafter", "ulp", "fsum", "dist"},
      TypeShape::kFloat);
  friend_.AddPureFunctions({"isfinite", "isinf", "isnan", "isclose"}, TypeShape::kBool);
  friend_.AddPureFunctions({"gcd", "lcm", "isqrt"}, TypeShape::kInt);
  // floor(x) calls x.__floor__, which may return anything.
  friend_.AddPureFunctions({"floor", "ceil", "trunc", "frexp", "modf", "prod"},
                           TypeShape::kUnknown);
  // Their cost grows with the value of their arguments.
  friend_.AddPureFunctions({"factorial", "comb", "perm"}, TypeShape::kInt,
                           SmallArguments(11, 0));
}

}  // namespace nuitka_cc
