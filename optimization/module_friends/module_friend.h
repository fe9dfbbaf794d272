// Module friends: what the optimizer may assume about a standard module the
// program imports (the manual's "module friends").
//
// A friend answers for the attributes of its module: a constant (its value
// is the real module's, taken at compile time), a submodule, a function
// that is pure (its result depends only on its arguments, so calling the
// real function at compile time gives the run-time result), a function
// whose call has no side effects, or unknown. A friend that does not know
// answers unknown, never a guess.
//
//   const ModuleFriend* math = FindModuleFriend("math");
//   FriendAttribute sqrt = math->Attribute("sqrt");     // kPureFunction
//   PyObject* two = math->Call("sqrt", args);           // 2.0, new reference
#ifndef NUITKA_CC_OPTIMIZATION_MODULE_FRIENDS_MODULE_FRIEND_H_
#define NUITKA_CC_OPTIMIZATION_MODULE_FRIENDS_MODULE_FRIEND_H_

#include <functional>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "optimization/shapes.h"

struct _object;

namespace nuitka_cc {

enum class FriendAttributeKind {
  kUnknown,
  kConstant,         // value: the attribute's value
  kSubmodule,        // a module with a friend of its own (os.path)
  kPureFunction,     // calls with constant arguments can be evaluated
  kNoSideEffects,    // calls with side-effect free arguments do nothing else
};

struct FriendAttribute {
  FriendAttributeKind kind = FriendAttributeKind::kUnknown;
  _object* value = nullptr;  // kConstant: borrowed, owned by the friend
  std::string path;          // "os.path", "math.sqrt"
  TypeShape result_shape = TypeShape::kUnknown;  // what calls return
};

// Whether evaluating a call with these constant arguments is cheap enough
// to do at compile time (and its result small enough to keep).
using CallBudget = std::function<bool(_object* args)>;

class ModuleFriend {
 public:
  // `module` is the module's import name ("os.path" for a submodule).
  explicit ModuleFriend(std::string module) : module_(std::move(module)) {}
  ~ModuleFriend();
  ModuleFriend(const ModuleFriend&) = delete;
  ModuleFriend& operator=(const ModuleFriend&) = delete;

  const std::string& module() const { return module_; }

  FriendAttribute Attribute(absl::string_view name) const;

  // The result of calling the pure function `name` with a tuple of
  // constant arguments: a new reference, or nullptr (no exception set)
  // when it is not evaluated (unknown function, over budget, the call
  // raises, or its result is not a small immutable constant).
  _object* Call(absl::string_view name, _object* args) const;
  // Whether calling `name` (a kNoSideEffects function) with these constant
  // arguments does nothing but make its result: the real call succeeds.
  bool CallHasNoSideEffects(absl::string_view name, _object* args) const;
  // The real module's attribute, a new reference (nullptr when missing).
  _object* RealAttribute(absl::string_view name) const;

  // --- Building a friend (the per-module files) ---
  // Constants are read from the real module when the friend is made.
  void AddConstants(std::initializer_list<absl::string_view> names);
  void AddSubmodule(absl::string_view name, std::string module);
  // Pure functions with the shape of their result; the budget says which
  // constant arguments may be evaluated (all small constants by default).
  void AddPureFunctions(std::initializer_list<absl::string_view> names, TypeShape result,
                        CallBudget budget = nullptr);
  void AddNoSideEffectFunctions(std::initializer_list<absl::string_view> names,
                                TypeShape result = TypeShape::kUnknown);
  // Imports the real module (at compile time): false when it cannot be.
  bool Load();

 private:
  struct Entry {
    FriendAttribute attribute;
    CallBudget budget;
  };

  // Calls the real function: a new reference, or nullptr (cleared).
  _object* CallReal(absl::string_view name, _object* args) const;

  std::string module_;
  _object* real_module_ = nullptr;
  absl::flat_hash_map<std::string, Entry> entries_;
};

// Budgets shared by friends: every int argument fits in `bits` bits, tuple
// arguments have at most `items` items, strings the folding limit.
CallBudget SmallArguments(long long bits, long long items);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_OPTIMIZATION_MODULE_FRIENDS_MODULE_FRIEND_H_
