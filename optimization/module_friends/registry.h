// The registry of module friends: a friend is made (and the real module
// imported into the compiler) only when a program imports its module.
//
//   const ModuleFriend* math = FindModuleFriend("math");  // nullptr: none
#ifndef NUITKA_CC_OPTIMIZATION_MODULE_FRIENDS_REGISTRY_H_
#define NUITKA_CC_OPTIMIZATION_MODULE_FRIENDS_REGISTRY_H_

#include "absl/strings/string_view.h"
#include "optimization/module_friends/module_friend.h"

namespace nuitka_cc {

// The friend of a module, or nullptr when there is none (or the module
// cannot be imported at compile time). Needs the embedded interpreter.
const ModuleFriend* FindModuleFriend(absl::string_view module);

// Whether a module has a friend, without making it.
bool HasModuleFriend(absl::string_view module);

// What a dotted path names: a module with a friend ("os.path"), or an
// attribute its module's friend knows ("math.sqrt": `owner` is math's
// friend); both empty when nothing is known.
struct ResolvedFriend {
  const ModuleFriend* module = nullptr;
  const ModuleFriend* owner = nullptr;
  FriendAttribute attribute;
  std::string name;  // the attribute's name in its owner
};
ResolvedFriend ResolveFriendPath(absl::string_view path);

}  // namespace nuitka_cc

#endif  // NUITKA_CC_OPTIMIZATION_MODULE_FRIENDS_REGISTRY_H_
